import { ProsemirrorBinding } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'

/** Whether a Yjs type, or any type above it, has been deleted (a removed report section's body). */
function isDeletedType (type: Y.AbstractType<any>): boolean {
  for (let item = type._item; item; item = (item.parent as Y.AbstractType<any> | null)?._item ?? null) {
    if (item.deleted) return true
  }
  return false
}

let installed = false

/**
 * The Yjs binding of TipTap writes the editor's document back into Yjs after
 * every view update, including the updates that only rendered what arrived
 * from Yjs. When the body itself is deleted (someone removed the section, or
 * a report import replaced the sections) the editor still shows it until
 * React unmounts it, renders it as one empty paragraph — the schema's least
 * document — and writes that paragraph into the deleted body: new structs,
 * which the server refuses from a viewer («Изменение отклонено сервером»)
 * and which are garbage from anyone. A binding therefore never writes into a
 * deleted body, nor from a read-only editor, which has nothing of its own to write.
 */
export function guardYBinding (): void {
  if (installed) return
  installed = true
  const prototype = ProsemirrorBinding.prototype as unknown as {
    _prosemirrorChanged (this: { type: Y.XmlFragment; prosemirrorView: { editable: boolean } | null }, doc: unknown): void
  }
  const write = prototype._prosemirrorChanged
  prototype._prosemirrorChanged = function (doc) {
    if (isDeletedType(this.type) || this.prosemirrorView?.editable === false) return
    write.call(this, doc)
  }
}

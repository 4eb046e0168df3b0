/**
 * The head of every exported document, per ГОСТ Р 7.0.97-2016: the
 * organisation's full name at the top, the approval block — «СОГЛАСОВАНО»
 * (the Expert Council's chair, «Протокол № … от …») on the left and
 * «УТВЕРЖДАЮ» (the director) on the right, each with position, a signature
 * line before «И. О. Фамилия», and the date — and the city with the year.
 *
 * Plain lines here; approvalDocx, approvalPdf and approvalOdt lay them out,
 * so the plan and the report print the same block in every format. Empty
 * settings print nothing of their own: an agreed board without them keeps the
 * old corner block «СОГЛАСОВАНО / who / date» (who clicked «Согласовать»).
 */
import { emptyBoardSettings, type BoardSettings, type Signatory } from '../../shared/board/boardSettings'
import { moscowDateText, type DocumentStamp } from './documentStamp'
import { exportText } from './exportText'

export interface ApprovalColumn {
  /** «СОГЛАСОВАНО» / «УТВЕРЖДАЮ»: printed in capitals, as the standard shows it. */
  heading: string
  lines: string[]
}

export interface DocumentHead {
  /** The organisation's full name, at the top of the first page; empty when not set. */
  organisation: string
  /** Left: «СОГЛАСОВАНО»; right: «УТВЕРЖДАЮ». Either may be absent. */
  left?: ApprovalColumn
  right?: ApprovalColumn
  /** «Санкт-Петербург» and the year, for the foot of the title page (or under the plan's title). */
  place: string
}

/** Room for a handwritten signature before the name. */
export const signatureLine = '________________'
/** The date line a signatory fills in by hand on a draft. */
export const blankDateLine = '«____» ______________ 20___ г.'

function signatoryLines (who: Signatory, fallbackPosition: string): string[] {
  const lines: string[] = []
  const position = who.position.trim() || (who.name.trim() !== '' ? fallbackPosition : '')
  if (position !== '') lines.push(position)
  lines.push(`${signatureLine} ${who.name.trim()}`.trimEnd())
  return lines
}

/**
 * `year` is the calendar year printed beside the city (the plan: the year its
 * academic year starts; the report: the year it ends).
 */
export function documentHead (settings: BoardSettings | undefined, stamp: DocumentStamp, year: number): DocumentHead {
  const s = settings ?? emptyBoardSettings()
  const agreedDate = stamp.kind === 'agreed' ? moscowDateText(stamp.agreedAt) : blankDateLine
  const head: DocumentHead = { organisation: s.organisation.trim(), place: s.city.trim() === '' ? '' : `${s.city.trim()}\n${year}` }

  const chairSet = s.councilChair.name.trim() !== '' || s.councilChair.position.trim() !== ''
  const protocolSet = s.protocol.number.trim() !== '' || s.protocol.date.trim() !== ''
  if (chairSet || protocolSet) {
    const lines = chairSet ? signatoryLines(s.councilChair, exportText.approval.chairPosition) : [exportText.approval.councilDecision]
    if (protocolSet) lines.push(exportText.approval.protocol(s.protocol.number.trim(), s.protocol.date.trim()))
    head.left = { heading: exportText.approval.agreed, lines }
  }
  const directorSet = s.director.name.trim() !== '' || s.director.position.trim() !== ''
  if (directorSet) {
    head.right = { heading: exportText.approval.approved, lines: [...signatoryLines(s.director, exportText.approval.directorPosition), agreedDate] }
  } else if (stamp.kind === 'agreed' && !head.left) {
    // No signatories set: the agreement recorded in Planerka, as before the settings existed.
    head.right = { heading: exportText.approval.agreed, lines: [stamp.agreedBy, moscowDateText(stamp.agreedAt)].filter((line) => line.trim() !== '') }
  }
  return head
}

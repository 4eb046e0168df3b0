import { memo, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { organisationsMap } from '../../shared/registry/registryDoc'
import type { OrganisationData } from '../../shared/registry/registrySnapshot'
import { YTextField } from '../sync/YTextField'
import { InnovationStatusList } from './InnovationStatusList'
import { OrganisationTypeSelect } from './OrganisationTypeSelect'
import { registryStrings } from './registryStrings'
import { RemoveWithConfirm } from './RemoveWithConfirm'
import { recordText } from './yRecord'

export interface OrganisationRowProps {
  doc: Y.Doc
  organisation: OrganisationData
  canWrite: boolean
  /** Just added by this person: its short name takes the focus. */
  autoFocus: boolean
}

/** A short name wraps like a paragraph but is one line: Enter does not break it. */
function singleLine (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
  if (event.key === 'Enter') event.preventDefault()
}

function OrganisationRowContent ({ doc, organisation, canWrite, autoFocus }: OrganisationRowProps) {
  const s = registryStrings.organisation
  const record = organisationsMap(doc).get(organisation.id)
  const shortName = recordText(record, 'shortName')
  const fullName = recordText(record, 'fullName')
  if (!record) return null
  const name = organisation.shortName.trim() || s.untitled
  return (
    <tr className="registry-row" data-testid="org-row" data-org-id={organisation.id}>
      <td className="registry-row__short">
        {shortName && (
          <YTextField text={shortName} readOnly={!canWrite} multiline className="field__input" aria-label={s.shortNameOf(name)}
            placeholder={canWrite ? s.shortNamePlaceholder : undefined} autoFocus={autoFocus} data-testid="org-short-name"
            onKeyDown={singleLine} />
        )}
      </td>
      <td className="registry-row__full">
        {fullName && (
          <YTextField text={fullName} readOnly={!canWrite} multiline className="field__input" aria-label={s.fullNameOf(name)}
            data-testid="org-full-name" />
        )}
      </td>
      <td className="registry-row__type">
        <OrganisationTypeSelect value={organisation.type} label={s.typeOf(name)} disabled={!canWrite}
          onChange={type => record.set('type', type)} />
      </td>
      <td className="registry-row__statuses">
        <InnovationStatusList doc={doc} organisationId={organisation.id} record={record} name={name} canWrite={canWrite} />
      </td>
      {canWrite
        ? (
          <td className="table__actions">
            <RemoveWithConfirm label={s.remove} question={s.confirmRemove(name)} confirmLabel={s.confirmRemoveYes}
              onConfirm={() => organisationsMap(doc).delete(organisation.id)} testId="org-remove" />
          </td>
          )
        : null}
    </tr>
  )
}

function sameRow (a: OrganisationRowProps, b: OrganisationRowProps): boolean {
  return a.doc === b.doc && a.canWrite === b.canWrite && a.autoFocus === b.autoFocus &&
    JSON.stringify(a.organisation) === JSON.stringify(b.organisation)
}

/** One organisation of the registry; re-rendered only when its own data changes. */
export const OrganisationRow = memo(OrganisationRowContent, sameRow)

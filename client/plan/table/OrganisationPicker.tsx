import { useMemo } from 'react'
import type * as Y from 'yjs'
import { replaceText } from '../../../shared/plan/planDoc'
import { readRegistry } from '../../../shared/registry/registrySnapshot'
import { useYTextValue } from '../../sync/useYTextValue'
import { planStrings } from './planStrings'

/** Enough to pick from without covering the table; typing narrows the list. */
const MAX_OPTIONS = 8

export interface OrganisationPickerProps {
  doc: Y.Doc
  nodeId: string
  text: Y.Text
}

/**
 * The registry's organisations under an open «Организатор» cell, so that the
 * report's infrastructure tables can count events per organisation. Free text
 * stays allowed: the list only offers names, a click puts one in the cell.
 */
export function OrganisationPicker ({ doc, nodeId, text }: OrganisationPickerProps) {
  const value = useYTextValue(text).trim().toLowerCase()
  const names = useMemo(() => readRegistry(doc).organisations.map(org => org.shortName || org.fullName).filter(Boolean), [doc])
  const options = names.filter(name => name.toLowerCase() !== value && (value === '' || name.toLowerCase().includes(value))).slice(0, MAX_OPTIONS)
  if (options.length === 0) return null
  return (
    <ul className="organisation-picker" role="listbox" aria-label={planStrings.organisationPicker} data-testid="organisation-picker">
      {options.map(name => (
        <li key={name} role="option" aria-selected={false}>
          <button
            type="button"
            tabIndex={-1}
            // Keep the cell's editor focused: the choice is written into it, editing goes on.
            onMouseDown={event => { event.preventDefault(); replaceText(doc, nodeId, 'organisation', name) }}
          >{name}</button>
        </li>
      ))}
    </ul>
  )
}

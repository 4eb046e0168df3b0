import { registryStrings } from './registryStrings'

export interface RegistryToolbarProps {
  query: string
  onQuery: (query: string) => void
  canWrite: boolean
  onAdd: () => void
  onImport: () => void
  /** Shown when rows were left where they were while names changed. */
  onResort: (() => void) | null
}

export function RegistryToolbar ({ query, onQuery, canWrite, onAdd, onImport, onResort }: RegistryToolbarProps) {
  const s = registryStrings
  return (
    <div className="registry-toolbar">
      <label className="registry-toolbar__search">
        <span className="visually-hidden">{s.search}</span>
        <input type="search" className="field__input" value={query} placeholder={s.searchPlaceholder} aria-label={s.search}
          onChange={event => onQuery(event.target.value)} data-testid="registry-search" />
      </label>
      {onResort ? <button type="button" className="button button--link" onClick={onResort} data-testid="registry-resort">{s.sort}</button> : null}
      {canWrite
        ? (
          <span className="button-group">
            <button type="button" className="button button--primary" onClick={onAdd} data-testid="org-add">{s.add}</button>
            <button type="button" className="button button--secondary" onClick={onImport} data-testid="org-import">{s.import}</button>
          </span>
          )
        : null}
    </div>
  )
}

import { planStrings } from './planStrings'

/** «Клавиши»: the table's shortcuts, one click away (a <details>, so no state and no focus juggling). */
export function KeysHelp ({ canWrite }: { canWrite: boolean }) {
  // Readers only navigate: the editing shortcuts would promise what their role cannot do.
  const list = planStrings.keys.list.filter(([, , editorsOnly]) => canWrite || !editorsOnly)
  return (
    <details className="plan-keys" data-testid="plan-keys">
      <summary className="button button--secondary">{planStrings.keys.title}</summary>
      <div className="plan-keys__panel">
        <dl className="plan-keys__list">
          {list.map(([keys, meaning]) => (
            <div key={keys.join()}>
              <dt>{keys.map((key, index) => <span key={key}>{index > 0 && ' '}<kbd>{key}</kbd></span>)}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        {canWrite && <p className="plan-keys__note">{planStrings.keys.drag}</p>}
      </div>
    </details>
  )
}

import { auditActionLabels } from '../../shared/audit'
import { listAuditEvents } from '../api/auditLog'
import { useApiQuery } from '../api/useApiQuery'
import { PageStatus } from '../components/PageStatus'

const s = {
  title: 'Журнал безопасности',
  hint: 'Входы и неудачные попытки, изменения ролей и пользователей, согласование, выгрузки, восстановления и удаления. Полный журнал — файл audit.jsonl в папке данных.',
  label: 'Журнал безопасности',
  at: 'Когда',
  action: 'Событие',
  actor: 'Кто',
  target: 'Доска',
  details: 'Подробности',
  address: 'Адрес',
  empty: 'Событий пока нет.',
  refresh: 'Обновить',
}

const time = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'medium' })

/** The audit log in the users area: the newest events first, for administrators. */
export function AuditLogSection () {
  const query = useApiQuery('audit', () => listAuditEvents())
  const { state } = query
  return (
    <section className="card" aria-labelledby="audit-title" data-testid="audit-log">
      <h2 id="audit-title">{s.title}</h2>
      <p className="muted">{s.hint}</p>
      <button type="button" className="button" onClick={query.reload}>{s.refresh}</button>
      {state.status === 'loading' ? <PageStatus /> : null}
      {state.status === 'error' ? <PageStatus error={state.error.message} onRetry={query.reload} /> : null}
      {state.status === 'ok' && state.data.events.length === 0 ? <p className="empty-state">{s.empty}</p> : null}
      {state.status === 'ok' && state.data.events.length > 0
        ? (
          <div className="table-wrap">
            <table className="table" aria-label={s.label}>
              <thead>
                <tr>
                  <th scope="col">{s.at}</th>
                  <th scope="col">{s.action}</th>
                  <th scope="col">{s.actor}</th>
                  <th scope="col">{s.target}</th>
                  <th scope="col">{s.details}</th>
                  <th scope="col">{s.address}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.events.map((event, i) => (
                  <tr key={`${event.at}-${i}`}>
                    <td>{time.format(new Date(event.at))}</td>
                    <td>{auditActionLabels[event.action] ?? event.action}</td>
                    <td>{event.actor}</td>
                    <td>{event.target ?? ''}</td>
                    <td>{event.details ?? ''}</td>
                    <td>{event.address ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )
        : null}
    </section>
  )
}

import { Hono } from 'hono'
import { z } from 'zod'
import { parseColumnChoice } from '../../../shared/export/planColumnChoice'
import { Role } from '../../../shared/roles'
import { exportBoard } from '../../admin/exportBoard'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

const exportQuery = z.object({
  format: z.enum(['docx', 'pdf', 'odt', 'json']),
  what: z.enum(['plan', 'report', 'timeline']),
})

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  json: 'application/json',
} as const

/** Documents out of a board, and the year rollover. */
export function exportRoutes (services: Services) {
  const { accounts, boards } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))

  // Every member may download the documents; the JSON backup (everything,
  // including the members list) is for the board's owners.
  app.get('/:id/export', async c => {
    const details = boards.details(c.req.param('id') ?? '', c.get('auth').user)
    const query = exportQuery.safeParse({ format: c.req.query('format'), what: c.req.query('what') })
    if (!query.success) throw HttpError.validation('Укажите формат (docx, pdf, odt, json) и документ (plan, report, timeline).')
    const columnsText = c.req.query('columns')
    const columns = columnsText === undefined ? undefined : parseColumnChoice(columnsText)
    if (columns && !columns.ok) throw HttpError.validation(columns.error)
    if (query.data.format === 'json' && details.role !== Role.owner) throw HttpError.forbidden('Резервную копию доски выгружает её владелец.')
    const board = boards.record(details.id)!
    const [file] = await exportBoard(services, board, query.data.format, query.data.format === 'json' ? 'all' : query.data.what, { columns: columns?.ok ? columns.columns : undefined })
    const type = contentTypes[query.data.format]
    return c.body(Buffer.from(file.bytes), 200, {
      'content-type': type,
      // RFC 6266/5987: the Russian name for browsers, an ASCII fallback for the rest.
      'content-disposition': `attachment; filename="planerka.${query.data.format}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    })
  })

  app.post('/:id/rollover', async c => {
    const user = c.get('auth').user
    const details = boards.details(c.req.param('id') ?? '', user)
    if (details.role !== Role.owner) throw HttpError.forbidden('Новый учебный год создаёт владелец доски.')
    const next = await services.admin.rollover(boards.record(details.id)!, user.login)
    return c.json(boards.details(next.id, user), 201)
  })

  return app
}

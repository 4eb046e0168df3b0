import { Hono } from 'hono'
import { z } from 'zod'
import { ImportMode } from '../../../shared/report/importedReport'
import { canEditContent } from '../../../shared/roles'
import { runImport } from '../../import/runImport'
import { importReportIntoBoard, reportImportSummary } from '../../services/ReportImport'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { requireAuth } from '../requireAuth'

const modeQuery = z.enum(['preview', ImportMode.replace, ImportMode.append])

/**
 * POST /api/boards/:id/import/report-docx?mode=preview|replace|append — the
 * Word file as the body (the same 50 MB bound as the plan import). `preview`
 * only reads the file and answers what it found (the outline and the
 * counts); `replace` and `append` also write it into the board's report, as
 * one change every open editor receives. Editors and owners only.
 */
export function reportImportRoutes (services: Services) {
  const { accounts, boards } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))

  app.post('/:id/import/report-docx', async c => {
    const user = c.get('auth').user
    const details = boards.details(c.req.param('id') ?? '', user)
    if (!canEditContent(details.role)) throw HttpError.forbidden('Импортировать отчёт могут редакторы и владельцы доски.')
    const mode = modeQuery.safeParse(c.req.query('mode') ?? 'preview')
    if (!mode.success) throw HttpError.validation('Режим импорта: preview, replace или append.')
    const bytes = Buffer.from(await c.req.arrayBuffer())
    // On a worker with memory and time limits, as the plan import (runImport): a Word file never stalls sync.
    const parsed = await runImport({ kind: 'report-docx', bytes })
    if (!parsed.ok) throw HttpError.validation(parsed.error)
    const report = parsed.report
    const outline = (sections: typeof report.sections, prefix: string): Array<{ number: string; title: string; children: unknown[] }> =>
      sections.map((section, index) => ({ number: `${prefix}${index + 1}.`, title: section.title, children: outline(section.children, `${prefix}${index + 1}.`) }))
    const preview = { title: report.title, outline: outline(report.sections, ''), counts: report.counts, notes: report.notes }
    if (mode.data === 'preview') return c.json({ preview, applied: null, lines: reportImportSummary(report) })
    const outcome = await importReportIntoBoard(services, boards.record(details.id)!, report, mode.data, user.login)
    return c.json({ preview, applied: outcome, lines: reportImportSummary(report, outcome) })
  })

  return app
}

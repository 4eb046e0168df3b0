import type { PlanExportInput } from './planTableModel'
import type { ReportExportInput } from './reportContent'
import type { TimelineExportInput } from './timelinePdf'

/** One document to render, as plain data that can cross to a worker thread. */
export type RenderJob =
  | { kind: 'plan-docx' | 'plan-pdf' | 'plan-odt'; input: PlanExportInput }
  | { kind: 'timeline-pdf'; input: TimelineExportInput }
  | { kind: 'report-docx' | 'report-pdf' | 'report-odt'; input: ReportExportInput }

export async function runRenderJob (job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case 'plan-docx': return (await import('./planDocx')).renderPlanDocx(job.input)
    case 'plan-pdf': return (await import('./planPdf')).renderPlanPdf(job.input)
    case 'plan-odt': return (await import('./planOdt')).renderPlanOdt(job.input)
    case 'timeline-pdf': return (await import('./timelinePdf')).renderTimelinePdf(job.input)
    case 'report-docx': return (await import('./reportDocx')).renderReportDocx(job.input)
    case 'report-pdf': return (await import('./reportPdf')).renderReportPdf(job.input)
    case 'report-odt': return (await import('./reportOdt')).renderReportOdt(job.input)
  }
}

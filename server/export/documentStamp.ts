/**
 * Whether an exported document is a draft or the agreed version, and the
 * names the exported files get. Every renderer takes the stamp, so a draft
 * printed and passed around can never be mistaken for the agreed plan.
 */
import { exportText } from './exportText'

export type DocumentStamp =
  | { kind: 'draft' }
  | { kind: 'agreed'; agreedAt: Date; agreedBy: string }

// The centres work on Moscow time: an agreement signed at 01:30 on 29 August
// in Moscow is dated the 29th even on a server running in UTC.
const moscowDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/** «28.08.2023» in Moscow. */
export function moscowDateText (date: Date): string {
  return moscowDate.format(date)
}

/** «Черновик» or «Согласовано 28.08.2023». */
export function stampText (stamp: DocumentStamp): string {
  return stamp.kind === 'draft' ? exportText.draft : `${exportText.agreed} ${moscowDateText(stamp.agreedAt)}`
}

export type ExportedDocument = 'plan' | 'report' | 'timeline'

const documentNames: Record<ExportedDocument, string> = {
  plan: exportText.planFileName,
  report: exportText.reportFileName,
  timeline: exportText.timelineFileName,
}

// Characters Windows refuses in a file name (the strictest of the systems the
// centres use), and control characters; the browser would otherwise replace
// them with «_» or refuse the download.
// eslint-disable-next-line no-control-regex -- the control characters are the point
const forbidden = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/** «План мероприятий 2023-2024 — Демо-район.docx». */
export function exportFileName (what: ExportedDocument, district: string, year: string, ext: string): string {
  const clean = (text: string): string => text.replace(forbidden, ' ').replace(/\s+/g, ' ').trim()
  const place = clean(district)
  const base = clean(`${documentNames[what]} ${year}`) + (place === '' ? '' : ` — ${place}`)
  // Windows also drops trailing dots and spaces, which would leave «….docx» mangled.
  const name = base.replace(/[. ]+$/, '')
  const extension = clean(ext).replace(/^\.+/, '')
  return extension === '' ? name : `${name}.${extension}`
}

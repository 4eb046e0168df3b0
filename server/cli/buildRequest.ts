import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { CliRequest } from '../admin/cliProtocol'
import { parseColumnChoice, type ExportablePlanColumn } from '../../shared/export/planColumnChoice'

export interface ParsedCommand {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
}

type Built = { ok: true; request: CliRequest; out?: string } | { ok: false; error: string }

const need = (value: unknown, what: string): string | null => typeof value === 'string' && value.trim() !== '' ? value : (void what, null)

/** Turns command-line words into a request (reading input files here, on the caller's side). */
export async function buildRequest ({ positionals, values }: ParsedCommand): Promise<Built> {
  const [command, ...rest] = positionals
  switch (command) {
    case 'export': {
      const board = rest[0]
      const format = values.format
      const what = values.what ?? 'all'
      const out = need(values.out, '--out')
      if (!board) return { ok: false, error: 'Укажите доску: planerka export <доска> --format docx --what plan --out ФАЙЛ' }
      if (format !== 'docx' && format !== 'pdf' && format !== 'odt' && format !== 'json') return { ok: false, error: 'Формат: --format docx, pdf, odt или json.' }
      let columns: ExportablePlanColumn[] | undefined
      if (typeof values.columns === 'string') {
        const parsed = parseColumnChoice(values.columns)
        if (!parsed.ok) return parsed
        columns = parsed.columns
      }
      if (what !== 'plan' && what !== 'report' && what !== 'all' && what !== 'timeline') return { ok: false, error: 'Что выгрузить: --what plan, report, all или timeline.' }
      if (!out) return { ok: false, error: 'Укажите, куда записать: --out ФАЙЛ' }
      return { ok: true, request: { op: 'export', board, format, what, ...(columns ? { columns } : {}) }, out }
    }
    case 'import-plan': {
      const file = rest[0]
      if (!file) return { ok: false, error: 'Укажите файл: planerka import-plan ФАЙЛ.docx --board <доска>' }
      const content = await readFile(file).catch(() => null)
      if (!content) return { ok: false, error: `Файл не найден или не читается: ${file}` }
      const board = need(values.board, '--board') ?? undefined
      const district = need(values['new-board'], '--new-board')
      if (!board && !district) return { ok: false, error: 'Укажите --board <доска> или --new-board "<район>" --year 2023-2024.' }
      const year = need(values.year, '--year')
      if (district && !year) return { ok: false, error: 'Для новой доски укажите учебный год: --year 2023-2024.' }
      return { ok: true, request: { op: 'import-plan', fileName: basename(file), content: content.toString('base64'), board, newBoard: district && year ? { district, year } : undefined } }
    }
    case 'import-report': {
      const file = rest[0]
      if (!file) return { ok: false, error: 'Укажите файл: planerka import-report ФАЙЛ.docx --board <доска>' }
      if (!file.toLowerCase().endsWith('.docx')) return { ok: false, error: `Отчёт загружается из документа Word (.docx): «${file}».` }
      const content = await readFile(file).catch(() => null)
      if (!content) return { ok: false, error: `Файл не найден или не читается: ${file}` }
      const board = need(values.board, '--board') ?? undefined
      const district = need(values['new-board'], '--new-board')
      if (!board && !district) return { ok: false, error: 'Укажите --board <доска> или --new-board "<район>" --year 2023-2024.' }
      const year = need(values.year, '--year')
      if (district && !year) return { ok: false, error: 'Для новой доски укажите учебный год: --year 2023-2024.' }
      return {
        ok: true,
        request: { op: 'import-report', fileName: basename(file), content: content.toString('base64'), board, newBoard: district && year ? { district, year } : undefined, append: values.append === true },
      }
    }
    case 'rollover':
      if (!rest[0]) return { ok: false, error: 'Укажите доску: planerka rollover <доска>' }
      return { ok: true, request: { op: 'rollover', board: rest[0] } }
    case 'backup': {
      const out = need(values.out, '--out')
      if (!out) return { ok: false, error: 'Укажите файл: planerka backup --out ФАЙЛ.json' }
      return { ok: true, request: { op: 'backup' }, out }
    }
    case 'restore': {
      if (!rest[0]) return { ok: false, error: 'Укажите файл: planerka restore ФАЙЛ.json' }
      const content = await readFile(rest[0]).catch(() => null)
      if (!content) return { ok: false, error: `Файл не найден или не читается: ${rest[0]}` }
      return { ok: true, request: { op: 'restore', content: content.toString('base64') } }
    }
    case 'users':
      return buildUsersRequest(rest, values)
    default:
      return { ok: false, error: command ? `Неизвестная команда «${command}».` : 'Укажите команду.' }
  }
}

function buildUsersRequest ([action, login]: string[], values: ParsedCommand['values']): Built {
  const password = typeof values.password === 'string' ? values.password : undefined
  if (action === 'list') return { ok: true, request: { op: 'users-list' } }
  if (!login) return { ok: false, error: 'Укажите логин пользователя.' }
  switch (action) {
    case 'create': {
      const name = need(values.name, '--name')
      if (!name) return { ok: false, error: 'Укажите имя: --name "Иванова Мария"' }
      return { ok: true, request: { op: 'users-create', login, name, password, admin: values.admin === true } }
    }
    case 'reset-password':
      return { ok: true, request: { op: 'users-reset-password', login, password } }
    case 'deactivate':
    case 'activate':
      return { ok: true, request: { op: 'users-set-active', login, active: action === 'activate' } }
    case 'set-role': {
      const board = need(values.board, '--board')
      const role = values.role
      if (!board) return { ok: false, error: 'Укажите доску: --board <доска>' }
      if (!['owner', 'editor', 'commenter', 'viewer', 'none'].includes(String(role))) return { ok: false, error: 'Роль: --role owner, editor, commenter, viewer или none.' }
      return { ok: true, request: { op: 'users-set-role', login, board, role: role as 'owner' } }
    }
    default:
      return { ok: false, error: `Неизвестное действие «${action ?? ''}»: list, create, reset-password, deactivate, activate, set-role.` }
  }
}

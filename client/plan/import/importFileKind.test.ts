import { expect, test } from 'vitest'
import { importFileKind } from './importFileKind'

test('text files are read; Word files are explained; others refused', () => {
  expect(importFileKind('План 2023.TXT')).toBe('text')
  expect(importFileKind('plan.tsv')).toBe('text')
  expect(importFileKind('План.CSV')).toBe('csv')
  expect(importFileKind('export', 'text/csv')).toBe('csv')
  expect(importFileKind('plan', 'text/plain')).toBe('text')
  expect(importFileKind('План.docx')).toBe('word')
  expect(importFileKind('План.doc', 'application/msword')).toBe('word')
  expect(importFileKind('scan.pdf', 'application/pdf')).toBe('other')
})

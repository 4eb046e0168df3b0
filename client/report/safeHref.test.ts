import { describe, expect, test } from 'vitest'
import { isSafeHref } from './safeHref'

describe('isSafeHref', () => {
  test('accepts http, https and mailto', () => {
    expect(isSafeHref('https://imc.spb.ru/otchet')).toBe(true)
    expect(isSafeHref('http://example.org')).toBe(true)
    expect(isSafeHref('mailto:imc@example.org')).toBe(true)
    expect(isSafeHref('  HTTPS://EXAMPLE.ORG  ')).toBe(true)
  })

  test('refuses script-bearing and other schemes', () => {
    expect(isSafeHref('javascript:alert(1)')).toBe(false)
    expect(isSafeHref(' JavaScript:alert(1)')).toBe(false)
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false)
    expect(isSafeHref('data:text/html,<script>alert(1)</script>')).toBe(false)
    expect(isSafeHref('vbscript:msgbox')).toBe(false)
    expect(isSafeHref('ftp://example.org')).toBe(false)
    expect(isSafeHref('tel:+78120000000')).toBe(false)
  })

  test('refuses relative, empty and missing addresses', () => {
    expect(isSafeHref('/boards/1')).toBe(false)
    expect(isSafeHref('example.org')).toBe(false)
    expect(isSafeHref('')).toBe(false)
    expect(isSafeHref(null)).toBe(false)
    expect(isSafeHref(undefined)).toBe(false)
  })
})

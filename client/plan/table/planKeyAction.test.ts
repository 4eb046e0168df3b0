import { describe, expect, test } from 'vitest'
import { cellKeyAction, editorKeyAction, selectKeyAction, type KeyInput } from './planKeyAction'

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput =>
  ({ key: k, code: mods.code ?? '', ctrl: false, shift: false, alt: false, meta: false, ...mods })

describe('keys on a selected cell', () => {
  test('arrows, Tab, Home/End move; Enter and F2 edit', () => {
    expect(cellKeyAction(key('ArrowDown'))).toEqual({ type: 'move', move: 'down' })
    expect(cellKeyAction(key('Tab', { shift: true }))).toEqual({ type: 'move', move: 'previous' })
    expect(cellKeyAction(key('Home', { ctrl: true }))).toEqual({ type: 'move', move: 'first' })
    expect(cellKeyAction(key('Enter'))).toEqual({ type: 'edit' })
    expect(cellKeyAction(key('F2'))).toEqual({ type: 'edit' })
  })

  test('a printable character, Cyrillic included, starts typing', () => {
    expect(cellKeyAction(key('ж'))).toEqual({ type: 'type', text: 'ж' })
    expect(cellKeyAction(key(' '))).toEqual({ type: 'type', text: ' ' })
    expect(cellKeyAction(key('Shift', { shift: true }))).toBeNull()
    expect(cellKeyAction(key('c', { ctrl: true, code: 'KeyC' }))).toBeNull()
  })

  test('Ctrl+Alt+M annotates the cell, whatever the layout', () => {
    expect(cellKeyAction(key('ь', { ctrl: true, alt: true, code: 'KeyM' }))).toEqual({ type: 'annotate' })
    expect(cellKeyAction(key('m', { alt: true, code: 'KeyM' }))).toBeNull()
  })

  test('undo and redo by physical key, whatever the layout', () => {
    expect(cellKeyAction(key('я', { ctrl: true, code: 'KeyZ' }))).toEqual({ type: 'undo' })
    expect(cellKeyAction(key('Я', { ctrl: true, shift: true, code: 'KeyZ' }))).toEqual({ type: 'redo' })
    expect(cellKeyAction(key('н', { ctrl: true, code: 'KeyY' }))).toEqual({ type: 'redo' })
  })

  test('row commands', () => {
    expect(cellKeyAction(key('Enter', { ctrl: true }))).toEqual({ type: 'row', command: 'addBelow' })
    expect(cellKeyAction(key('Enter', { ctrl: true, shift: true }))).toEqual({ type: 'row', command: 'addChild' })
    expect(cellKeyAction(key('Enter', { ctrl: true, alt: true }))).toEqual({ type: 'row', command: 'addSection' })
    expect(cellKeyAction(key('ArrowRight', { alt: true }))).toEqual({ type: 'row', command: 'indent' })
    expect(cellKeyAction(key('ArrowLeft', { alt: true }))).toEqual({ type: 'row', command: 'outdent' })
    expect(cellKeyAction(key('ArrowUp', { alt: true }))).toEqual({ type: 'row', command: 'moveUp' })
    expect(cellKeyAction(key('ArrowDown', { alt: true }))).toEqual({ type: 'row', command: 'moveDown' })
    expect(cellKeyAction(key('Delete', { ctrl: true }))).toEqual({ type: 'row', command: 'remove' })
    expect(cellKeyAction(key('Delete'))).toBeNull()
    expect(cellKeyAction(key('Enter', { alt: true }))).toEqual({ type: 'outcome' })
  })
})

describe('keys in the cell editor', () => {
  test('as in a spreadsheet: Escape cancels; Enter keeps and goes down; Tab keeps and moves on; Shift+Enter and Alt+Enter break the line', () => {
    expect(editorKeyAction(key('Escape'))).toEqual({ type: 'leave', cancel: true })
    expect(editorKeyAction(key('Enter'))).toEqual({ type: 'leave', then: 'down' })
    expect(editorKeyAction(key('Tab'))).toEqual({ type: 'leave', then: 'next' })
    expect(editorKeyAction(key('Tab', { shift: true }))).toEqual({ type: 'leave', then: 'previous' })
    expect(editorKeyAction(key('Enter', { shift: true }))).toBeNull()
    expect(editorKeyAction(key('Enter', { alt: true }))).toEqual({ type: 'newline' })
    expect(editorKeyAction(key('ArrowLeft'))).toBeNull()
    expect(editorKeyAction(key('a'))).toBeNull()
  })

  test('undo goes to the plan\'s own-changes undo; Ctrl+Enter still adds a row; Alt+arrows stay the text\'s', () => {
    expect(editorKeyAction(key('z', { ctrl: true, code: 'KeyZ' }))).toEqual({ type: 'undo' })
    expect(editorKeyAction(key('Enter', { ctrl: true }))).toEqual({ type: 'row', command: 'addBelow' })
    expect(editorKeyAction(key('ArrowRight', { alt: true }))).toBeNull()
  })
})

test('the status select keeps its arrows and leaves on Escape or Tab', () => {
  expect(selectKeyAction(key('ArrowDown'))).toBeNull()
  expect(selectKeyAction(key('Escape'))).toEqual({ type: 'leave' })
  expect(selectKeyAction(key('Tab'))).toEqual({ type: 'leave', then: 'next' })
})

import { describe, expect, test } from 'vitest'
import { parseTiming } from '../timing/parseTiming'
import { scheduleMarks } from './timelineMarks'

const year = { startYear: 2023 }
const tickMonths = (raw: string) => scheduleMarks(parseTiming(raw, year), year).marks
  .map(mark => mark.type === 'tick' ? mark.month : `${mark.type}?`)

describe('recurrence ticks say what the phrase says', () => {
  test('«ежемесячно» is every month', () => {
    expect(tickMonths('ежемесячно')).toHaveLength(12)
  })

  test('«2 раза в год» is two ticks half a year apart', () => {
    expect(tickMonths('2 раза в год')).toEqual(['2023-09', '2024-03'])
    expect(tickMonths('дважды в год')).toEqual(['2023-09', '2024-03'])
  })

  test('«1 раз в 2 месяца» is every other month', () => {
    expect(tickMonths('1 раз в 2 месяца')).toEqual(['2023-09', '2023-11', '2024-01', '2024-03', '2024-05', '2024-07'])
    expect(tickMonths('не реже 1 раза в 2 месяца')).toHaveLength(6)
  })

  test('«ежеквартально» and «1 раз в четверть» are four', () => {
    expect(tickMonths('ежеквартально')).toEqual(['2023-09', '2023-12', '2024-03', '2024-06'])
    expect(tickMonths('1 раз в четверть')).toHaveLength(4)
  })

  test('«ежегодно» and «1 раз в год» are one; «ежеполугодно» two', () => {
    expect(tickMonths('ежегодно')).toEqual(['2023-09'])
    expect(tickMonths('1 раз в год')).toEqual(['2023-09'])
    expect(tickMonths('ежеполугодно')).toEqual(['2023-09', '2024-03'])
  })

  test('three times a year is every four months', () => {
    expect(tickMonths('3 раза в год')).toEqual(['2023-09', '2024-01', '2024-05'])
  })

  test('weekly and several times a month still tick every month', () => {
    expect(tickMonths('еженедельно')).toHaveLength(12)
    expect(tickMonths('2 раза в месяц')).toHaveLength(12)
  })

  test('the recurrence is spread over its own months', () => {
    expect(tickMonths('1 раз в 2 месяца с октября по май')).toEqual(['2023-10', '2023-12', '2024-02', '2024-04'])
    expect(tickMonths('2 раза в год: октябрь - май')).toEqual(['2023-10', '2024-04'])
  })

  test('a shorter last period keeps the spacing', () => {
    expect(tickMonths('ежеквартально: сентябрь - ноябрь, январь')).toEqual(['2023-09', '2024-01'])
  })
})

import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from './route'

describe('parseRoute', () => {
  it('reads the documented routes', () => {
    expect(parseRoute('')).toEqual({ name: 'boards' })
    expect(parseRoute('#/')).toEqual({ name: 'boards' })
    expect(parseRoute('#/boards')).toEqual({ name: 'boards' })
    expect(parseRoute('#/boards/b1')).toEqual({ name: 'board', id: 'b1' })
    expect(parseRoute('#/boards/b1/members')).toEqual({ name: 'board', id: 'b1', tab: 'members' })
    expect(parseRoute('#/users')).toEqual({ name: 'users' })
    expect(parseRoute('#/profile/')).toEqual({ name: 'profile' })
    expect(parseRoute('#/login')).toEqual({ name: 'login' })
  })

  it('calls anything else not found, including a malformed escape', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound', path: 'nowhere' })
    expect(parseRoute('#/users/x')).toEqual({ name: 'notFound', path: 'users/x' })
    expect(parseRoute('#/boards/%E0%A4%A')).toEqual({ name: 'notFound', path: 'boards/%E0%A4%A' })
    expect(parseRoute('#/boards/a/b/c')).toEqual({ name: 'notFound', path: 'boards/a/b/c' })
  })

  it('round-trips through routeHref', () => {
    const routes: Route[] = [
      { name: 'boards' },
      { name: 'board', id: 'демо/1' },
      { name: 'board', id: 'b1', tab: 'plan' },
      { name: 'users' },
      { name: 'profile' },
      { name: 'login' },
    ]
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route)
  })
})

/** The application's routes, as they appear after `#` in the address. */
export type Route =
  | { name: 'boards' }
  | { name: 'board'; id: string; tab?: string }
  | { name: 'users' }
  | { name: 'profile' }
  | { name: 'login' }
  | { name: 'notFound'; path: string }

function decode (segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * `#/` boards, `#/boards/:id` a board (`#/boards/:id/:tab` a tab of it),
 * `#/users`, `#/profile`, `#/login`. Anything else is `notFound`.
 */
export function parseRoute (hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '')
  const segments = path === '' ? [] : path.split('/')
  const [first, second, third] = segments
  switch (first) {
    case undefined:
      return { name: 'boards' }
    case 'boards': {
      if (second === undefined) return segments.length === 1 ? { name: 'boards' } : { name: 'notFound', path }
      const id = decode(second)
      if (id === null || id === '' || segments.length > 3) return { name: 'notFound', path }
      return third === undefined ? { name: 'board', id } : { name: 'board', id, tab: third }
    }
    case 'users':
    case 'profile':
    case 'login':
      return segments.length === 1 ? { name: first } : { name: 'notFound', path }
    default:
      return { name: 'notFound', path }
  }
}

/** The `href` of a route: `#/boards/abc`. */
export function routeHref (route: Route): string {
  switch (route.name) {
    case 'boards':
      return '#/'
    case 'board': {
      const base = `#/boards/${encodeURIComponent(route.id)}`
      return route.tab === undefined ? base : `${base}/${encodeURIComponent(route.tab)}`
    }
    case 'users':
    case 'profile':
    case 'login':
      return `#/${route.name}`
    case 'notFound':
      return `#/${route.path}`
  }
}

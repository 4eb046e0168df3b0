import { routeHref, type Route } from './route'

/**
 * Goes to a route. `replace` swaps the current history entry (switching a
 * board's tab should not make Back step through every tab).
 */
export function navigate (route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route)
  if (window.location.hash === href) return
  if (options.replace) {
    window.history.replaceState(window.history.state, '', href)
    // replaceState does not fire hashchange; useHashRoute listens for it.
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = href
  }
}

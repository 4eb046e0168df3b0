import type { AnchorHTMLAttributes } from 'react'
import { routeHref, type Route } from './route'

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route
}

/** A plain anchor to a hash route: Enter, middle-click and "open in new tab" all work. */
export function Link ({ to, ...rest }: LinkProps) {
  return <a href={routeHref(to)} {...rest} />
}

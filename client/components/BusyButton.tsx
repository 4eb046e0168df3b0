import type { ButtonHTMLAttributes, Ref } from 'react'
import { strings } from '../strings'

export interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** A request started by this button is pending: disable it and show «…». */
  busy?: boolean
  variant?: 'primary' | 'secondary' | 'danger' | 'link'
  ref?: Ref<HTMLButtonElement>
}

export function BusyButton ({ busy = false, variant = 'secondary', disabled, className, children, type = 'button', ...rest }: BusyButtonProps) {
  const classes = ['button', `button--${variant}`, busy ? 'is-busy' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {children}{busy ? strings.common.busySuffix : null}
    </button>
  )
}

import { useId, type InputHTMLAttributes, type Ref } from 'react'

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string
  hint?: string
  invalid?: boolean
  ref?: Ref<HTMLInputElement>
}

/** A labelled input with an optional hint; `invalid` marks it for assistive technology. */
export function TextField ({ label, hint, invalid, id, className, ref, ...rest }: TextFieldProps) {
  const autoId = useId()
  const inputId = id ?? autoId
  const hintId = `${inputId}-hint`
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={inputId}>{label}</label>
      <input
        ref={ref}
        id={inputId}
        className="field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? hintId : undefined}
        {...rest}
      />
      {hint ? <small id={hintId} className="field__hint">{hint}</small> : null}
    </div>
  )
}

import { organisationTypeLabels, organisationTypes, type OrganisationType } from '../../shared/registry/registryDoc'

export interface OrganisationTypeSelectProps {
  value: OrganisationType
  label: string
  disabled: boolean
  onChange: (type: OrganisationType) => void
}

export function OrganisationTypeSelect ({ value, label, disabled, onChange }: OrganisationTypeSelectProps) {
  return (
    <select
      className="select registry-type"
      value={value}
      disabled={disabled}
      aria-label={label}
      onChange={event => { if (!disabled) onChange(event.target.value as OrganisationType) }}
      data-testid="org-type"
    >
      {organisationTypes.map(type => <option key={type} value={type}>{organisationTypeLabels[type]}</option>)}
    </select>
  )
}

import Badge from '@cloudscape-design/components/badge';
import Select from '@cloudscape-design/components/select';
import type { SelectProps } from '@cloudscape-design/components/select';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { COGNITO_REGIONS } from '../../../shared/model/regions';
import { useActiveProfile, useSession } from '../../stores/session';

const KIND_LABEL: Record<string, string> = {
  sandbox: 'local emulator',
  static: 'access keys',
  sso: 'SSO',
  'assume-role': 'assume role',
  process: 'credential process',
  'web-identity': 'web identity',
  other: 'profile',
};

function formatAccount(id: string): string {
  return /^\d{12}$/.test(id) ? `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8)}` : id;
}

/** Profile and region pickers, account id, READ-ONLY badge and connection state, on every screen. */
export function TopBar() {
  const { profiles, profile, region, connection, connectionState, select } = useSession();
  const active = useActiveProfile();
  const profileOptions: SelectProps.Option[] = profiles.map((p) => ({
    value: p.name,
    label: p.name,
    description: [KIND_LABEL[p.kind], p.region].filter(Boolean).join(' · '),
    tags: [p.readOnly ? 'read-only' : '', p.needsMfa ? 'MFA' : ''].filter(Boolean),
  }));
  const regionOptions: SelectProps.Option[] = COGNITO_REGIONS.map((r) => ({ value: r, label: r }));
  if (region && !COGNITO_REGIONS.includes(region as (typeof COGNITO_REGIONS)[number]))
    regionOptions.unshift({ value: region, label: region });
  const selectedProfile = profileOptions.find((o) => o.value === profile) ?? null;
  const selectedRegion = regionOptions.find((o) => o.value === region) ?? null;

  return (
    <header id="top-bar" className="top-bar">
      <span className="top-bar__brand">cognito-console</span>
      <div className="top-bar__picker top-bar__picker--profile">
        <Select
          selectedOption={selectedProfile}
          options={profileOptions}
          onChange={(e) => void select(e.detail.selectedOption.value ?? '')}
          ariaLabel="Profile"
          placeholder="Choose a profile"
          filteringType="auto"
          triggerVariant="option"
        />
      </div>
      <div className="top-bar__picker">
        <Select
          selectedOption={selectedRegion}
          options={regionOptions}
          onChange={(e) => profile && void select(profile, e.detail.selectedOption.value)}
          ariaLabel="Region"
          filteringType="auto"
          disabled={!profile || active?.kind === 'sandbox'}
        />
      </div>
      <span className="top-bar__account" data-testid="account-id">
        {connection ? `acct ${formatAccount(connection.accountId)}` : ''}
      </span>
      {active?.readOnly ? (
        <span data-testid="read-only-badge">
          <Badge color="red">READ-ONLY</Badge>
        </span>
      ) : null}
      <span className="top-bar__status" data-testid="connection-state">
        {connectionState === 'connected' ? <StatusIndicator type="success">Connected</StatusIndicator> : null}
        {connectionState === 'connecting' ? <StatusIndicator type="loading">Connecting</StatusIndicator> : null}
        {connectionState === 'error' ? <StatusIndicator type="error">Not connected</StatusIndicator> : null}
      </span>
    </header>
  );
}

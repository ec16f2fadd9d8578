import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { PoolConfig } from '../../../shared/model/pool-config';
import type { PoolRef } from '../../stores/pool-config';
import { ExportModal } from './export-modal';
import { FixedSettings } from './fixed-settings';
import { formatValue } from './diff-modal';

const MFA: Record<string, string> = { OFF: 'Off', OPTIONAL: 'Optional', ON: 'Required' };

/** A read-only summary of the pool. */
export function OverviewSection({ poolRef, config }: { poolRef: PoolRef; config: PoolConfig }) {
  const s = config.settings;
  const [exporting, setExporting] = useState(false);
  const date = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : '—');
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" actions={<Button onClick={() => setExporting(true)}>Export configuration</Button>}>
            Pool
          </Header>
        }
        data-testid="pool-overview"
      >
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Name', value: config.name },
            {
              label: 'User pool id',
              value: (
                <CopyToClipboard
                  variant="inline"
                  textToCopy={config.id}
                  copySuccessText="Copied id"
                  copyErrorText="Copy failed"
                />
              ),
            },
            { label: 'ARN', value: config.arn ?? '—' },
            { label: 'Estimated users', value: String(config.estimatedUsers ?? '—') },
            { label: 'Created', value: date(config.createdAt) },
            { label: 'Last modified', value: date(config.version.lastModifiedAt) },
            {
              label: 'Multi-factor authentication',
              value: (typeof s.MfaConfiguration === 'string' ? MFA[s.MfaConfiguration] : undefined) ?? 'Off',
            },
            { label: 'Deletion protection', value: s.DeletionProtection === 'ACTIVE' ? 'Active' : 'Inactive' },
            { label: 'Feature plan', value: formatValue(s.UserPoolTier, 'UserPoolTier') },
            { label: 'Domain', value: config.customDomain ?? config.domain ?? 'None' },
            {
              label: 'Self sign-up',
              value:
                (s.AdminCreateUserConfig as Record<string, unknown> | undefined)?.AllowAdminCreateUserOnly === true
                  ? 'Off (administrators only)'
                  : 'On',
            },
            {
              label: 'Threat protection',
              value: formatValue(
                (s.UserPoolAddOns as Record<string, string> | undefined)?.AdvancedSecurityMode,
                'UserPoolAddOns.AdvancedSecurityMode',
              ),
            },
          ]}
        />
      </Container>
      <FixedSettings config={config} />
      {exporting ? <ExportModal poolRef={poolRef} onClose={() => setExporting(false)} /> : null}
    </SpaceBetween>
  );
}

import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect } from 'react';
import { KINDS } from '../../../shared/templates/kinds';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { navigate } from '../../lib/use-hash-route';
import { usePoolConfig } from '../../stores/pool-config';
import { poolKey } from '../../stores/pool-key';
import { useActiveProfile } from '../../stores/session';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';
import { MessageEditor } from './message-editor';
import { isCustomized, messageOf, POOL_MESSAGES } from '../../../shared/templates/pool-messages';
import { useTemplatesGuard } from './use-templates-guard';
import { SesTemplateEditor } from './ses-template-editor';
import { SesTemplatesSection } from './ses-templates-section';
import { useSesTemplatesGuard } from './use-ses-templates-guard';

/** `#/templates/ses/<name>` opens an SES template; pool ids always hold an `_`, so `ses` is never one. */
const SES = 'ses';

interface Props {
  poolId: string | undefined;
  kind: string | undefined;
  theme: 'light' | 'dark';
}

/**
 * Templates (#/templates/<pool>/<message>): a pool's messages, default or customized, and an editor for one; and
 * the profile's SES email templates (#/templates/ses/<name>).
 */
export function TemplatesPage({ poolId: route, kind, theme }: Props) {
  useTemplatesGuard();
  useSesTemplatesGuard();
  const sesName = route === SES && kind ? decodeURIComponent(kind) : undefined;
  const poolId = route === SES ? undefined : route;
  const { ref } = useConnectedRef();
  const sesTemplates = useConnectedLoad((r) => call('sesTemplates:list', r));
  const readOnly = useActiveProfile()?.readOnly === true;
  const pools = useConnectedLoad((r) => call('userPools:list', r));
  const poolRef = ref && poolId ? { ...ref, userPoolId: poolId } : undefined;
  const entry = usePoolConfig((s) => (poolRef ? s.entries[poolKey(poolRef)] : undefined));
  const load = usePoolConfig((s) => s.load);
  const config = entry?.config;
  const refKey = poolRef ? poolKey(poolRef) : undefined;

  useEffect(() => {
    if (poolRef && !entry?.config && !entry?.loading) void load(poolRef);
    // Load once per pool; the entry changing is the load's own doing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refKey]);

  const pool = pools.data?.find((p) => p.id === poolId);
  const message = messageOf(kind);
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description="The verification, invitation and MFA messages Cognito sends for a pool, and the SES email templates of the profile, checked as you type and previewed with sample values."
      >
        Templates
      </Header>
      {pools.error ? <ErrorAlert error={pools.error} onRetry={pools.reload} /> : null}
      <FormField label="User pool" description="Messages belong to a pool.">
        <Select
          selectedOption={poolId ? { value: poolId, label: pool?.name ?? poolId } : null}
          placeholder="Choose a user pool"
          statusType={pools.loading ? 'loading' : 'finished'}
          loadingText="Loading pools"
          empty="No user pools in this region."
          options={(pools.data ?? []).map((p) => ({ value: p.id, label: p.name, description: p.id }))}
          onChange={(e) => navigate(`#/templates/${e.detail.selectedOption.value ?? ''}`)}
          ariaLabel="User pool"
        />
      </FormField>
      {entry?.error && poolRef ? <ErrorAlert error={entry.error} onRetry={() => void load(poolRef)} /> : null}
      {poolId ? (
        <Table
          header={<Header variant="h2">Messages</Header>}
          loading={!config}
          loadingText="Loading the pool's messages"
          items={POOL_MESSAGES.map((m) => m)}
          trackBy="kind"
          variant="container"
          selectionType="single"
          selectedItems={message ? [message] : []}
          onSelectionChange={(e) => navigate(`#/templates/${poolId}/${e.detail.selectedItems[0]?.kind ?? ''}`)}
          ariaLabels={{ itemSelectionLabel: (_s, m) => KINDS[m.kind].label, selectionGroupLabel: 'Messages' }}
          columnDefinitions={[
            {
              id: 'name',
              header: 'Message',
              isRowHeader: true,
              cell: (m) => <Link href={`#/templates/${poolId}/${m.kind}`}>{KINDS[m.kind].label}</Link>,
            },
            { id: 'channel', header: 'Channel', cell: (m) => (KINDS[m.kind].channel === 'sms' ? 'SMS' : 'Email') },
            {
              id: 'state',
              header: 'Text',
              cell: (m) =>
                config && isCustomized(config.settings, m) ? (
                  <Badge color="blue">Customized</Badge>
                ) : (
                  <Badge>Default</Badge>
                ),
            },
            { id: 'used', header: 'Used for', cell: (m) => KINDS[m.kind].usedFor },
          ]}
        />
      ) : (
        <Box color="text-body-secondary">Choose a user pool to see its messages.</Box>
      )}
      {poolRef && config && message ? (
        <MessageEditor
          key={`${refKey ?? ''}-${message.kind}`}
          poolRef={poolRef}
          config={config}
          message={message}
          readOnly={readOnly}
          dark={theme === 'dark'}
        />
      ) : null}
      <SesTemplatesSection connected={ref} templates={sesTemplates} selected={sesName} readOnly={readOnly} />
      {ref && sesName ? (
        <SesTemplateEditor
          key={`${ref.profile}-${ref.region}-${sesName}`}
          connected={ref}
          name={sesName}
          readOnly={readOnly}
          dark={theme === 'dark'}
          onDeleted={() => {
            sesTemplates.reload();
            navigate('#/templates');
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}

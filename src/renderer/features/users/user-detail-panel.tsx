import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useCallback, useEffect, useState } from 'react';
import type { PoolRef, UserDetail, UserRow } from '../../../shared/model/users';
import { ApiError, call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useUsers } from '../../stores/users';
import { UserActions } from './user-actions';
import { UserAttributesEditor } from './user-attributes-editor';
import { UserGroupsSection } from './user-groups-section';
import { UserMfaEditor } from './user-mfa-editor';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (value: string | undefined): string => (value ? dateTime.format(new Date(value)) : '-');

/** The grid row part of a detail, so the grid shows what the detail just read. */
export const rowOf = (d: UserDetail): UserRow => ({
  username: d.username,
  sub: d.sub,
  status: d.status,
  enabled: d.enabled,
  createdAt: d.createdAt,
  lastModifiedAt: d.lastModifiedAt,
  attributes: d.attributes,
  mfa: d.mfa,
});

/** One user, in the split panel: everything AdminGetUser and friends know, and every action on them. */
export function UserDetailPanel({ poolRef, username }: { poolRef: PoolRef; username: string }) {
  const [detail, setDetail] = useState<UserDetail | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const upsert = useUsers((s) => s.upsert);

  const refresh = useCallback(async () => {
    setError(undefined);
    try {
      const fresh = await call('users:get', { ...poolRef, username });
      setDetail(fresh);
      upsert(poolRef, rowOf(fresh));
    } catch (e) {
      setError(toApiError(e));
    }
  }, [poolRef, username, upsert]);

  // The first read when the panel opens on a user; later reads go through refresh (after each action).
  useEffect(() => {
    let live = true;
    call('users:get', { ...poolRef, username }).then(
      (fresh) => {
        if (!live) return;
        setDetail(fresh);
        setError(undefined);
        upsert(poolRef, rowOf(fresh));
      },
      (e: unknown) => {
        if (live) setError(toApiError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [poolRef, username, upsert]);

  if (error && !detail) return <ErrorAlert error={error} onRetry={() => void refresh()} />;
  if (!detail || detail.username !== username) {
    return (
      <Box>
        <Spinner /> Loading {username}
      </Box>
    );
  }
  return (
    <div data-testid="user-detail">
      <SpaceBetween size="l">
        {error ? <ErrorAlert error={error} onRetry={() => void refresh()} /> : null}
        <UserActions poolRef={poolRef} detail={detail} onChanged={refresh} />
        <KeyValuePairs
          columns={4}
          items={[
            {
              label: 'Status',
              value: <span data-testid="user-status">{detail.status}</span>,
            },
            {
              label: 'Enabled',
              value: (
                <span data-testid="user-enabled">
                  <StatusIndicator type={detail.enabled ? 'success' : 'stopped'}>
                    {detail.enabled ? 'Enabled' : 'Disabled'}
                  </StatusIndicator>
                </span>
              ),
            },
            { label: 'Created', value: when(detail.createdAt) },
            { label: 'Modified', value: when(detail.lastModifiedAt) },
            { label: 'sub', value: detail.sub ?? '-' },
            { label: 'Preferred MFA', value: detail.mfa.preferred ?? 'None' },
            { label: 'MFA enabled', value: detail.mfa.enabled.length ? detail.mfa.enabled.join(', ') : 'None' },
          ]}
        />
        <Tabs
          tabs={[
            {
              id: 'attributes',
              label: 'Attributes',
              content: <UserAttributesEditor poolRef={poolRef} detail={detail} onSaved={refresh} />,
            },
            {
              id: 'groups',
              label: `Groups${detail.groups.ok ? ` (${detail.groups.value.length})` : ''}`,
              content: <UserGroupsSection poolRef={poolRef} detail={detail} onChanged={refresh} />,
            },
            {
              id: 'mfa',
              label: 'MFA',
              content: <UserMfaEditor poolRef={poolRef} detail={detail} onSaved={refresh} />,
            },
            { id: 'devices', label: 'Devices', content: <DevicesPart detail={detail} /> },
            { id: 'events', label: 'Auth events', content: <AuthEventsPart detail={detail} /> },
          ]}
        />
      </SpaceBetween>
    </div>
  );
}

function DevicesPart({ detail }: { detail: UserDetail }) {
  if (!detail.devices.ok) return <ErrorAlert error={new ApiError(detail.devices.error)} />;
  return (
    <Table
      variant="embedded"
      items={detail.devices.value}
      empty="No remembered devices."
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (d) => d.name ?? d.key },
        { id: 'created', header: 'Created', cell: (d) => when(d.createdAt) },
        { id: 'last', header: 'Last authenticated', cell: (d) => when(d.lastAuthenticatedAt) },
      ]}
    />
  );
}

function AuthEventsPart({ detail }: { detail: UserDetail }) {
  // AdminListUserAuthEvents needs advanced security: an error part here is expected on most pools.
  if (!detail.authEvents.ok) return <ErrorAlert error={new ApiError(detail.authEvents.error)} />;
  return (
    <Table
      variant="embedded"
      items={detail.authEvents.value}
      empty="No recent authentication events."
      columnDefinitions={[
        { id: 'when', header: 'When', cell: (e) => when(e.createdAt) },
        { id: 'type', header: 'Type', cell: (e) => e.type ?? '-' },
        { id: 'response', header: 'Response', cell: (e) => e.response ?? '-' },
        { id: 'risk', header: 'Risk', cell: (e) => e.risk ?? '-' },
        { id: 'where', header: 'Where', cell: (e) => [e.ipAddress, e.city, e.country].filter(Boolean).join(', ') },
      ]}
    />
  );
}

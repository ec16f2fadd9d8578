import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import type { PoolCompare } from '../../../shared/model/pool-compare';
import { compareToText } from '../../../shared/model/pool-compare';
import type { JsonValue } from '../../../shared/model/pool-config';
import { COGNITO_REGIONS } from '../../../shared/model/regions';
import type { UserPoolSummary } from '../../../shared/model/user-pools';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { useSession } from '../../stores/session';
import { formatValue } from './diff-modal';

const option = (value: string, label = value) => ({ value, label });

/** This pool against any other pool, in any profile and region: a section-grouped diff, copyable as text. */
export function CompareTab({ poolRef }: { poolRef: PoolRef }) {
  const profiles = useSession((s) => s.profiles);
  const [profile, setProfile] = useState(poolRef.profile);
  const [region, setRegion] = useState(poolRef.region);
  const [pools, setPools] = useState<UserPoolSummary[] | undefined>();
  const [other, setOther] = useState<string | undefined>();
  const [result, setResult] = useState<PoolCompare | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  useEffect(() => {
    let live = true;
    call('userPools:list', { profile, region })
      .then((list) => live && setPools(list))
      .catch((e: unknown) => live && setError(toApiError(e)));
    return () => {
      live = false;
    };
  }, [profile, region]);

  const choose = (next: { profile?: string; region?: string }) => {
    setPools(undefined);
    setOther(undefined);
    setError(undefined);
    if (next.profile) setProfile(next.profile);
    if (next.region) setRegion(next.region);
  };

  const compare = async (): Promise<void> => {
    if (!other) return;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await call('userPools:compare', { left: poolRef, right: { profile, region, userPoolId: other } }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const choices = (pools ?? []).filter((p) => !(p.id === poolRef.userPoolId && profile === poolRef.profile));
  const picked = choices.find((p) => p.id === other);
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" description="Ids, ARNs and dates are never compared.">
            Compare with another pool
          </Header>
        }
      >
        <ColumnLayout columns={4}>
          <FormField label="Profile">
            <Select
              selectedOption={option(profile)}
              options={profiles.map((p) => option(p.name))}
              onChange={(e) => choose({ profile: e.detail.selectedOption.value })}
              ariaLabel="Profile to compare with"
            />
          </FormField>
          <FormField label="Region">
            <Select
              selectedOption={option(region)}
              options={COGNITO_REGIONS.map((r) => option(r))}
              filteringType="auto"
              onChange={(e) => choose({ region: e.detail.selectedOption.value })}
              ariaLabel="Region to compare with"
            />
          </FormField>
          <FormField label="User pool">
            <Select
              selectedOption={picked ? option(picked.id, picked.name) : null}
              options={choices.map((p) => ({ ...option(p.id, p.name), description: p.id }))}
              statusType={pools ? 'finished' : 'loading'}
              loadingText="Loading pools"
              empty="No other pools here"
              placeholder="Choose a pool"
              onChange={(e) => setOther(e.detail.selectedOption.value)}
              ariaLabel="User pool to compare with"
            />
          </FormField>
          <FormField label="&nbsp;">
            <Button variant="primary" disabled={!other} loading={busy} onClick={() => void compare()}>
              Compare
            </Button>
          </FormField>
        </ColumnLayout>
      </Container>
      {error ? <ErrorAlert error={error} /> : null}
      {result ? <CompareResult result={result} /> : null}
    </SpaceBetween>
  );
}

function CompareResult({ result }: { result: PoolCompare }) {
  const n = result.differences.length;
  const show = (row: PoolCompare['differences'][number], value: unknown) =>
    formatValue(value as JsonValue | undefined, row.path.split('.').slice(1).join('.'));
  return (
    <Table
      data-testid="compare-result"
      variant="container"
      wrapLines
      items={result.differences}
      trackBy="path"
      ariaLabels={{ tableLabel: 'Differences' }}
      header={
        <Header
          variant="h2"
          description={`${result.compared} settings compared.`}
          actions={
            <CopyToClipboard
              variant="button"
              textToCopy={compareToText(result)}
              copyButtonText="Copy as text"
              copySuccessText="Diff copied"
              copyErrorText="Copy failed"
            />
          }
        >
          {n === 0 ? 'No differences' : `${n} difference${n === 1 ? '' : 's'}`}
        </Header>
      }
      empty={<Box textAlign="center">The two pools are configured the same.</Box>}
      columnDefinitions={[
        { id: 'section', header: 'Section', cell: (r) => r.section, width: 180 },
        { id: 'label', header: 'Setting', cell: (r) => r.label, width: 260 },
        { id: 'left', header: `${result.left.name} (${result.left.region})`, cell: (r) => show(r, r.left) },
        { id: 'right', header: `${result.right.name} (${result.right.region})`, cell: (r) => show(r, r.right) },
      ]}
    />
  );
}

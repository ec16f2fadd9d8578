import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useEffect, useState } from 'react';
import type { ConfigChange } from '../../../shared/model/pool-config';
import type { PoolMfa } from '../../../shared/model/pool-mfa';
import { MFA_LABELS, poolMfaEditSchema } from '../../../shared/model/pool-mfa';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey } from '../../stores/pool-config';
import { DiffForm } from './diff-form';
import type { Draft } from './draft-path';
import { ToggleField } from './section-fields';

const PATHS = ['Totp', 'Sms', 'Email'] as const;

/** Which second factors the pool offers (SetUserPoolMfaConfig), saved with its own diff. */
export function MfaFactors({ poolRef, readOnly }: { poolRef: PoolRef; readOnly: boolean }) {
  const [mfa, setMfa] = useState<PoolMfa | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const reload = useCallback(
    () =>
      call('userPools:mfa', poolRef)
        .then(setMfa)
        .catch((e: unknown) => setError(toApiError(e))),
    [poolRef],
  );
  useEffect(() => void reload(), [reload]);
  if (error) return <ErrorAlert error={error} />;
  if (!mfa) return null;
  // Three booleans: the diff is computed here; the server reports what actually changed after the save.
  const preview = (draft: Draft): Promise<{ changes: ConfigChange[] }> =>
    Promise.resolve({
      changes: PATHS.filter((k) => draft[k] !== undefined && draft[k] !== mfa[k]).map((k) => ({
        path: k,
        label: MFA_LABELS[k],
        before: mfa[k],
        after: draft[k] as boolean,
      })),
    });
  const apply = async (draft: Draft) => {
    const result = await call('userPools:set-mfa', { ...poolRef, edit: draft });
    setMfa(result.mfa);
    return result;
  };
  return (
    <DiffForm
      draftKey={draftKey(poolRef, 'mfa-factors')}
      settings={mfa}
      paths={PATHS}
      schema={poolMfaEditSchema}
      targetName="the pool's second factors"
      label="second factors"
      testId="mfa-factors"
      readOnly={readOnly}
      preview={preview}
      apply={apply}
      reload={reload}
    >
      <Container
        header={
          <Header
            variant="h2"
            description="Turn on at least one factor before making MFA optional or required above. Cognito changes these with SetUserPoolMfaConfig, which is saved on its own."
          >
            Second factors
          </Header>
        }
      >
        <SpaceBetween size="m">
          <ToggleField path="Totp" label="Authenticator apps (TOTP)" />
          <ToggleField path="Sms" label="SMS codes" description="Uses the pool's SMS role and MFA SMS message." />
          <ToggleField
            path="Email"
            label="Email codes"
            description="Needs the Essentials or Plus plan and SES email sending."
          />
        </SpaceBetween>
      </Container>
    </DiffForm>
  );
}

import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useCallback } from 'react';
import type { PasskeySettings as Passkeys } from '../../../shared/model/pool-mfa';
import { PASSKEY_LABELS, passkeySettingsSchema } from '../../../shared/model/pool-mfa';
import { call } from '../../api';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey } from '../../stores/pool-config';
import { FeatureForm } from './feature-form';
import { OptionalSelect, OptionalText } from './optional-fields';

/** Passkey (WebAuthn) settings, saved with SetUserPoolMfaConfig on their own; used by the passkey first factor. */
export function PasskeySettings({ poolRef, readOnly }: { poolRef: PoolRef; readOnly: boolean }) {
  const load = useCallback(() => call('userPools:passkeys', poolRef), [poolRef]);
  const save = useCallback(
    async (passkeys: Passkeys, expected: Passkeys) => {
      const result = await call('userPools:set-passkeys', { ...poolRef, passkeys, expected });
      return { changes: result.changes, settings: result.passkeys };
    },
    [poolRef],
  );
  return (
    <FeatureForm
      draftKey={draftKey(poolRef, 'passkeys')}
      load={load}
      save={save}
      labels={PASSKEY_LABELS}
      schema={passkeySettingsSchema}
      targetName="the pool's passkey settings"
      label="passkey settings"
      testId="passkey-settings"
      readOnly={readOnly}
      unsupportedNote="This endpoint cannot save passkey settings."
    >
      <Container
        header={
          <Header
            variant="h2"
            description="For the passkey first factor of choice-based sign-in above (Essentials or Plus plan). Saved with SetUserPoolMfaConfig, on its own."
          >
            Passkeys
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <OptionalText
            path="relyingPartyId"
            label="Relying party id"
            description="The domain passkeys are bound to: the pool's custom domain when it has one, else its prefix domain. Empty: Cognito's default."
            constraint="A host name such as auth.example.com, without https:// or a path."
          />
          <OptionalSelect
            path="userVerification"
            label="User verification"
            options={[
              { value: 'preferred', label: 'Preferred (any passkey)' },
              { value: 'required', label: 'Required (biometric or PIN on every use)' },
            ]}
          />
        </ColumnLayout>
      </Container>
    </FeatureForm>
  );
}

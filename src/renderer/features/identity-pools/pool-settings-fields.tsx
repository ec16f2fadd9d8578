import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Toggle from '@cloudscape-design/components/toggle';
import { SOCIAL_PROVIDERS } from '../../../shared/model/identity-pool-settings';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { CognitoProviderPicker } from './cognito-provider-picker';
import type { PoolDraft } from './identity-pool-draft';

interface Props {
  ref_: ConnectedRef;
  draft: PoolDraft;
  set: (patch: Partial<PoolDraft>) => void;
  /** Problems by field; shown once `touched` says the user has typed there (or tried to save). */
  problems: Record<string, string>;
  shown: (field: string) => boolean;
  disabled?: boolean;
}

/** The fields CreateIdentityPool and UpdateIdentityPool share. */
export function PoolSettingsFields({ ref_, draft, set, problems, shown, disabled }: Props) {
  const error = (field: string) => (shown(field) ? problems[field] : undefined);
  return (
    <SpaceBetween size="l">
      <FormField
        label="Identity pool name"
        constraintText="1 to 128 characters: letters, digits, spaces and + = , . @ _ -"
        errorText={error('name')}
      >
        <Input
          value={draft.name}
          ariaLabel="Identity pool name"
          disabled={disabled}
          onChange={(e) => set({ name: e.detail.value })}
        />
      </FormField>
      <ColumnLayout columns={2}>
        <FormField
          label="Guest access"
          description="Unauthenticated identities get temporary AWS credentials with the guest role, without signing in."
        >
          <Toggle
            checked={draft.allowUnauthenticated}
            disabled={disabled}
            onChange={(e) => set({ allowUnauthenticated: e.detail.checked })}
          >
            Allow guest (unauthenticated) access
          </Toggle>
        </FormField>
        <FormField
          label="Basic (classic) flow"
          description="Lets apps call GetOpenIdToken and AssumeRoleWithWebIdentity themselves. Off is safer."
        >
          <Toggle
            checked={draft.allowClassicFlow}
            disabled={disabled}
            onChange={(e) => set({ allowClassicFlow: e.detail.checked })}
          >
            Allow the basic (classic) flow
          </Toggle>
        </FormField>
      </ColumnLayout>
      <CognitoProviderPicker
        ref_={ref_}
        providers={draft.cognitoProviders}
        onChange={(cognitoProviders) => set({ cognitoProviders })}
        errorText={problems.cognitoProviders}
        disabled={disabled}
      />
      <ExpandableSection headerText="Social, OpenID Connect and SAML providers" defaultExpanded variant="container">
        <SpaceBetween size="m">
          <ColumnLayout columns={3}>
            {SOCIAL_PROVIDERS.map((p) => (
              <FormField
                key={p.key}
                label={`${p.label} ${p.idLabel}`}
                description={p.key}
                errorText={error(`social.${p.key}`)}
              >
                <Input
                  value={draft.social[p.key] ?? ''}
                  ariaLabel={`${p.label} ${p.idLabel}`}
                  placeholder="Not used"
                  disabled={disabled}
                  onChange={(e) => set({ social: { ...draft.social, [p.key]: e.detail.value } })}
                />
              </FormField>
            ))}
          </ColumnLayout>
          <ColumnLayout columns={2}>
            <FormField
              label="OpenID Connect provider ARNs"
              description="One per line; the providers are created in IAM first."
              constraintText="arn:aws:iam::<account>:oidc-provider/<host>"
              errorText={error('oidc')}
            >
              <Textarea
                value={draft.oidc}
                rows={2}
                ariaLabel="OpenID Connect provider ARNs"
                disabled={disabled}
                onChange={(e) => set({ oidc: e.detail.value })}
              />
            </FormField>
            <FormField
              label="SAML provider ARNs"
              description="One per line; the providers are created in IAM first."
              constraintText="arn:aws:iam::<account>:saml-provider/<name>"
              errorText={error('saml')}
            >
              <Textarea
                value={draft.saml}
                rows={2}
                ariaLabel="SAML provider ARNs"
                disabled={disabled}
                onChange={(e) => set({ saml: e.detail.value })}
              />
            </FormField>
          </ColumnLayout>
        </SpaceBetween>
      </ExpandableSection>
    </SpaceBetween>
  );
}

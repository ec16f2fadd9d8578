import Alert from '@cloudscape-design/components/alert';
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Badge from '@cloudscape-design/components/badge';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { CUSTOM_ATTRIBUTE_TYPES } from '../../../shared/model/custom-attributes';
import type { CreateDraft } from './create-pool-draft';

export interface StepProps {
  d: CreateDraft;
  set: (patch: Partial<CreateDraft>) => void;
  errors: Record<string, string>;
}

export const FIXED = <Badge color="grey">fixed at creation</Badge>;
const toggleIn = <T,>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

export function SignInStep({ d, set, errors }: StepProps) {
  return (
    <Container
      header={
        <Header variant="h2" info={FIXED}>
          Sign-in
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Alert type="warning">
          How users sign in, and whether usernames are case sensitive, can never change after the pool is created.
        </Alert>
        <FormField label="Pool name" errorText={errors.PoolName}>
          <Input value={d.name} ariaLabel="Pool name" onChange={(e) => set({ name: e.detail.value })} />
        </FormField>
        <FormField label="Users sign in with" errorText={errors.UsernameAttributes ?? errors.AliasAttributes}>
          <RadioGroup
            value={d.signIn}
            onChange={(e) => set({ signIn: e.detail.value as CreateDraft['signIn'] })}
            items={[
              { value: 'email', label: 'Email address', description: 'The email is the username.' },
              { value: 'phone', label: 'Phone number', description: 'The phone number is the username.' },
              { value: 'email-or-phone', label: 'Email address or phone number' },
              { value: 'username', label: 'A username', description: 'Optionally with aliases below.' },
            ]}
          />
        </FormField>
        {d.signIn === 'username' ? (
          <FormField label="Also sign in with (aliases)">
            {(['email', 'phone_number', 'preferred_username'] as const).map((a) => (
              <Checkbox
                key={a}
                checked={d.aliases.includes(a)}
                onChange={(e) => set({ aliases: toggleIn(d.aliases, a, e.detail.checked) })}
              >
                {a}
              </Checkbox>
            ))}
          </FormField>
        ) : null}
        <Toggle
          checked={d.caseSensitive}
          onChange={(e) => set({ caseSensitive: e.detail.checked })}
          description="AWS recommends case-insensitive: User@x.com and user@x.com are the same user."
        >
          Case-sensitive usernames
        </Toggle>
      </SpaceBetween>
    </Container>
  );
}

const COMMON_REQUIRED = ['email', 'phone_number', 'name', 'given_name', 'family_name', 'birthdate'];

export function AttributesStep({ d, set, errors }: StepProps) {
  return (
    <Container
      header={
        <Header variant="h2" info={FIXED}>
          Attributes
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label="Required attributes" description="Required attributes can never change after creation.">
          <ColumnLayout columns={3}>
            {COMMON_REQUIRED.map((a) => (
              <Checkbox
                key={a}
                checked={d.required.includes(a)}
                onChange={(e) => set({ required: toggleIn(d.required, a, e.detail.checked) })}
              >
                {a}
              </Checkbox>
            ))}
          </ColumnLayout>
        </FormField>
        <FormField
          label="Custom attributes"
          description="Up to 50; they can be added later but never removed or renamed."
        >
          <AttributeEditor
            items={d.custom}
            addButtonText="Add custom attribute"
            removeButtonText="Remove"
            empty="No custom attributes."
            onAddButtonClick={() => set({ custom: [...d.custom, { name: '', type: 'String', mutable: true }] })}
            onRemoveButtonClick={(e) => set({ custom: d.custom.filter((_, i) => i !== e.detail.itemIndex) })}
            definition={[
              {
                label: 'Name (custom:)',
                errorText: (_, i) => errors[`custom.${i}`],
                control: (c, i) => (
                  <Input
                    value={c.name}
                    ariaLabel={`Custom attribute ${i + 1} name`}
                    onChange={(e) =>
                      set({ custom: d.custom.map((x, j) => (j === i ? { ...x, name: e.detail.value } : x)) })
                    }
                  />
                ),
              },
              {
                label: 'Type',
                control: (c, i) => (
                  <Select
                    selectedOption={{ value: c.type, label: c.type }}
                    ariaLabel={`Custom attribute ${i + 1} type`}
                    options={CUSTOM_ATTRIBUTE_TYPES.map((t) => ({ value: t, label: t }))}
                    onChange={(e) =>
                      set({
                        custom: d.custom.map((x, j) =>
                          j === i ? { ...x, type: (e.detail.selectedOption.value ?? 'String') as typeof x.type } : x,
                        ),
                      })
                    }
                  />
                ),
              },
              {
                label: 'Mutable',
                control: (c, i) => (
                  <Checkbox
                    checked={c.mutable}
                    onChange={(e) =>
                      set({ custom: d.custom.map((x, j) => (j === i ? { ...x, mutable: e.detail.checked } : x)) })
                    }
                  >
                    Mutable
                  </Checkbox>
                ),
              },
            ]}
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}

export function SecurityStep({ d, set, errors }: StepProps) {
  const P = 'Policies.PasswordPolicy';
  return (
    <Container
      header={
        <Header variant="h2" description="All of these can be changed later in the pool editor.">
          Password, sign-up and MFA
        </Header>
      }
    >
      <ColumnLayout columns={2}>
        <SpaceBetween size="m">
          <FormField
            label="Minimum password length"
            constraintText="6 to 99 characters."
            errorText={errors[`${P}.MinimumLength`]}
          >
            <Input
              type="number"
              value={d.minLength}
              ariaLabel="Minimum password length"
              onChange={(e) => set({ minLength: e.detail.value })}
            />
          </FormField>
          <Checkbox checked={d.upper} onChange={(e) => set({ upper: e.detail.checked })}>
            Require an uppercase letter
          </Checkbox>
          <Checkbox checked={d.lower} onChange={(e) => set({ lower: e.detail.checked })}>
            Require a lowercase letter
          </Checkbox>
          <Checkbox checked={d.numbers} onChange={(e) => set({ numbers: e.detail.checked })}>
            Require a number
          </Checkbox>
          <Checkbox checked={d.symbols} onChange={(e) => set({ symbols: e.detail.checked })}>
            Require a symbol
          </Checkbox>
          <FormField
            label="Temporary password validity (days)"
            constraintText="0 to 365 days."
            errorText={errors[`${P}.TemporaryPasswordValidityDays`]}
          >
            <Input
              type="number"
              value={d.tempDays}
              ariaLabel="Temporary password validity"
              onChange={(e) => set({ tempDays: e.detail.value })}
            />
          </FormField>
        </SpaceBetween>
        <SpaceBetween size="m">
          <Toggle
            checked={d.selfSignUp}
            onChange={(e) => set({ selfSignUp: e.detail.checked })}
            description="Off: only administrators create users."
          >
            Self sign-up
          </Toggle>
          <FormField
            label="Multi-factor authentication"
            description="Optional or required needs SMS or an authenticator app enabled after creation."
          >
            <RadioGroup
              value={d.mfa}
              onChange={(e) => set({ mfa: e.detail.value as CreateDraft['mfa'] })}
              items={[
                { value: 'OFF', label: 'Off' },
                { value: 'OPTIONAL', label: 'Optional' },
                { value: 'ON', label: 'Required' },
              ]}
            />
          </FormField>
          <FormField label="Verify automatically">
            {(['email', 'phone_number'] as const).map((a) => (
              <Checkbox
                key={a}
                checked={d.autoVerify.includes(a)}
                onChange={(e) => set({ autoVerify: toggleIn(d.autoVerify, a, e.detail.checked) })}
              >
                {a}
              </Checkbox>
            ))}
          </FormField>
          <Toggle
            checked={d.deletionProtection}
            onChange={(e) => set({ deletionProtection: e.detail.checked })}
            description="The pool cannot be deleted until this is turned off."
          >
            Deletion protection
          </Toggle>
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}

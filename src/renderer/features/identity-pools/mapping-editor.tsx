import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { MappingRule } from '../../../shared/model/identity-pool-roles';
import { MATCH_TYPES, MAX_RULES } from '../../../shared/model/identity-pool-roles';
import type { MappingDraft } from './roles-draft';

interface Props {
  mapping: MappingDraft;
  /** '' for the mapping itself, `rule.<j>.<field>` for a rule's field. */
  problem: (key: string) => string | undefined;
  onChange: (next: MappingDraft | undefined) => void;
}

const TYPE_OPTIONS = [
  { value: 'Token', label: 'Use the role in the token (cognito:preferred_role / cognito:roles)' },
  { value: 'Rules', label: 'Choose the role with rules' },
];
const AMBIGUOUS_OPTIONS = [
  { value: 'AuthenticatedRole', label: 'Use the authenticated role' },
  { value: 'Deny', label: 'Deny the request' },
];

/** One provider's role mapping: Token, or up to 25 claim rules checked in order. */
export function MappingEditor({ mapping, problem, onChange }: Props) {
  const set = (patch: Partial<MappingDraft>) => onChange({ ...mapping, ...patch });
  const setRule = (j: number, rule: MappingRule | undefined) =>
    set({
      rules: rule ? mapping.rules.map((r, n) => (n === j ? rule : r)) : mapping.rules.filter((_, n) => n !== j),
    });
  return (
    <Container
      header={
        <Header
          variant="h3"
          actions={
            <Button variant="inline-link" onClick={() => onChange(undefined)}>
              Remove mapping
            </Button>
          }
        >
          Role mapping: {mapping.provider}
        </Header>
      }
    >
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <FormField label="Type" errorText={problem('')}>
            <Select
              ariaLabel={`Mapping type for ${mapping.provider}`}
              selectedOption={TYPE_OPTIONS.find((o) => o.value === mapping.Type) ?? null}
              options={TYPE_OPTIONS}
              onChange={(e) => set({ Type: e.detail.selectedOption.value === 'Rules' ? 'Rules' : 'Token' })}
            />
          </FormField>
          <FormField label="When no rule matches or the token is ambiguous">
            <Select
              ariaLabel={`Ambiguous role resolution for ${mapping.provider}`}
              selectedOption={AMBIGUOUS_OPTIONS.find((o) => o.value === mapping.AmbiguousRoleResolution) ?? null}
              options={AMBIGUOUS_OPTIONS}
              onChange={(e) =>
                set({
                  AmbiguousRoleResolution: e.detail.selectedOption.value === 'Deny' ? 'Deny' : 'AuthenticatedRole',
                })
              }
            />
          </FormField>
        </ColumnLayout>
        {mapping.Type === 'Rules'
          ? mapping.rules.map((r, j) => (
              <ColumnLayout key={j} columns={4}>
                <FormField label={`Rule ${j + 1}: claim`} errorText={problem(`rule.${j}.Claim`)}>
                  <Input value={r.Claim} onChange={(e) => setRule(j, { ...r, Claim: e.detail.value })} />
                </FormField>
                <FormField label="Match type">
                  <Select
                    selectedOption={{ value: r.MatchType, label: r.MatchType }}
                    options={MATCH_TYPES.map((m) => ({ value: m, label: m }))}
                    onChange={(e) =>
                      setRule(j, {
                        ...r,
                        MatchType: (e.detail.selectedOption.value ?? 'Equals') as MappingRule['MatchType'],
                      })
                    }
                  />
                </FormField>
                <FormField label="Value" errorText={problem(`rule.${j}.Value`)}>
                  <Input value={r.Value} onChange={(e) => setRule(j, { ...r, Value: e.detail.value })} />
                </FormField>
                <FormField
                  label="Role ARN"
                  errorText={problem(`rule.${j}.RoleARN`)}
                  secondaryControl={
                    <Button
                      variant="icon"
                      iconName="remove"
                      ariaLabel={`Remove rule ${j + 1}`}
                      onClick={() => setRule(j, undefined)}
                    />
                  }
                >
                  <Input value={r.RoleARN} onChange={(e) => setRule(j, { ...r, RoleARN: e.detail.value })} />
                </FormField>
              </ColumnLayout>
            ))
          : null}
        {mapping.Type === 'Rules' ? (
          <Button
            disabled={mapping.rules.length >= MAX_RULES}
            onClick={() =>
              set({ rules: [...mapping.rules, { Claim: '', MatchType: 'Equals', Value: '', RoleARN: '' }] })
            }
          >
            Add rule ({mapping.rules.length}/{MAX_RULES})
          </Button>
        ) : null}
      </SpaceBetween>
    </Container>
  );
}

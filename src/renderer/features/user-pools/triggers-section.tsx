import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useContext } from 'react';
import { TRIGGERS } from '../../../shared/model/pool-config';
import { getAt } from './draft-path';
import { SectionContext } from './section-fields';
import { SectionEditor } from './section-editor';
import type { SectionProps } from './section-props';

const PATHS = TRIGGERS.map(([slot]) => `LambdaConfig.${slot}`);

/** A trigger's function ARN; emptying the box removes the trigger (null in the edit, so the merge drops it). */
function ArnField({ slot, label, when }: { slot: string; label: string; when: string }) {
  const form = useContext(SectionContext);
  if (!form) return null;
  const path = `LambdaConfig.${slot}`;
  const value = getAt(form.draft, path);
  return (
    <FormField label={label} description={when} errorText={form.errors[path]} stretch>
      <Input
        value={typeof value === 'string' ? value : ''}
        placeholder="arn:aws:lambda:<region>:<account id>:function:<name>"
        readOnly={form.readOnly}
        ariaLabel={`${label} function ARN`}
        invalid={Boolean(form.errors[path])}
        onChange={(e) => form.set(path, e.detail.value === '' ? null : e.detail.value)}
      />
    </FormField>
  );
}

/** The Lambda triggers of LambdaConfig that take a function ARN. */
export function TriggersSection(props: SectionProps) {
  return (
    <SectionEditor {...props} id="triggers" label="triggers" paths={PATHS}>
      <Container
        header={
          <Header
            variant="h2"
            description="Cognito calls these functions at each step. The function's resource policy must allow cognito-idp.amazonaws.com to invoke it. Custom SMS and email senders (which need a KMS key) are not edited here yet."
          >
            Lambda triggers
          </Header>
        }
      >
        <SpaceBetween size="m">
          {TRIGGERS.map(([slot, label, when]) => (
            <ArnField key={slot} slot={slot} label={label} when={when} />
          ))}
        </SpaceBetween>
      </Container>
    </SectionEditor>
  );
}

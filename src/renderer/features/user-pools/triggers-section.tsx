import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useContext } from 'react';
import { TRIGGERS } from '../../../shared/model/pool-config';
import { CustomSenders, PreTokenVersionField, SENDER_PATHS } from './custom-senders';
import type { Draft } from './draft-path';
import { getAt } from './draft-path';
import { SectionContext } from './section-fields';
import { SectionEditor } from './section-editor';
import type { SectionProps } from './section-props';

const PATHS = [...TRIGGERS.map(([slot]) => `LambdaConfig.${slot}`), ...SENDER_PATHS];

/** A versioned pre token generation config names the same function: it follows the slot's ARN in one change. */
function withPreTokenArn(lambda: Draft, arn: string | null): Draft {
  const config = lambda.PreTokenGenerationConfig;
  const versioned = typeof config === 'object' && config !== null;
  return {
    ...lambda,
    PreTokenGeneration: arn,
    ...(versioned ? { PreTokenGenerationConfig: arn === null ? null : { ...config, LambdaArn: arn } } : {}),
  };
}

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
        onChange={(e) => {
          const arn = e.detail.value === '' ? null : e.detail.value;
          if (slot !== 'PreTokenGeneration') return form.set(path, arn);
          const lambda = getAt(form.draft, 'LambdaConfig');
          form.set('LambdaConfig', withPreTokenArn(typeof lambda === 'object' && lambda ? (lambda as Draft) : {}, arn));
        }}
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
            description="Cognito calls these functions at each step. The function's resource policy must allow cognito-idp.amazonaws.com to invoke it."
          >
            Lambda triggers
          </Header>
        }
      >
        <SpaceBetween size="m">
          {TRIGGERS.map(([slot, label, when]) => (
            <ArnField key={slot} slot={slot} label={label} when={when} />
          ))}
          <PreTokenVersionField />
        </SpaceBetween>
      </Container>
      <CustomSenders />
    </SectionEditor>
  );
}

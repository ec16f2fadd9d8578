import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import type { EventOf } from '../../../shared/ipc/channels';
import { call, onEvent } from '../../api';

type Prompt = EventOf<'credentials:mfa-prompt'>;

/** Asks for the MFA code an assume-role profile needs; the code goes to main only, once. */
export function MfaPrompt() {
  const [prompt, setPrompt] = useState<Prompt | undefined>();
  const [code, setCode] = useState('');
  useEffect(
    () =>
      onEvent('credentials:mfa-prompt', (p) => {
        setCode('');
        setPrompt(p);
      }),
    [],
  );
  if (!prompt) return null;
  const valid = /^\d{6}$/.test(code);
  const answer = (value: string | null): void => {
    void call('credentials:mfa-answer', { promptId: prompt.promptId, code: value }).catch(() => undefined);
    setPrompt(undefined);
  };
  return (
    <Modal
      visible
      onDismiss={() => answer(null)}
      header={`MFA code for ${prompt.profile}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => answer(null)}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!valid} onClick={() => answer(code)}>
              Continue
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) answer(code);
        }}
      >
        <FormField
          label="Code"
          description={`From the device ${prompt.mfaSerial}`}
          errorText={code && !valid ? 'Six digits' : undefined}
        >
          <Input
            value={code}
            onChange={(e) => setCode(e.detail.value.trim())}
            inputMode="numeric"
            autoFocus
            ariaLabel="MFA code"
          />
        </FormField>
      </form>
    </Modal>
  );
}

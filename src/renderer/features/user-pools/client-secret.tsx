import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';

/**
 * The client secret, fetched only when the user asks and held only in this component's state: it is not in any
 * store, response other than reveal-client-secret, or log. Remounts (another client) forget it.
 */
export function ClientSecret({
  poolRef,
  clientId,
  hasSecret,
}: {
  poolRef: PoolRef;
  clientId: string;
  hasSecret: boolean;
}) {
  const [secret, setSecret] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  if (!hasSecret) {
    return (
      <FormField label="Client secret">
        <Box color="text-body-secondary">This app client has no secret (public client).</Box>
      </FormField>
    );
  }
  const reveal = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setSecret((await call('userPools:reveal-client-secret', { ...poolRef, clientId })).secret ?? undefined);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormField label="Client secret" description="Shown only when you ask; anyone with it can act as this app.">
      <SpaceBetween size="xs">
        {secret ? (
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box variant="code" data-testid="client-secret">
              {secret}
            </Box>
            <CopyToClipboard
              variant="icon"
              textToCopy={secret}
              copySuccessText="Secret copied"
              copyErrorText="Copy failed"
            />
            <Button variant="link" onClick={() => setSecret(undefined)}>
              Hide
            </Button>
          </SpaceBetween>
        ) : (
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box variant="code">••••••••••••••••</Box>
            <Button loading={busy} onClick={() => void reveal()}>
              Reveal secret
            </Button>
          </SpaceBetween>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </SpaceBetween>
    </FormField>
  );
}

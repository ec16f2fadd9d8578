import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import { useEffect, useState } from 'react';
import { SANDBOX_PROFILE } from '../../../shared/model/profiles';
import type { SandboxStatus } from '../../../shared/model/sandbox';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';

/** Shows why the selected profile is not connected (with the fix), or the Local sandbox's start-up progress. */
export function ConnectionBanner() {
  const { profile, connectionState, connectionError, sandboxProgress, reconnect } = useSession();
  const toastError = useUi((s) => s.toastError);
  const [sandbox, setSandbox] = useState<SandboxStatus | undefined>();
  const [installing, setInstalling] = useState(false);
  const isSandbox = profile === SANDBOX_PROFILE;

  const failedSandbox = isSandbox && connectionState === 'error';
  useEffect(() => {
    if (failedSandbox) void call('sandbox:status', {}).then(setSandbox, () => undefined);
  }, [failedSandbox]);

  const install = async (): Promise<void> => {
    setInstalling(true);
    try {
      setSandbox(await call('sandbox:install-moto', {}));
      await reconnect();
    } catch (error) {
      toastError(toApiError(error));
      setSandbox(await call('sandbox:status', {}).catch(() => undefined));
    } finally {
      setInstalling(false);
    }
  };

  if (connectionState === 'connecting' && isSandbox) {
    return (
      <ProgressBar
        label="Starting the Local sandbox"
        description="A local AWS emulator (moto) with demo pools, users, groups and SES identities"
        value={sandboxProgress?.percent ?? 0}
        additionalInfo={sandboxProgress?.message ?? 'Starting'}
      />
    );
  }
  if (connectionState !== 'error' || !connectionError) return null;
  if ((failedSandbox && sandbox?.state === 'missing-moto') || installing) {
    return (
      <Alert
        type="warning"
        header="The Local sandbox needs the moto emulator"
        action={
          <Button onClick={() => void install()} loading={installing}>
            Install moto
          </Button>
        }
      >
        {installing ? (sandboxProgress?.message ?? 'Installing…') : `${sandbox?.message ?? ''} ${sandbox?.fix ?? ''}`}
      </Alert>
    );
  }
  return <ErrorAlert error={connectionError} onRetry={() => void reconnect()} />;
}

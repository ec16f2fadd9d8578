import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import type { ApiError } from '../api';
import { errorTitle } from '../api';

interface Props {
  error: ApiError;
  onRetry?: () => void;
}

/** An error shown in the area that failed: code, plain cause, the fix when known, and Retry. */
export function ErrorAlert({ error, onRetry }: Props) {
  const unsupported = error.code === 'UNSUPPORTED';
  return (
    <Alert
      type={unsupported ? 'info' : 'error'}
      header={`${errorTitle(error.code)} (${error.code}${error.details?.awsCode ? `: ${error.details.awsCode}` : ''})`}
      action={onRetry ? <Button onClick={onRetry}>Retry</Button> : undefined}
      data-testid="error-alert"
    >
      <div>{error.message}</div>
      {error.details?.hint ? <div data-testid="error-hint">{error.details.hint}</div> : null}
    </Alert>
  );
}

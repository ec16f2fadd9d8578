import { useCallback, useState } from 'react';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { useUi } from '../../stores/ui';

/**
 * Runs one write: busy while it runs, a success toast after, the error kept for an in-place alert (a read-only
 * profile's FORBIDDEN shows up here, refused by main before any AWS call).
 */
export function useWrite(): {
  busy: string | undefined;
  error: ApiError | undefined;
  clearError: () => void;
  run: (label: string, work: () => Promise<unknown>, success?: string) => Promise<boolean>;
} {
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const toast = useUi((s) => s.toast);
  const run = useCallback(
    async (label: string, work: () => Promise<unknown>, success?: string): Promise<boolean> => {
      setBusy(label);
      setError(undefined);
      try {
        await work();
        if (success) toast({ type: 'success', header: success });
        return true;
      } catch (e) {
        setError(toApiError(e));
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [toast],
  );
  return { busy, error, clearError: () => setError(undefined), run };
}

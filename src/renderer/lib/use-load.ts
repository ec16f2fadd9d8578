import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api';
import { toApiError } from '../api';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Result<T> {
  key: string;
  generation: number;
  data?: T;
  error?: ApiError;
}

/**
 * Loads once per key (e.g. profile + region) and on reload; an answer for an older key is never shown, so a
 * profile switch never shows the previous profile's data. While reloading, the last data for the same key stays.
 */
export function useLoad<T>(key: string | undefined, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Result<T> | undefined>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!key) return;
    let current = true;
    load().then(
      (data) => current && setResult({ key, generation, data }),
      (error: unknown) => current && setResult({ key, generation, error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; the key and the reload counter say when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const mine = result?.key === key ? result : undefined;
  return {
    data: mine?.data,
    error: mine?.generation === generation ? mine.error : undefined,
    loading: Boolean(key) && mine?.generation !== generation,
    reload,
  };
}

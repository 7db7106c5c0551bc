import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; status: string; retry: () => void } | { state: 'ready'; data: T };

/** Loads `load()` whenever `key` changes; a later answer never overwrites a newer request's. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'failed', status: error instanceof ApiError ? String(error.status) : String(error), retry }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return result;
}

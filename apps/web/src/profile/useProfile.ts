import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'notFound' }
  | { status: 'failed'; error: unknown };

/** Loads something once (and again on `reload`), telling "not found" apart from a failure. */
export function useLoaded<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const reload = useCallback(() => {
    load()
      .then((value) => setState({ status: 'loaded', value }))
      .catch((error: unknown) =>
        setState(
          error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED')
            ? { status: 'notFound' }
            : { status: 'failed', error },
        ),
      );
  }, [load]);
  useEffect(reload, [reload]);
  const set = useCallback((value: T) => setState({ status: 'loaded', value }), []);
  return { state, reload, set };
}

// Loads something from the API for a page, again whenever `key` changes, and says when it failed.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../api';

export interface Resource<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  // Reloads when `key` or the reload tick changes; `load` is a new closure on every render.
  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    setError(undefined);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (call !== latest.current) return;
        setError(errorText(err));
        setLoading(false);
      },
    );
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

// A button's or form's call to the API: busy while it runs, then an error or a confirmation in words.
import { useState } from 'preact/hooks';
import { errorText } from '../api';

export interface Action {
  busy: boolean;
  error: string | undefined;
  ok: string | undefined;
  /** Runs `call`; on success shows `okText` (or what it returns from the result). */
  run: <T>(call: () => Promise<T>, okText?: string | ((result: T) => string)) => Promise<T | undefined>;
  clear: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [ok, setOk] = useState<string>();
  const run: Action['run'] = async (call, okText) => {
    setBusy(true);
    setError(undefined);
    setOk(undefined);
    try {
      const result = await call();
      if (okText) setOk(typeof okText === 'function' ? okText(result) : okText);
      return result;
    } catch (err) {
      setError(errorText(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    error,
    ok,
    run,
    clear: () => {
      setError(undefined);
      setOk(undefined);
    },
  };
}

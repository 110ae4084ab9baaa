// A form's state that is saved as a draft while the worker types (debounced), and given back
// after a reload, a crash, a service-worker update or a lock. Pending saves are written at once
// when the form closes or the page is hidden.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, loadDraft, saveDraft } from '../../agent/drafts';
import { getDb } from '../../db/database';

export const DRAFT_DEBOUNCE_MS = 300;

/** Every open form's "write now", so a lock can save them all before the forms close. */
const flushers = new Set<() => Promise<void>>();
export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...flushers].map((f) => f()));
}

/** Adds the "write now" of a form with its own draft hook (the contact form's); returns its removal. */
export function registerDraftFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

export interface Draft<T> {
  value: T | undefined;
  /** True when the value came back from a stored draft. */
  restored: boolean;
  set(next: T): void;
  flush(): Promise<void>;
  /** Forgets the draft (after save or cancel). */
  discard(): Promise<void>;
}

export function useDraft<T>(key: string, initial: () => Promise<T> | T): Draft<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = undefined;
    if (p) await saveDraft(getDb(), key, p.value, new Date());
  }, [key]);

  useEffect(() => {
    let alive = true;
    setValue(undefined);
    (async () => {
      const stored = await loadDraft<T>(getDb(), key).catch(() => undefined);
      const v = stored ?? (await initial());
      if (!alive) return;
      setRestored(stored !== undefined);
      setValue(v);
    })();
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    flushers.add(flush);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flushers.delete(flush);
      void flush();
    };
  }, [key, flush]);

  const set = useCallback(
    (next: T) => {
      setValue(next);
      pending.current = { value: next };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DEBOUNCE_MS);
    },
    [flush],
  );

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    await deleteDraft(getDb(), key);
  }, [key]);

  return { value, restored, set, flush, discard };
}

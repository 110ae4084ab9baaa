// A form's state that is saved as a draft while the worker types (debounced), and given back
// after a reload, a crash, a service-worker update or a lock. Pending saves are written at once
// when the form closes or the page is hidden. A form may ask that some stored drafts be offered
// rather than given back (`offerWhen`): the form then shows the offer, and the worker resumes it
// or starts anew; nothing is merged without them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, saveDraft } from '../../agent/drafts';
import { getDb } from '../../db/database';
import { clock } from '../../platform/clock';

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
  /** A stored draft waiting for the worker's choice (see `offerWhen`); the form is not shown meanwhile. */
  offered: T | undefined;
  /** Takes the offered draft back as the form. */
  resume(): void;
  /** Forgets the offered draft and starts the form anew. */
  startNew(): Promise<void>;
}

export function useDraft<T>(
  key: string,
  initial: () => Promise<T> | T,
  offerWhen?: (stored: T, updatedAt: string) => Promise<boolean> | boolean,
): Draft<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  const [offered, setOffered] = useState<T | undefined>(undefined);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = undefined;
    if (p) await saveDraft(getDb(), key, p.value, clock.now());
  }, [key]);

  useEffect(() => {
    let alive = true;
    setValue(undefined);
    setOffered(undefined);
    (async () => {
      const row = await getDb()
        .drafts.get(key)
        .catch(() => undefined);
      const stored = row?.value as T | undefined;
      if (stored !== undefined && offerWhen && (await offerWhen(stored, row!.updatedAt))) {
        if (alive) setOffered(stored);
        return;
      }
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

  const resume = useCallback(() => {
    if (offered === undefined) return;
    setOffered(undefined);
    setRestored(true);
    setValue(offered);
  }, [offered]);

  const startNew = useCallback(async () => {
    setOffered(undefined);
    await deleteDraft(getDb(), key);
    setRestored(false);
    setValue(await initial());
  }, [key]);

  return { value, restored, set, flush, discard, offered, resume, startNew };
}

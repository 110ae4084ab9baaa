// The contact form's draft. What the worker types stays in memory; each autosave (debounced, like
// every form's) seals the personal fields to the centre key before writing (agent/drafts.ts), so
// the tablet's disk never holds a name, a phone or an e-mail in clear. A stored draft comes back
// either as a form with nothing personal in it, or sealed: the screen then offers "save as it is"
// or "delete". Saves are chained so an older seal never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ContactForm } from '../../../agent/contact-form';
import {
  deleteDraft,
  loadContactDraft,
  type RestoredContactDraft,
  saveContactDraft,
} from '../../../agent/drafts';
import type { PublicJwk } from '../../../crypto/seal';
import { getDb } from '../../../db/database';
import { clock } from '../../../platform/clock';
import { DRAFT_DEBOUNCE_MS, registerDraftFlusher } from '../useDraft';

export interface ContactDraft {
  /** undefined while loading. */
  state: RestoredContactDraft | undefined;
  set(next: ContactForm): void;
  /** Forgets the draft (after save or delete); `then` is what the screen shows next. */
  discard(then?: ContactForm): Promise<void>;
}

export function useContactDraft(key: string, centreKey: PublicJwk, initial: () => ContactForm): ContactDraft {
  const [state, setState] = useState<RestoredContactDraft | undefined>(undefined);
  const pending = useRef<ContactForm | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writes = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const form = pending.current;
    pending.current = undefined;
    if (form)
      writes.current = writes.current
        .then(() => saveContactDraft(getDb(), key, form, centreKey, clock.now()))
        .catch(() => undefined);
    return writes.current;
  }, [key, centreKey]);

  useEffect(() => {
    let alive = true;
    setState(undefined);
    loadContactDraft(getDb(), key, centreKey, clock.now())
      .catch(() => undefined)
      .then((stored) => {
        if (alive) setState(stored ?? { kind: 'form', form: initial() });
      });
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = registerDraftFlusher(flush);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      void flush();
    };
  }, [key, flush]);

  const set = useCallback(
    (next: ContactForm) => {
      setState({ kind: 'form', form: next });
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DEBOUNCE_MS);
    },
    [flush],
  );

  const discard = useCallback(
    async (then?: ContactForm) => {
      clearTimeout(timer.current);
      pending.current = undefined;
      await writes.current;
      await deleteDraft(getDb(), key);
      if (then) setState({ kind: 'form', form: then });
    },
    [key],
  );

  return { state, set, discard };
}

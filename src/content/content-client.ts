// The page's content: the bundle on screen (`activeContent`), loaded and checked by the content
// worker (content.worker.ts) so the main thread only parses the JSON it hands back. A new bundle is
// shown only when the kiosk screens call adoptLatestContent() at a safe moment (kiosk home, reset):
// the switch is one signal assignment, so a resident never sees half of a bundle.
import { signal } from '@preact/signals';
import { proxy, type Remote, wrap } from 'comlink';
import type { NextVisits } from '../kiosk/next-visits';
import type { ContentBundle } from '../shared/content';
import { fromPieces } from './bundle-pieces';
import type { ContentWorkerApi } from './content.worker';

let worker: Remote<ContentWorkerApi> | undefined;
let loading: Promise<ContentBundle> | undefined;

function remote(): Remote<ContentWorkerApi> {
  worker ??= wrap<ContentWorkerApi>(
    new Worker(new URL('./content.worker.ts', import.meta.url), { type: 'module', name: 'content' }),
  );
  return worker;
}

/**
 * Resolves in a later browser task: the bundle is parsed a piece per task, and the screens redraw
 * with it in a task of their own (all in one was a long task on a slow tablet's cold start).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function parse(pieces: Uint8Array[]): Promise<ContentBundle> {
  return fromPieces(pieces, nextTask);
}

const active = signal<ContentBundle | null>(null);

/** The bundle on screen (null before loadContent()). Screens read it; only adoptLatestContent() changes it. */
export const activeContent = active;

/** Loads the content to show; rejects (in words) when the tablet has no guides yet. */
export function loadContent(): Promise<ContentBundle> {
  if (active.value) return Promise.resolve(active.value);
  loading ??= remote()
    .load()
    .then(async (pieces) => {
      const bundle = await parse(pieces);
      active.value ??= bundle;
      return active.value;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}

/** Switches the screens to the newest stored bundle, whole; false when there is nothing newer. */
export async function adoptLatestContent(): Promise<boolean> {
  const shown = active.value;
  if (!shown) return false;
  const pieces = await remote().newer(shown.version);
  if (!pieces || active.value !== shown) return false;
  const bundle = await parse(pieces);
  if (active.value !== shown) return false;
  active.value = bundle;
  return true;
}

/** « La borne revient »: the next visits, now and at each change (read by the worker); returns a stop. */
export function watchNextVisits(onChange: (visits: NextVisits) => void): () => void {
  const id = remote().watchNextVisits(proxy(onChange));
  return () => void id.then((n) => remote().stopNextVisits(n));
}

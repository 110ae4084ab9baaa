// Helpers of the team (outreach worker) specs: a tablet's team space with the network off, unlock,
// outings, the encounter form, and a raw read of every IndexedDB database of the page.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { enrolTablet } from './enrol';
import { openControlled } from './pwa';
import { demoCredentials } from './server';

export function demoAgent(index = 0) {
  const agent = demoCredentials().agents[index];
  if (!agent) throw new Error('demo agent missing');
  return agent;
}

export async function unlockAs(page: Page, agent: { displayName: string; pin: string }): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
  await tapTile(page, 'Touchez votre prénom.', agent.displayName);
  await page.getByLabel('Votre code (4 à 6 chiffres)').fill(agent.pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
}

/**
 * A tablet on the street: enrolled (its first pull brings the centre and its agents), its team
 * space opened under the service worker, then the network cut and the page reloaded, so the app
 * runs from its cache; then unlocked by `agent` (the first demo agent). `beforeUnlock` looks at the
 * lock screen first.
 */
export async function teamSpaceOffline(
  page: Page,
  context: BrowserContext,
  options: { agent?: { displayName: string; pin: string }; beforeUnlock?: () => Promise<void> } = {},
): Promise<void> {
  await enrolTablet(page);
  await openControlled(page, '/equipe');
  await context.setOffline(true);
  await page.reload();
  await options.beforeUnlock?.();
  await unlockAs(page, options.agent ?? demoAgent());
}

/** « Commencer une sortie » from « Aujourd’hui »: the outing form, open. */
export async function openOutingForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Commencer une sortie' }).click();
  await expect(page.getByRole('heading', { name: 'Commencer une sortie', level: 1 })).toBeVisible();
}

/** Taps a tile (a label over a radio/checkbox) of the group named `legend`. */
export async function tapTile(page: Page, legend: string | RegExp, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByText(label, { exact: true }).click();
}

/** Reads every object store of every IndexedDB database of the page, as one JSON text. */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const tx = db.transaction(name, 'readonly');
          const values = tx.objectStore(name).getAll();
          const keys = tx.objectStore(name).getAllKeys();
          tx.oncomplete = () => resolve([keys.result, values.result]);
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
      out[info.name] = stores;
    }
    return JSON.stringify(out);
  });
}

/** Rows of one store of the tablet's database. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('borne-mobile');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction(name, 'readonly').objectStore(name).getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as T[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}

export const LEGEND = {
  type: 'Type de rencontre',
  themes: 'Thème (un ou plusieurs)',
  actions: 'Ce qui a été fait',
  autonomy: 'Autonomie après l’aide',
  duration: 'Durée',
} as const;

/** The common case: Nouvelle rencontre → theme → autonomy → duration → Enregistrer (5 taps). */
export async function recordCommonEncounter(
  page: Page,
  theme: string,
  autonomy = 'En partie autonome',
  duration = '15 min',
): Promise<void> {
  await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
  await tapTile(page, LEGEND.themes, theme);
  await tapTile(page, LEGEND.autonomy, autonomy);
  await tapTile(page, LEGEND.duration, duration);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
}

/** Waits until a draft holding `text` is stored (the form saves while typing, debounced). */
export async function waitForDraftContaining(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => JSON.stringify(await readStore(page, 'drafts')), { timeout: 5_000 })
    .toContain(text);
}

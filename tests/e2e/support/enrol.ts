// Enrols the tablet of `page` the way a person does: a one-time code from the server's command
// line, typed on the setup screen with a tablet name. Resolves once the first pull has brought the
// centre's agents (so team tests can unlock with the demo PINs).
import { expect, type Page } from '@playwright/test';
import { cli } from './server';

export interface EnrolledTablet {
  code: string;
  deviceName: string;
  deviceId: string;
}

/** The enrolment the setup screen saved (idb-keyval's default store), or null. */
export function readEnrolment(page: Page): Promise<{ deviceId: string; centre: { id: string } } | null> {
  return page.evaluate(
    () =>
      new Promise<{ deviceId: string; centre: { id: string } } | null>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => resolve(null);
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('keyval', 'readonly').objectStore('keyval').get('device:enrolment');
          req.onsuccess = () => {
            db.close();
            resolve((req.result as { deviceId: string; centre: { id: string } } | undefined) ?? null);
          };
          req.onerror = () => {
            db.close();
            resolve(null);
          };
        };
      }),
  );
}

/** Counts rows of a table of the tablet's database, straight from IndexedDB. */
export function countLocalRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('borne-mobile');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction(name, 'readonly').objectStore(name).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => {
            db.close();
            resolve(0);
          };
        };
      }),
    table,
  );
}

export async function enrolTablet(page: Page, deviceName = 'Tablette de test'): Promise<EnrolledTablet> {
  const { code } = cli<{ code: string }>('enrol-code');
  await page.goto('/installation');
  await page.getByLabel('Code d’installation').fill(code.toLowerCase().replace('-', ' '));
  await page.getByLabel('Nom de la tablette').fill(deviceName);
  await page.getByRole('button', { name: 'Installer la tablette' }).click();
  await page.waitForURL('**/equipe', { timeout: 30_000 });
  await expect.poll(() => countLocalRows(page, 'agents'), { timeout: 15_000 }).toBeGreaterThan(0);
  const enrolment = await readEnrolment(page);
  if (!enrolment) throw new Error('the setup screen saved no enrolment');
  return { code, deviceName, deviceId: enrolment.deviceId };
}

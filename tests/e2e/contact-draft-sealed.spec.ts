// A typed contact never reaches the tablet's disk in clear (DESIGN.md "Non-negotiables"): a real
// Chromium on an on-disk profile, an agent typing like a person (a pause longer than the autosave
// delay after each key), a reload in the middle of the contact form, then every file of the
// profile read for the name and the phone, in UTF-8 and UTF-16LE — while typing, after the reload,
// after saving, after sync, with the browser closed and after a restart. A note typed the same way
// into the encounter form (stored in clear, as it should be) must be found by the same scan: it
// proves the scan reads what the app writes. The server then opens what was typed: nothing is lost.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { signInApi } from './support/dashboard-data';
import { baseURL, demoCredentials } from './support/server';
import { LEGEND, readStore, tapTile, teamSpaceOffline, waitForDraftContaining } from './support/team';

const FIRST_NAME = 'Quentin';
const LAST_NAME = 'Zabrowski';
const PHONE = '06 47 38 29 15';
/** Every form of the name and phone that could be written: as typed, normalised, in part. */
const SECRETS = [FIRST_NAME, LAST_NAME, 'ZABROWSKI', PHONE, '0647382915', '647382915', '47 38 29 15'];
/** Typed the same way into the encounter's note, which is stored in clear. */
const CONTROL = 'courrier-xylophone-4821';
/** Longer than the forms' autosave delay (300 ms, src/views/agent/useDraft.ts). */
const PAUSE_MS = 450;

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    locale: 'fr-FR',
    viewport: { width: 1024, height: 768 },
    serviceWorkers: 'allow',
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return e.isFile() ? [path] : []; // sockets and the lock symlink hold no data
  });
}

/** Where each needle appears in the profile's raw bytes, in UTF-8 or UTF-16LE. */
function scanProfile(profile: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  const files = filesUnder(profile);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // removed by Chromium between the listing and the read
    }
    for (const needle of needles)
      for (const encoding of ['utf8', 'utf16le'] as const)
        if (bytes.includes(Buffer.from(needle, encoding)))
          found.push(`${needle} (${encoding}) in ${file.slice(profile.length)}`);
  }
  return found;
}

function expectProfileClean(profile: string, moment: string): void {
  expect(scanProfile(profile, SECRETS), `personal data on disk ${moment}`).toEqual([]);
  // The note is found where the app's IndexedDB lives: the scan reads what the app writes.
  expect(
    scanProfile(profile, [CONTROL]).some((hit) => hit.includes('/IndexedDB/')),
    `the scan finds the note in IndexedDB ${moment}`,
  ).toBe(true);
}

/** Types like a person: one key, then a pause longer than the autosave delay. */
async function typeSlowly(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).pressSequentially(text, { delay: PAUSE_MS });
}

test('a contact typed on the tablet is on its disk only sealed: while typing, after reload, sync and restart', async () => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'borne-profile-'));
  let context = await launch(profile);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await teamSpaceOffline(page, context);

    // An encounter with a note (in clear on purpose: the scan's control), then the contact form.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Démarches administratives');
    await tapTile(page, LEGEND.autonomy, 'Autonome');
    await tapTile(page, LEGEND.duration, '15 min');
    await page.getByTestId('section-note').locator('summary').click();
    await typeSlowly(page, 'Note courte (facultatif)', CONTROL);
    await waitForDraftContaining(page, CONTROL);
    await page.getByTestId('section-contact').locator('summary').click();
    await page.getByRole('button', { name: 'Ajouter les coordonnées' }).click();
    await expect(page.getByRole('heading', { name: 'Coordonnées, avec accord' })).toBeVisible();
    await tapTile(page, 'La personne est d’accord pour :', 'Être rappelé·e par le centre');
    await typeSlowly(page, 'Prénom', FIRST_NAME);
    await typeSlowly(page, 'Nom (facultatif)', LAST_NAME);
    await typeSlowly(page, 'Téléphone', PHONE);
    await tapTile(page, 'Comment la contacter ?', 'Appel');
    // Autosaved while typing (each pause is longer than the autosave delay): nothing in clear.
    const contactDraft = async () =>
      (await readStore<{ key: string; value: { complete?: boolean } }>(page, 'drafts')).find((d) =>
        d.key.startsWith('contact:'),
      );
    await expect.poll(async () => (await contactDraft()) !== undefined).toBe(true);
    expectProfileClean(profile, 'while typing');
    // The autosave after the last choice stored a sealed draft of a complete contact.
    await expect.poll(async () => (await contactDraft())?.value.complete).toBe(true);
    expectProfileClean(profile, 'once the contact is complete');

    // A reload: the form says a contact was being typed and is now sealed.
    await page.reload();
    const sealed = page.getByTestId('contact-draft-sealed');
    await expect(sealed.getByRole('heading', { name: 'Un contact était en cours de saisie' })).toBeVisible();
    await expect(sealed).toContainText('la tablette ne peut plus les relire');
    await expect(sealed).not.toContainText(FIRST_NAME);
    await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveCount(0);
    for (const scale of ['1', '2']) {
      await page.evaluate((s) => document.documentElement.style.setProperty('--text-scale', s), scale);
      await expectNoAxeViolations(page, `sealed contact draft, text scale ${scale}`);
    }
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1'));
    expectProfileClean(profile, 'after the reload');

    // Saved as it is: linked to the encounter, which is saved too.
    await sealed.getByRole('button', { name: 'Enregistrer ce contact tel quel' }).click();
    await expect(page.getByRole('heading', { name: 'Nouvelle rencontre' })).toBeVisible();
    await expect(page.getByText('Contact enregistré (chiffré)').first()).toBeVisible();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    expect(await readStore(page, 'drafts')).toEqual([]);
    const [contact] = await readStore<{ id: string }>(page, 'contacts');
    expect(contact).toBeDefined();
    expectProfileClean(profile, 'after saving, before sync');

    // Sync: the server gets the sealed contact and opens what was typed.
    await context.setOffline(false);
    await page.getByRole('link', { name: 'Synchronisation' }).click();
    await page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
    await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 30_000 }).toBe(0);
    expectProfileClean(profile, 'after sync');
    const { coordinator } = demoCredentials();
    const api = await signInApi(context.request, coordinator.login, coordinator.password);
    const opened = await api.get(`contacts/${contact!.id}`);
    expect(opened.status()).toBe(200);
    expect(((await opened.json()) as { personal: unknown }).personal).toMatchObject({
      firstName: FIRST_NAME,
      lastName: LAST_NAME,
      preferredChannel: 'telephone',
    });

    // The browser closed, then started again on the same profile, offline.
    await context.close();
    expectProfileClean(profile, 'with the browser closed');
    context = await launch(profile);
    await context.setOffline(true);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/equipe');
    // Within the lock time the team space is still open (the session survives a restart).
    await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
    await expect(page.getByTestId('today-item')).toHaveCount(1);
    expectProfileClean(profile, 'after a browser restart');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

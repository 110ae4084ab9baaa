// The team space's locks: wrong-PIN lockout that a reload does not reset, the automatic lock
// after the lock time, a session that survives a reload within it, the hand-over to kiosk mode,
// and a tablet not enrolled yet.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { enrolTablet } from './support/enrol';
import { demoAgent, tapTile, unlockAs } from './support/team';

function wrongPin(pin: string): string {
  return pin.slice(0, -1) + String((Number(pin.at(-1)) + 1) % 10);
}

async function tryPin(page: Page, pin: string) {
  await page.getByLabel('Votre code (4 à 6 chiffres)').fill(pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
}

/** Writes a device setting straight into idb-keyval's store (as the settings screen would). */
async function setDeviceSetting(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(v, `setting:${k}`);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

function readKeyval(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const get = open.result.transaction('keyval', 'readonly').objectStore('keyval').get(k);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    key,
  );
}

test.describe('team space locks', () => {
  test('five wrong PINs lock the tablet for a minute, said in words, and a reload does not reset it', async ({
    page,
  }) => {
    await enrolTablet(page);
    const agent = demoAgent();
    await tapTile(page, 'Touchez votre prénom.', agent.displayName);
    for (let left = 4; left >= 1; left--) {
      await tryPin(page, wrongPin(agent.pin));
      await expect(page.getByRole('alert')).toHaveText(
        left === 1
          ? 'Code incorrect. Encore 1 essai, ensuite la tablette se bloque un moment.'
          : `Code incorrect. Encore ${left} essais, ensuite la tablette se bloque un moment.`,
      );
    }
    await tryPin(page, wrongPin(agent.pin));
    const lockout = page.getByTestId('lockout');
    await expect(lockout).toHaveText(
      /^Trop de codes incorrects\. Attendez (1 minute|\d+ secondes) avant de réessayer\.$/,
    );
    await expect(page.getByRole('button', { name: 'Ouvrir' })).toBeDisabled();
    await expectNoAxeViolations(page, 'unlock screen, locked');

    await page.reload();
    await expect(page.getByTestId('lockout')).toHaveText(/Attendez (1 minute|\d+ secondes)/);
    await expect(page.getByRole('button', { name: 'Ouvrir' })).toBeDisabled();
    // Even the right PIN, really submitted (the form sent as the Enter key or a script would, past
    // the disabled button), opens nothing while locked: the check is in the unlock, not the button.
    await tapTile(page, 'Touchez votre prénom.', agent.displayName);
    const pinField = page.getByLabel('Votre code (4 à 6 chiffres)');
    await pinField.fill(agent.pin);
    await page
      .locator('form')
      .filter({ has: pinField })
      .evaluate((form) => (form as HTMLFormElement).requestSubmit());
    // The answer came back (the form empties the code it refused), and it was "still locked".
    await expect(pinField).toHaveValue('');
    await expect(page.getByTestId('lockout')).toHaveText(/Attendez (1 minute|\d+ secondes)/);
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
    expect(await readKeyval(page, 'agent:session')).toBeUndefined();
  });

  test('the session survives a reload, then locks itself after the lock time without a touch', async ({
    page,
  }) => {
    await enrolTablet(page);
    await setDeviceSetting(page, 'agentLockSeconds', 6);
    await page.reload();
    await unlockAs(page, demoAgent());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
    // No touch: the team space locks itself and says so.
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible({ timeout: 15_000 });
    await expect(
      page.getByText('La tablette s’est verrouillée toute seule. Votre saisie est gardée.'),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
  });

  test('"Mode borne" hands the tablet to a resident and locks the team space', async ({ page }) => {
    await enrolTablet(page);
    await unlockAs(page, demoAgent());
    await page.getByRole('button', { name: 'Mode borne' }).click();
    await expect(page).toHaveURL(/\/borne$/);
    expect(await readKeyval(page, 'agent:session')).toBeUndefined();
    // The team space cannot be reached by its address while the kiosk is on.
    await page.goto('/equipe');
    await expect(page).toHaveURL(/\/borne$/);
    // Leaving with the agent's own PIN opens their team space at once, no second PIN.
    await page.getByRole('button', { name: 'Accès équipe' }).click();
    await page.getByTestId('exit-dialog').getByLabel('Code PIN').fill(demoAgent().pin);
    await page.getByTestId('exit-dialog').getByRole('button', { name: 'Quitter le mode borne' }).click();
    await expect(page).toHaveURL(/\/equipe$/);
    await expect(page.getByRole('link', { name: 'Nouvelle rencontre' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toHaveCount(0);
  });

  test('on an enrolled tablet the staff settings open only with the team space unlocked', async ({
    page,
  }) => {
    await enrolTablet(page);
    await page.goto('/equipe/reglages');
    await expect(page.getByTestId('settings-locked')).toBeVisible();
    await expect(page.getByTestId('team-pin-state')).toHaveCount(0);
    await expectNoAxeViolations(page, 'settings, locked');
    await page.getByRole('link', { name: 'Ouvrir l’espace équipe' }).click();
    await unlockAs(page, demoAgent());
    await page.goto('/equipe/reglages');
    await expect(page.getByTestId('team-pin-state')).toBeVisible();
    await expect(page.getByTestId('settings-locked')).toHaveCount(0);
  });

  test('a tablet not enrolled says so and leads to the setup', async ({ page }) => {
    await page.goto('/equipe');
    await expect(page.getByRole('heading', { name: 'La tablette n’est pas encore installée' })).toBeVisible();
    await expectNoAxeViolations(page, 'team space, not enrolled');
    await page.getByRole('link', { name: 'Installer la tablette' }).click();
    await expect(page).toHaveURL(/\/installation$/);
  });
});

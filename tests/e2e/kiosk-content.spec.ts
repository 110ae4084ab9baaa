import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { type ContentBundle, hashedContentText } from '../../src/shared/content';
import { openKioskOffline } from './support/kiosk';

const current = compileContent('content');
const AMELI = 'ameli-compte-attestation';

/** The same content with new words in steps 2 and 3 of the ameli guide, as a newer valid bundle. */
function newerBundle(): ContentBundle {
  const next = structuredClone(current);
  next.version = current.version + 1;
  const guide = next.guides.find((g) => g.id === AMELI)!;
  guide.steps[1]!.text.fr = 'Nouveau texte de l’étape 2.';
  guide.steps[2]!.text.fr = 'Nouveau texte de l’étape 3.';
  next.hash = createHash('sha256').update(hashedContentText(next)).digest('hex');
  return next;
}

/** A bundle arrives on the tablet (as the sync worker stores it): a row of the real database. */
function storeBundle(page: Page, bundle: ContentBundle): Promise<void> {
  return page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('borne-mobile');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('contentBundles', 'readwrite');
          tx.objectStore('contentBundles').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { version: bundle.version, etag: bundle.hash, bundle, storedAt: new Date().toISOString() },
  );
}

test('new content is taken at the kiosk home, never in the middle of a guide', async ({ page, context }) => {
  await openKioskOffline(page, context);
  const steps = current.guides.find((g) => g.id === AMELI)!.steps;
  await page.goto(`/borne/guide/${AMELI}/etape/2`);
  await expect(page.getByTestId('step-text')).toHaveText(steps[1]!.text.fr);

  await storeBundle(page, newerBundle());
  // The resident goes on with the guide they started: same words, next step and back.
  await page.getByTestId('step-next').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Étape 3 sur ${steps.length}`);
  await expect(page.getByTestId('step-text')).toHaveText(steps[2]!.text.fr);
  await page.getByRole('link', { name: 'Précédent' }).click();
  await expect(page.getByTestId('step-text')).toHaveText(steps[1]!.text.fr);

  // Back at the kiosk home, the new bundle is taken whole.
  await page.getByTestId('kiosk-home-link').click();
  await expect(page.getByTestId('kiosk-tiles')).toBeVisible();
  await page.getByTestId('tile-sante').click();
  await page.getByTestId('theme-guides').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/borne/guide/${AMELI}$`));
  await page.getByTestId('guide-start').click();
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-text')).toHaveText('Nouveau texte de l’étape 2.');
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-text')).toHaveText('Nouveau texte de l’étape 3.');
});

// A sent encounter can still be corrected that day (rev + 1, pushed again), never its sealed
// contact; a full storage gives a clear message and keeps the form; the form is right-to-left in
// Arabic.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInApi } from './support/dashboard-data';
import { enrolTablet } from './support/enrol';
import { openControlled } from './support/pwa';
import { demoCredentials } from './support/server';
import { demoAgent, LEGEND, readStore, recordCommonEncounter, tapTile, unlockAs } from './support/team';

test.describe('team space and sync', () => {
  test('a sent encounter is corrected for the rest of its day: rev + 1, pushed again; its contact stays', async ({
    page,
    request,
  }) => {
    await enrolTablet(page);
    await unlockAs(page, demoAgent());
    await recordCommonEncounter(page, 'E-mail');
    // Online: the sync worker pushes the write on its own; the outbox empties.
    await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 20_000 }).toBe(0);
    await expect(page.getByTestId('today-item')).toContainText('Envoyée au centre');
    // « Modifier » stays after the sync.
    await page
      .getByRole('link', { name: /Modifier la rencontre de/ })
      .first()
      .click();
    await expect(page.getByTestId('correcting-sent')).toBeVisible();
    await expectNoAxeViolations(page, 'correcting an encounter already sent');
    // The sealed contact cannot be added or changed any more.
    await page.getByTestId('section-contact').locator('summary').click();
    await expect(page.getByTestId('section-contact')).toContainText('il ne peut plus être changé');
    await expect(page.getByRole('button', { name: /contact/i })).toHaveCount(0);
    await tapTile(page, LEGEND.themes, 'Santé');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre modifiée.');
    const [encounter] = await readStore<{ id: string; rev: number; themes: string[] }>(page, 'encounters');
    expect(encounter).toMatchObject({ rev: 2, themes: ['email', 'sante'] });
    // Pushed again; the server keeps the highest rev.
    await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 20_000 }).toBe(0);
    const { coordinator } = demoCredentials();
    const api = await signInApi(request, coordinator.login, coordinator.password);
    await expect
      .poll(async () => {
        const res = await api.get(`encounters/${encounter!.id}`);
        const body = (await res.json()) as { encounter?: { rev: number; themes: string[] } };
        return body.encounter && [body.encounter.rev, body.encounter.themes];
      })
      .toEqual([2, ['email', 'sante']]);
  });

  test('a full storage gives a clear message, keeps the form and writes nothing', async ({
    page,
    context,
  }) => {
    await enrolTablet(page);
    await openControlled(page, '/equipe');
    await context.setOffline(true);
    await unlockAs(page, demoAgent());
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Santé');
    await tapTile(page, LEGEND.autonomy, 'Autonome');
    // The device runs out of room for records (drafts still fit).
    await page.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
      proto.realPut = proto.put;
      proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'encounters')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return proto.realPut!.apply(this, args);
      };
    });
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'La tablette est pleine.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Santé' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Autonome', exact: true })).toBeChecked();
    expect(await readStore(page, 'encounters')).toHaveLength(0);
    expect(await readStore(page, 'outbox')).toHaveLength(0);
    await expectNoAxeViolations(page, 'encounter form, storage full');

    // Room again: the same form saves.
    await page.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
      proto.put = proto.realPut!;
    });
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    expect(await readStore(page, 'encounters')).toHaveLength(1);
  });

  test('every tappable thing of the encounter form is at least 48 px, also with text at 200 %', async ({
    page,
  }) => {
    await enrolTablet(page);
    await unlockAs(page, demoAgent());
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.actions, 'Orientation');
    for (const section of ['profile', 'atHome', 'needs', 'demarche', 'equipment', 'note', 'contact'])
      await page.getByTestId(`section-${section}`).locator('summary').click();
    for (const scale of ['1', '2']) {
      await page.evaluate((s) => document.documentElement.style.setProperty('--text-scale', s), scale);
      const small = await page
        .locator(
          'main button, main a, main .team-tile, main summary, main .team-pick, main input:not([type=radio]):not([type=checkbox]), main select, main textarea',
        )
        .evaluateAll((els) =>
          els
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && Math.min(box.width, box.height) < 48)
            .map(({ el }) => el.outerHTML.slice(0, 80)),
        );
      expect(small, `targets under 48 px at text scale ${scale}`).toEqual([]);
      // Nothing spills sideways when the text is twice as big.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await expectNoAxeViolations(page, 'encounter form, text at 200 %');
  });

  test('the team screens read right to left in Arabic without accessibility violations', async ({ page }) => {
    await enrolTablet(page);
    await unlockAs(page, demoAgent());
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'اليوم', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'today in Arabic');
    await page.getByRole('link', { name: 'لقاء جديد' }).click();
    await expect(page.getByRole('heading', { name: 'لقاء جديد' })).toBeVisible();
    await expectNoAxeViolations(page, 'encounter form in Arabic');
    await page.getByTestId('section-contact').locator('summary').click();
    await page.getByRole('button', { name: 'إضافة معلومات الاتصال' }).click();
    await expect(page.getByRole('heading', { name: 'معلومات الاتصال، بموافقة' })).toBeVisible();
    await expectNoAxeViolations(page, 'contact form in Arabic');
  });
});

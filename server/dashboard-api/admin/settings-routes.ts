// Centre settings (API.md "Centre settings"): how long contacts are kept per consent purpose, the
// kiosk's idle reset and the agent lock. Saved with a change version so tablets pull them.
import { Hono } from 'hono';
import * as v from 'valibot';
import { type CentreSettings, DEFAULT_CENTRE_SETTINGS } from '../../../src/shared/reference';
import { bumpChangeVersion } from '../../db/change-version';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, readBody } from '../http';

const Months = (name: string) =>
  v.pipe(
    v.number(`${name} : un nombre de mois`),
    v.integer(`${name} : un nombre entier de mois`),
    v.minValue(1, `${name} : 1 mois au moins`),
    v.maxValue(60, `${name} : 60 mois au plus`),
  );
const Seconds = (name: string, min: number, max: number) =>
  v.pipe(
    v.number(`${name} : un nombre de secondes`),
    v.integer(),
    v.minValue(min, `${name} : ${min} secondes au moins`),
    v.maxValue(max, `${name} : ${max} secondes au plus`),
  );

const SettingsBody = v.object({
  retention: v.object({
    monthsByPurpose: v.object({
      rappel: Months('rappel'),
      info_activites: Months('info_activites'),
      sms: Months('sms'),
      // Optional: a dashboard older than the purpose does not send it (the default applies).
      annonces_permanences: v.optional(Months('annonces_permanences')),
    }),
  }),
  kioskIdleSeconds: Seconds('kioskIdleSeconds', 30, 3600),
  agentLockSeconds: Seconds('agentLockSeconds', 30, 3600),
});

export function settingsRoutes() {
  const app = new Hono<DashboardEnv>();

  const load = async (c: { var: DashboardEnv['Variables'] }, id: string) => {
    if (!c.var.scope.centreIds.includes(id)) throw notFound('Ce centre');
    const row = await c.var.deps.database.db
      .selectFrom('centres')
      .select(['id', 'settings'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Ce centre');
    return {
      ...DEFAULT_CENTRE_SETTINGS,
      ...(JSON.parse(row.settings) as Partial<CentreSettings>),
    } as CentreSettings;
  };

  app.get('/centres/:id/settings', async (c) => {
    const id = c.req.param('id');
    return c.json({ centreId: id, settings: await load(c, id), defaults: DEFAULT_CENTRE_SETTINGS });
  });

  app.put('/centres/:id/settings', async (c) => {
    const { database, now } = c.var.deps;
    const id = c.req.param('id');
    const current = await load(c, id);
    const body = await readBody(c, SettingsBody);
    const settings: CentreSettings = { ...current, ...body };
    await database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('centres')
        .set({ settings: JSON.stringify(settings), version })
        .where('id', '=', id)
        .execute();
    });
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'settings.update', centreId: id, detail: { ...body } },
      now(),
    );
    return c.json({ centreId: id, settings });
  });

  return app;
}

// A centre's « À propos » (API.md "Centre about"): what the borne is for and the funders' block
// (« Avec le soutien de l'Union européenne — FEDER », the CAF, the town). Saved with a change
// version so tablets pull it with the centre; printed at the top of the funders' exports.
import { Hono } from 'hono';
import * as v from 'valibot';
import { type CentreAbout, CentreAboutSchema } from '../../../src/shared/reference';
import { bumpChangeVersion } from '../../db/change-version';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, readBody } from '../http';

const Block = (name: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(`${name} : texte attendu`),
      v.trim(),
      v.maxLength(max, `${name} : ${max} caractères au plus`),
    ),
  );

const AboutBody = v.strictObject({
  purpose: Block('purpose', 600),
  funders: Block('funders', 600),
});

export function parseAbout(text: string | null | undefined): CentreAbout {
  if (!text) return {};
  const parsed = v.safeParse(CentreAboutSchema, JSON.parse(text));
  return parsed.success ? parsed.output : {};
}

export function aboutRoutes() {
  const app = new Hono<DashboardEnv>();

  const load = async (c: { var: DashboardEnv['Variables'] }, id: string) => {
    if (!c.var.scope.centreIds.includes(id)) throw notFound('Ce centre');
    const row = await c.var.deps.database.db
      .selectFrom('centres')
      .select(['id', 'name', 'about'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Ce centre');
    return { name: row.name, about: parseAbout(row.about) };
  };

  app.get('/centres/:id/about', async (c) => {
    const id = c.req.param('id');
    const { name, about } = await load(c, id);
    return c.json({ centreId: id, name, about });
  });

  app.put('/centres/:id/about', async (c) => {
    const { database, now } = c.var.deps;
    const id = c.req.param('id');
    await load(c, id);
    const body = await readBody(c, AboutBody);
    // Empty texts are removed: the kiosk then shows its general sentence.
    const about: CentreAbout = {};
    if (body.purpose) about.purpose = body.purpose;
    if (body.funders) about.funders = body.funders;
    await database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('centres')
        .set({ about: JSON.stringify(about), version })
        .where('id', '=', id)
        .execute();
    });
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'centre.about', centreId: id, detail: { ...about } },
      now(),
    );
    return c.json({ centreId: id, about });
  });

  return app;
}

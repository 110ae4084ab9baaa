// The partners directory (per territory) and the activity agenda (per centre). Every write bumps
// the server-wide change version in the same transaction, so tablets pull it on their next sync;
// a deletion is a tombstone (deleted_at) that the pull passes on.
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { REDIRECTION_KINDS, THEMES } from '../../../src/shared/taxonomy';
import { bumpChangeVersion } from '../../db/change-version';
import { HttpError } from '../../http/errors';
import { newId } from '../../services/ids';
import { writeAudit } from '../audit';
import { deleteCentreItem, saveCentreItem } from '../centre-items';
import type { DashboardEnv } from '../env';
import { notFound, queryList, queryOne, readBody } from '../http';
import { assertCentreInScope, inIds } from '../scope';

const Text = (name: string, max: number) =>
  v.pipe(
    v.string(`${name} : texte attendu`),
    v.trim(),
    v.minLength(1, `${name} : obligatoire`),
    v.maxLength(max, `${name} : ${max} caractères au plus`),
  );
const OptText = (name: string, max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `${name} : ${max} caractères au plus`)));

const PartnerBody = v.object({
  territoryId: Text('territoryId', 64),
  name: Text('name', 160),
  redirectionKind: v.picklist(REDIRECTION_KINDS, 'redirectionKind : valeur inconnue'),
  themes: v.array(v.picklist(THEMES, 'themes : valeur inconnue')),
  label: OptText('label', 160),
  address: OptText('address', 300),
  commune: OptText('commune', 80),
  hours: OptText('hours', 300),
  phone: OptText('phone', 40),
  website: v.optional(
    v.union([v.literal(''), v.pipe(v.string(), v.url('website : une adresse web complète'))]),
  ),
});

const ActivityBody = v.object({
  centreId: Text('centreId', 64),
  title: Text('title', 160),
  startsAt: v.pipe(v.string(), v.isoTimestamp('startsAt : une date et heure ISO 8601')),
  place: Text('place', 160),
  seats: v.optional(v.pipe(v.number('seats : un nombre'), v.integer(), v.minValue(1), v.maxValue(1000))),
  /** « À quoi ça sert » (issue 17): what taking part is for, shown to residents. */
  purpose: OptText('purpose', 300),
});

function assertTerritory(territoryIds: string[], territoryId: string) {
  if (!territoryIds.includes(territoryId))
    throw new HttpError(403, 'forbidden', 'Ce territoire ne fait pas partie de vos centres.');
}

export function directoryRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/partners', async (c) => {
    const wanted = queryList(c, 'territory');
    const territories = wanted
      ? c.var.scope.territoryIds.filter((t) => wanted.includes(t))
      : c.var.scope.territoryIds;
    let q = c.var.deps.database.db
      .selectFrom('partners')
      .selectAll()
      .where((eb) => inIds(eb, 'territory_id', territories));
    if (queryOne(c, 'includeDeleted') !== '1') q = q.where('deleted_at', 'is', null);
    const rows = await q.orderBy('name').execute();
    return c.json({
      items: rows.map((r) => ({
        ...JSON.parse(r.data),
        id: r.id,
        territoryId: r.territory_id,
        name: r.name,
        deleted: r.deleted_at !== null,
      })),
    });
  });

  const writePartner = async (c: Context<DashboardEnv>, id: string, isNew: boolean) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, PartnerBody);
    assertTerritory(c.var.scope.territoryIds, body.territoryId);
    const db = database.db;
    if (!isNew) {
      const existing = await db
        .selectFrom('partners')
        .select('territory_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing || !c.var.scope.territoryIds.includes(existing.territory_id))
        throw notFound('Ce partenaire');
    }
    const item = {
      ...Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined && x !== '')),
      id,
    };
    await db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      const values = {
        territory_id: body.territoryId,
        name: body.name,
        data: JSON.stringify(item),
        version,
        deleted_at: null,
      };
      if (isNew)
        await trx
          .insertInto('partners')
          .values({ id, ...values })
          .execute();
      else await trx.updateTable('partners').set(values).where('id', '=', id).execute();
    });
    await writeAudit(
      db,
      { userId: c.var.user.id, action: isNew ? 'partner.create' : 'partner.update', recordId: id },
      now(),
    );
    return item;
  };

  app.post('/partners', async (c) => c.json({ item: await writePartner(c, newId(), true) }, 201));
  app.put('/partners/:id', async (c) => c.json({ item: await writePartner(c, c.req.param('id'), false) }));

  app.delete('/partners/:id', async (c) => {
    const { database, now } = c.var.deps;
    const db = database.db;
    const id = c.req.param('id');
    const existing = await db
      .selectFrom('partners')
      .select(['territory_id', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!existing || existing.deleted_at || !c.var.scope.territoryIds.includes(existing.territory_id))
      throw notFound('Ce partenaire');
    await db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('partners')
        .set({ deleted_at: now().toISOString(), version })
        .where('id', '=', id)
        .execute();
    });
    await writeAudit(db, { userId: c.var.user.id, action: 'partner.delete', recordId: id }, now());
    return c.body(null, 204);
  });

  app.get('/activities', async (c) => {
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    const rows = await c.var.deps.database.db
      .selectFrom('activities')
      .selectAll()
      .where((eb) => inIds(eb, 'centre_id', centres))
      .where('deleted_at', 'is', null)
      .execute();
    const items = rows.map((r) => ({ ...JSON.parse(r.data), id: r.id, centreId: r.centre_id }));
    items.sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)));
    return c.json({ items });
  });

  const writeActivity = async (c: Context<DashboardEnv>, id: string, isNew: boolean) => {
    const { database } = c.var.deps;
    const body = await readBody(c, ActivityBody);
    assertCentreInScope(c.var.scope, body.centreId);
    const db = database.db;
    if (!isNew) {
      const existing = await db
        .selectFrom('activities')
        .select('centre_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing || !c.var.scope.centreIds.includes(existing.centre_id)) throw notFound('Cette activité');
    }
    const item = {
      id,
      centreId: body.centreId,
      title: body.title,
      startsAt: new Date(body.startsAt).toISOString(),
      place: body.place,
      ...(body.seats ? { seats: body.seats } : {}),
      ...(body.purpose ? { purpose: body.purpose } : {}),
    };
    await saveCentreItem(c, 'activities', 'activity', item, isNew);
    return item;
  };

  app.post('/activities', async (c) => c.json({ item: await writeActivity(c, newId(), true) }, 201));
  app.put('/activities/:id', async (c) => c.json({ item: await writeActivity(c, c.req.param('id'), false) }));

  app.delete('/activities/:id', (c) => deleteCentreItem(c, 'activities', 'activity', 'Cette activité'));

  return app;
}

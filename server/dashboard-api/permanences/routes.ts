// Planned permanences (API.md "Permanences"): a centre plans where and when the borne goes; every
// write bumps the change version in its transaction so tablets pull it; a deletion is a tombstone.
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { CalendarDate, PERMANENCE_REPEATS, type Permanence, WallTime } from '../../../src/shared/permanences';
import { PLACE_KINDS } from '../../../src/shared/taxonomy';
import { HttpError } from '../../http/errors';
import { newId } from '../../services/ids';
import { deleteCentreItem, saveCentreItem } from '../centre-items';
import type { DashboardEnv } from '../env';
import { notFound, queryList, readBody } from '../http';
import { assertCentreInScope, inIds } from '../scope';
import { loadPermanences } from './load';

const Text = (name: string, max: number) =>
  v.pipe(
    v.string(`${name} : texte attendu`),
    v.trim(),
    v.minLength(1, `${name} : obligatoire`),
    v.maxLength(max, `${name} : ${max} caractères au plus`),
  );

const PermanenceBody = v.object({
  centreId: Text('centreId', 64),
  placeKind: v.picklist(PLACE_KINDS, 'placeKind : type de lieu inconnu'),
  placeLabel: Text('placeLabel', 120),
  neighbourhood: Text('neighbourhood', 120),
  qpv: v.boolean('qpv : oui ou non'),
  commune: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120, 'commune : 120 caractères au plus'))),
  repeat: v.picklist(PERMANENCE_REPEATS, 'repeat : weekly ou once'),
  date: CalendarDate,
  until: v.optional(v.union([v.literal(''), CalendarDate])),
  startTime: WallTime,
  endTime: WallTime,
  agentIds: v.optional(v.pipe(v.array(v.string()), v.maxLength(20, 'agentIds : 20 au plus')), []),
});
type Body = v.InferOutput<typeof PermanenceBody>;

function checkBody(body: Body) {
  if (body.endTime <= body.startTime)
    throw new HttpError(400, 'invalid', 'endTime : l’heure de fin doit venir après l’heure de début.');
  if (body.repeat === 'weekly' && body.until && body.until < body.date)
    throw new HttpError(400, 'invalid', 'until : le dernier jour doit venir après le premier.');
}

export function permanenceRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/permanences', async (c) => {
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    return c.json({ items: await loadPermanences(c.var.deps.database.db, centres) });
  });

  const write = async (c: Context<DashboardEnv>, id: string, isNew: boolean) => {
    const { database } = c.var.deps;
    const db = database.db;
    const body = await readBody(c, PermanenceBody);
    checkBody(body);
    assertCentreInScope(c.var.scope, body.centreId);
    if (!isNew) {
      const existing = await db
        .selectFrom('permanences')
        .select(['centre_id', 'deleted_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing || existing.deleted_at || !c.var.scope.centreIds.includes(existing.centre_id))
        throw notFound('Cette permanence');
    }
    const agentIds = [...new Set(body.agentIds)];
    if (agentIds.length) {
      const known = await db
        .selectFrom('agents')
        .select('id')
        .where('centre_id', '=', body.centreId)
        .where('deleted_at', 'is', null)
        .where((eb) => inIds(eb, 'id', agentIds))
        .execute();
      if (known.length !== agentIds.length)
        throw new HttpError(
          400,
          'invalid',
          'agentIds : une personne choisie ne fait pas partie de ce centre.',
        );
    }
    const item: Permanence = {
      id,
      centreId: body.centreId,
      placeKind: body.placeKind,
      placeLabel: body.placeLabel,
      neighbourhood: body.neighbourhood,
      qpv: body.qpv,
      ...(body.commune ? { commune: body.commune } : {}),
      repeat: body.repeat,
      date: body.date,
      ...(body.repeat === 'weekly' && body.until ? { until: body.until } : {}),
      startTime: body.startTime,
      endTime: body.endTime,
      agentIds,
    };
    await saveCentreItem(c, 'permanences', 'permanence', item, isNew);
    return item;
  };

  app.post('/permanences', async (c) => c.json({ item: await write(c, newId(), true) }, 201));
  app.put('/permanences/:id', async (c) => c.json({ item: await write(c, c.req.param('id'), false) }));

  app.delete('/permanences/:id', (c) => deleteCentreItem(c, 'permanences', 'permanence', 'Cette permanence'));

  return app;
}

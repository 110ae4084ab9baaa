// GET /coverage (the QPV neighbourhoods of the centres' lists, visited or not) and the list itself:
// GET / PUT /neighbourhoods?centre= (API.md "Coverage").
import { Hono } from 'hono';
import * as v from 'valibot';
import { bumpChangeVersion } from '../../db/change-version';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { queryList, queryOne, readBody } from '../http';
import { parisDay, parsePeriod } from '../period';
import { loadPermanences } from '../permanences/load';
import { assertCentreInScope, inIds, narrowScope } from '../scope';
import { coverage, protectCoverage } from './coverage';
import { coverageSums } from './coverage-sums';

const NeighbourhoodsBody = v.object({
  centreId: v.pipe(v.string('centreId : obligatoire'), v.minLength(1, 'centreId : obligatoire')),
  items: v.pipe(
    v.array(
      v.object({
        name: v.pipe(
          v.string('name : texte attendu'),
          v.trim(),
          v.minLength(1, 'name : obligatoire'),
          v.maxLength(120, 'name : 120 caractères au plus'),
        ),
        qpv: v.boolean('qpv : oui ou non'),
      }),
    ),
    v.maxLength(200, 'items : 200 quartiers au plus'),
  ),
});

export function coverageRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/neighbourhoods', async (c) => {
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    const rows = await c.var.deps.database.db
      .selectFrom('centre_neighbourhoods')
      .selectAll()
      .where((eb) => inIds(eb, 'centre_id', centres))
      .orderBy('centre_id')
      .orderBy('name')
      .execute();
    return c.json({ items: rows.map((r) => ({ centreId: r.centre_id, name: r.name, qpv: r.qpv === 1 })) });
  });

  app.put('/neighbourhoods', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, NeighbourhoodsBody);
    assertCentreInScope(c.var.scope, body.centreId);
    const unique = new Map(body.items.map((i) => [i.name.toLocaleLowerCase('fr'), i]));
    await database.db.transaction().execute(async (trx) => {
      // The centre row's version moves: tablets pull the new list with the centre (outing form).
      const version = await bumpChangeVersion(trx);
      await trx.updateTable('centres').set({ version }).where('id', '=', body.centreId).execute();
      await trx.deleteFrom('centre_neighbourhoods').where('centre_id', '=', body.centreId).execute();
      if (unique.size)
        await trx
          .insertInto('centre_neighbourhoods')
          .values(
            [...unique.values()].map((i) => ({ centre_id: body.centreId, name: i.name, qpv: i.qpv ? 1 : 0 })),
          )
          .execute();
    });
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'neighbourhoods.update',
        centreId: body.centreId,
        detail: { count: unique.size },
      },
      now(),
    );
    return c.json({ items: [...unique.values()].map((i) => ({ centreId: body.centreId, ...i })) });
  });

  app.get('/coverage', async (c) => {
    const { database, now } = c.var.deps;
    const db = database.db;
    const period = parsePeriod(queryOne(c, 'from'), queryOne(c, 'to'), now());
    const centreIds = await narrowScope(db, c.var.scope, {
      centre: queryList(c, 'centre'),
      territory: queryList(c, 'territory'),
    });
    const [neighbourhoods, permanences] = await Promise.all([
      db
        .selectFrom('centre_neighbourhoods')
        .selectAll()
        .where((eb) => inIds(eb, 'centre_id', centreIds))
        .where('qpv', '=', 1)
        .execute(),
      loadPermanences(db, centreIds),
    ]);
    const today = parisDay(now());
    const list = neighbourhoods.map((n) => ({ centreId: n.centre_id, name: n.name, qpv: true }));
    const { places, held } = await coverageSums(db, {
      centreIds,
      neighbourhoods: list,
      from: period.from,
      to: period.to,
      startIso: period.startIso,
      endIso: period.endIso,
      dueUntil: [period.to, today].sort()[0]!,
      nowIso: now().toISOString(),
    });
    const result = coverage({
      from: period.from,
      to: period.to,
      today,
      neighbourhoods: list,
      places,
      held,
      permanences,
    });
    return c.json({
      period: { from: period.from, to: period.to },
      centreIds,
      rows: protectCoverage(result.rows),
      notVisitedDays: result.notVisitedDays,
    });
  });

  return app;
}

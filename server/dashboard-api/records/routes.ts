// Records: encounters and outings with filters and paging, one in detail, review states, and the
// quarantine of rejected mutations (API.md "Records").
import { Hono } from 'hono';
import * as v from 'valibot';
import type { EncounterDetail, OutingDetail } from '../../../src/shared/dashboard-api/records';
import type { Contact, Encounter, Outing } from '../../../src/shared/records';
import { HttpError } from '../../http/errors';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, pageOf, parsePaging, queryOne, readBody } from '../http';
import { inIds } from '../scope';
import { correctQuarantined } from './correct';
import { encounterRow, outingRow, partnerIdsOf } from './encounters';
import { importOutbox, OutboxFileSchema } from './import-outbox';
import { parseEncounterPaging } from './keyset';
import { loadNames, loadRecord, loadRecordsById } from './load';
import { closeQuarantined, getQuarantined, listQuarantine, QUARANTINE_STATUSES } from './quarantine';
import { encountersPage, outingsPage, parseRecordsQuery } from './query';
import { loadReviews, ReviewBodySchema, saveReview } from './reviews';

const CorrectSchema = v.object({
  record: v.record(v.string(), v.unknown(), 'record : un objet JSON attendu'),
});
const DismissSchema = v.object({ comment: v.optional(v.pipe(v.string(), v.maxLength(1000))) });

export function recordsRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/encounters', async (c) => {
    const paging = parseEncounterPaging(c);
    return c.json(await encountersPage(c.var.deps.database.db, await parseRecordsQuery(c), paging));
  });

  app.get('/encounters/:id', async (c) => {
    const db = c.var.deps.database.db;
    const scope = c.var.scope.centreIds;
    const e = await loadRecord<Encounter>(db, 'encounter', c.req.param('id'), scope);
    if (!e) throw notFound('Cet accompagnement');
    const outing = e.record.outingId
      ? await loadRecord<Outing>(db, 'outing', e.record.outingId, scope)
      : undefined;
    const contact = e.record.contactId
      ? await loadRecord<Contact>(db, 'contact', e.record.contactId, scope)
      : undefined;
    const [names, reviews] = await Promise.all([
      loadNames(db),
      loadReviews(db, [e.id, ...(outing ? [outing.id] : [])]),
    ]);
    const activityIds = e.record.actions.flatMap((a) =>
      a.kind === 'inscription_activite' ? [a.activityId] : [],
    );
    return c.json({
      encounter: encounterRow(e, names, outing, reviews.get(e.id)),
      outing: outing ? outingRow(outing, names, 0, reviews.get(outing.id)) : null,
      partners: [...new Set(partnerIdsOf(e.record))].map((id) => ({
        id,
        name: names.partners.get(id) ?? id,
      })),
      activities: activityIds.map((id) => ({ id, title: names.activities.get(id) ?? id })),
      review: reviews.get(e.id) ?? null,
      contact: contact
        ? {
            id: contact.id,
            consentPurposes: contact.record.consentPurposes,
            retentionUntil: contact.retentionUntil ?? contact.record.retentionUntil,
          }
        : null,
    } satisfies EncounterDetail);
  });

  app.get('/outings', async (c) => {
    const paging = parsePaging(c);
    return c.json(await outingsPage(c.var.deps.database.db, await parseRecordsQuery(c), paging));
  });

  app.get('/outings/:id', async (c) => {
    const db = c.var.deps.database.db;
    const scope = c.var.scope.centreIds;
    const o = await loadRecord<Outing>(db, 'outing', c.req.param('id'), scope);
    if (!o) throw notFound('Cette sortie');
    // The outing's encounters, newest first, found by their outing_id fact (indexed).
    const ids = await db
      .selectFrom('encounter_facts')
      .select('record_id')
      .where('outing_id', '=', o.id)
      .where('centre_id', '=', o.centreId)
      .orderBy('created_at', 'desc')
      .orderBy('record_id')
      .execute();
    const found = await loadRecordsById<Encounter>(
      db,
      'encounter',
      ids.map((r) => r.record_id),
      [o.centreId],
    );
    const encounters = ids.flatMap((r) => found.get(r.record_id) ?? []);
    const [names, reviews] = await Promise.all([
      loadNames(db),
      loadReviews(db, [o.id, ...encounters.map((e) => e.id)]),
    ]);
    return c.json({
      outing: outingRow(o, names, encounters.length, reviews.get(o.id)),
      encounters: encounters.map((e) => encounterRow(e, names, o, reviews.get(e.id))),
      review: reviews.get(o.id) ?? null,
    } satisfies OutingDetail);
  });

  app.put('/records/:id/review', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, ReviewBodySchema);
    const record = await database.db
      .selectFrom('records')
      .select(['id', 'centre_id', 'entity'])
      .where('id', '=', c.req.param('id'))
      .where('deleted', '=', 0)
      .where((eb) => inIds(eb, 'centre_id', c.var.scope.centreIds))
      .executeTakeFirst();
    if (!record) throw notFound('Cet enregistrement');
    await saveReview(
      database.db,
      record.id,
      { state: body.state, comment: body.comment || null },
      c.var.user.id,
      now(),
    );
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'review.set',
        recordId: record.id,
        centreId: record.centre_id,
        detail: { state: body.state },
      },
      now(),
    );
    return c.json({ review: (await loadReviews(database.db, [record.id])).get(record.id) });
  });

  app.get('/quarantine', async (c) => {
    const paging = parsePaging(c);
    const status = queryOne(c, 'status') ?? 'open';
    if (!(QUARANTINE_STATUSES as readonly string[]).includes(status)) {
      throw new HttpError(400, 'invalid', 'status : open, corrected ou dismissed.');
    }
    const centre = queryOne(c, 'centre');
    const centreIds = centre ? c.var.scope.centreIds.filter((id) => id === centre) : c.var.scope.centreIds;
    return c.json(pageOf(await listQuarantine(c.var.deps.database.db, centreIds, status), paging));
  });

  app.post('/quarantine/:id/dismiss', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, DismissSchema);
    const row = await getQuarantined(database.db, Number(c.req.param('id')), c.var.scope.centreIds);
    if (!row) throw notFound('Cet enregistrement refusé');
    if (!(await closeQuarantined(database.db, row.id, 'dismissed'))) {
      throw new HttpError(409, 'conflict', 'Cet enregistrement refusé a déjà été traité.');
    }
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'quarantine.dismiss',
        recordId: String(row.id),
        centreId: row.centreId,
        detail: { seq: row.seq, deviceId: row.deviceId, ...(body.comment ? { comment: body.comment } : {}) },
      },
      now(),
    );
    return c.json({ status: 'dismissed' });
  });

  app.post('/quarantine/:id/correct', async (c) => {
    const deps = c.var.deps;
    const body = await readBody(c, CorrectSchema);
    const row = await getQuarantined(deps.database.db, Number(c.req.param('id')), c.var.scope.centreIds);
    if (!row) throw notFound('Cet enregistrement refusé');
    if (row.status !== 'open')
      throw new HttpError(409, 'conflict', 'Cet enregistrement refusé a déjà été traité.');
    const result = await correctQuarantined(deps, row, body.record, deps.now());
    if (!result.ok)
      throw new HttpError(
        result.conflict ? 409 : 400,
        result.conflict ? 'conflict' : 'invalid',
        result.reason,
      );
    await writeAudit(
      deps.database.db,
      {
        userId: c.var.user.id,
        action: 'quarantine.correct',
        recordId: result.recordId,
        centreId: row.centreId,
        detail: { quarantineId: row.id, seq: row.seq, deviceId: row.deviceId },
      },
      deps.now(),
    );
    return c.json({ status: 'corrected', recordId: result.recordId });
  });

  app.post('/imports/outbox', async (c) => {
    const deps = c.var.deps;
    const file = await readBody(c, OutboxFileSchema);
    const device = await deps.database.db
      .selectFrom('devices')
      .select(['id', 'centre_id', 'name'])
      .where('id', '=', file.deviceId)
      .where((eb) => inIds(eb, 'centre_id', c.var.scope.centreIds))
      .executeTakeFirst();
    if (!device) throw notFound('La tablette de ce fichier');
    if (device.centre_id !== file.centreId) {
      throw new HttpError(
        400,
        'invalid',
        'centreId : ce fichier ne correspond pas au centre de la tablette.',
      );
    }
    const result = await importOutbox(deps, device, file, deps.now());
    await writeAudit(
      deps.database.db,
      {
        userId: c.var.user.id,
        action: 'import.outbox',
        recordId: device.id,
        centreId: device.centre_id,
        detail: {
          applied: result.applied,
          duplicate: result.duplicate,
          rejected: result.rejected,
          lastSeq: result.lastSeq,
        },
      },
      deps.now(),
    );
    return c.json(result);
  });

  return app;
}

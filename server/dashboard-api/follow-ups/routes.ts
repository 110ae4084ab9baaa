// Follow-ups (API.md "Follow-ups"): the queue without personal data, opening one contact (audit-
// logged), and the status / due date / assignee the dashboard keeps beside the contact.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Contact } from '../../../src/shared/records';
import { HttpError } from '../../http/errors';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { checkIds, notFound, parsePaging, queryList, queryOne, readBody } from '../http';
import { loadRecord } from '../records/load';
import { narrowScope } from '../scope';
import {
  attachEncounters,
  countFollowUps,
  FOLLOW_UP_PURPOSES,
  FOLLOW_UP_STATUSES,
  followUpsPage,
} from './list';
import { openContactAudited } from './open-contact';
import { usersSeeing } from './users';

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'dueDate : une date AAAA-MM-JJ'));
const UpdateSchema = v.object({
  status: v.picklist(FOLLOW_UP_STATUSES, 'status : a_faire, fait ou injoignable'),
  dueDate: v.optional(v.nullable(Day)),
  assigneeId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  comment: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(1000, 'comment : 1000 caractères au plus'))),
  ),
});

export function followUpRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/follow-ups', async (c) => {
    const db = c.var.deps.database.db;
    const paging = parsePaging(c);
    const centreIds = await narrowScope(db, c.var.scope, {
      centre: queryList(c, 'centre'),
      territory: queryList(c, 'territory'),
    });
    const filter = {
      centreIds,
      status: checkIds('status', queryList(c, 'status'), FOLLOW_UP_STATUSES),
      purpose: checkIds('purpose', queryList(c, 'purpose'), FOLLOW_UP_PURPOSES),
      assigneeId: queryOne(c, 'assignee'),
    };
    const [rows, total] = await Promise.all([
      followUpsPage(db, filter, { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }),
      countFollowUps(db, filter),
    ]);
    return c.json({ items: await attachEncounters(db, rows), total, ...paging });
  });

  app.get('/contacts/:id', async (c) => {
    const deps = c.var.deps;
    const contact = await loadRecord<Contact>(
      deps.database.db,
      'contact',
      c.req.param('id'),
      c.var.scope.centreIds,
    );
    if (!contact) throw notFound('Ce contact');
    const personal = await openContactAudited(deps, contact, c.var.user.id, 'follow_up');
    return c.json({
      contactId: contact.id,
      personal,
      consentPurposes: contact.record.consentPurposes,
      consentAt: contact.record.consentAt,
      retentionUntil: contact.retentionUntil ?? contact.record.retentionUntil,
    });
  });

  app.put('/follow-ups/:contactId', async (c) => {
    const { database, now } = c.var.deps;
    const db = database.db;
    const body = await readBody(c, UpdateSchema);
    const contact = await loadRecord<Contact>(db, 'contact', c.req.param('contactId'), c.var.scope.centreIds);
    if (!contact) throw notFound('Ce contact');
    if (body.assigneeId) {
      const allowed = await usersSeeing(db, [contact.centreId]);
      if (!allowed.some((u) => u.id === body.assigneeId)) {
        throw new HttpError(400, 'invalid', 'assigneeId : cette personne ne voit pas ce centre.');
      }
    }
    const previous = await db
      .selectFrom('follow_ups')
      .selectAll()
      .where('contact_id', '=', contact.id)
      .executeTakeFirst();
    const values = {
      status: body.status,
      due_date: body.dueDate === undefined ? (previous?.due_date ?? null) : body.dueDate,
      assignee: body.assigneeId === undefined ? (previous?.assignee ?? null) : body.assigneeId,
      comment: body.comment === undefined ? (previous?.comment ?? null) : body.comment || null,
      updated_at: now().toISOString(),
    };
    await db
      .insertInto('follow_ups')
      .values({ contact_id: contact.id, ...values })
      .onConflict((oc) => oc.column('contact_id').doUpdateSet(values))
      .execute();
    await writeAudit(
      db,
      {
        userId: c.var.user.id,
        action: 'followup.update',
        recordId: contact.id,
        centreId: contact.centreId,
        detail: { status: values.status, dueDate: values.due_date, assignee: values.assignee },
      },
      now(),
    );
    const [row] = await followUpsPage(
      db,
      { centreIds: [contact.centreId], contactId: contact.id },
      { limit: 1, offset: 0 },
    );
    const [withEncounter] = await attachEncounters(db, row ? [row] : []);
    return c.json({ followUp: withEncounter });
  });

  app.get('/users', async (c) => {
    const centre = queryList(c, 'centre');
    const centreIds = centre
      ? c.var.scope.centreIds.filter((id) => centre.includes(id))
      : c.var.scope.centreIds;
    return c.json({ items: await usersSeeing(c.var.deps.database.db, centreIds) });
  });

  return app;
}

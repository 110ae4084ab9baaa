// The audit log (API.md "Audit log"): admins see every entry; others those of their centres, and
// the entries that name no centre (sign-ins, sign-outs, GDPR searches, exports) made by the people
// who work on their centres. Each entry comes with what it is about and its details in words.
import { Hono } from 'hono';
import type { DashboardEnv } from '../env';
import { usersSeeing } from '../follow-ups/users';
import { pageOf, parsePaging, queryOne } from '../http';
import { parsePeriod } from '../period';
import { inIds } from '../scope';
import { auditFacts, auditSubject, loadAuditNames } from './audit-describe';

export function auditRoutes() {
  const app = new Hono<DashboardEnv>();
  app.get('/audit', async (c) => {
    const { database, now } = c.var.deps;
    const paging = parsePaging(c);
    const period = parsePeriod(queryOne(c, 'from'), queryOne(c, 'to'), now());
    let q = database.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.user_id',
        'users.name as user_name',
        'audit_log.action',
        'audit_log.record_id',
        'audit_log.centre_id',
        'audit_log.detail',
      ])
      .where('audit_log.at', '>=', period.startIso)
      .where('audit_log.at', '<', period.endIso);
    if (c.var.user.role !== 'admin') {
      const people = (await usersSeeing(database.db, c.var.scope.centreIds))
        .filter((u) => u.role !== 'admin')
        .map((u) => u.id);
      q = q.where((eb) =>
        eb.or([
          inIds(eb, 'audit_log.centre_id', c.var.scope.centreIds),
          eb.and([eb('audit_log.centre_id', 'is', null), inIds(eb, 'audit_log.user_id', people)]),
        ]),
      );
    }
    const centre = queryOne(c, 'centre');
    if (centre) q = q.where('audit_log.centre_id', '=', centre);
    const action = queryOne(c, 'action');
    if (action) q = q.where('audit_log.action', 'like', `${action.replace(/[%_]/g, '')}%`);
    const user = queryOne(c, 'user');
    if (user) q = q.where('audit_log.user_id', '=', user);
    const rows = await q.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').execute();
    const page = pageOf(rows, paging);
    const names = await loadAuditNames(database.db, page.items);
    const items = page.items.map((r) => ({
      id: r.id,
      at: r.at,
      user: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
      action: r.action,
      recordId: r.record_id,
      centreId: r.centre_id,
      detail: r.detail ? (JSON.parse(r.detail) as unknown) : null,
      subject: auditSubject(r, names),
      facts: auditFacts(r, names),
    }));
    return c.json({ ...page, items });
  });
  return app;
}

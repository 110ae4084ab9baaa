// Retention purge and GDPR requests (API.md "Purge", "GDPR requests"). A person is found by the
// keyed lookup hash of their normalised phone or e-mail (never by opening every contact); their
// data is exported (opened in memory, audit-logged) or erased (same deletion as the purge).
import { Hono } from 'hono';
import * as v from 'valibot';
import { LIMITS } from '../../../src/shared/limits';
import type { Contact } from '../../../src/shared/records';
import { contactLookupKeys } from '../../../src/shared/validators';
import { scrubDeletedBytes } from '../../db/scrub';
import { HttpError } from '../../http/errors';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { openContacts } from '../follow-ups/open-contact';
import { readBody } from '../http';
import { loadRecordsById } from '../records/load';
import { eraseContacts, linkedRecordIds } from './erase';
import { purgeExpiredContacts } from './purge';

const PurgeBody = v.object({ centreId: v.optional(v.string()), dryRun: v.optional(v.boolean()) });
const SearchBody = v.object({
  phone: v.optional(v.pipe(v.string(), v.maxLength(40, 'phone : 40 caractères au plus'))),
  email: v.optional(
    v.pipe(v.string(), v.maxLength(LIMITS.email, `email : ${LIMITS.email} caractères au plus`)),
  ),
});
const IdsBody = v.object({
  contactIds: v.pipe(
    v.array(v.pipe(v.string(), v.uuid('contactIds : des identifiants de contact'))),
    v.minLength(1, 'contactIds : au moins un contact'),
    v.maxLength(100),
  ),
});

export function privacyRoutes() {
  const app = new Hono<DashboardEnv>();

  app.post('/purge', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, PurgeBody);
    let centreIds = c.var.scope.centreIds;
    if (body.centreId) {
      if (!centreIds.includes(body.centreId))
        throw new HttpError(403, 'forbidden', 'Ce centre ne fait pas partie de vos centres.');
      centreIds = [body.centreId];
    }
    const result = await purgeExpiredContacts(database.db, now(), {
      centreIds,
      dryRun: !!body.dryRun,
      userId: c.var.user.id,
    });
    return c.json(result);
  });

  app.post('/gdpr/search', async (c) => {
    const { database, secrets, now } = c.var.deps;
    const db = database.db;
    const body = await readBody(c, SearchBody);
    const values = contactLookupKeys(body);
    if (!values.length)
      throw new HttpError(400, 'invalid', 'Indiquez un numéro de téléphone ou une adresse e-mail valide.');
    const hashes = values.map((value) => secrets.lookupHash(value));
    const rows = await db
      .selectFrom('contact_lookup')
      .select('contact_id')
      .where('hash', 'in', hashes)
      .execute();
    const contacts = await loadRecordsById<Contact>(
      db,
      'contact',
      rows.map((r) => r.contact_id),
      c.var.scope.centreIds,
    );
    const ids = [...contacts.keys()];
    const linked = await linkedRecordIds(db, ids);
    // What was searched for is not logged (it is personal data); only how and what was found.
    await writeAudit(
      db,
      {
        userId: c.var.user.id,
        action: 'gdpr.search',
        detail: {
          by: [body.phone ? 'phone' : null, body.email ? 'email' : null].filter(Boolean),
          found: ids.length,
        },
      },
      now(),
    );
    return c.json({
      items: [...contacts.values()].map((ct) => ({
        contactId: ct.id,
        centreId: ct.centreId,
        createdAt: ct.createdAt,
        consentPurposes: ct.record.consentPurposes,
        retentionUntil: ct.retentionUntil ?? ct.record.retentionUntil,
        encounterIds: linked.encounters.get(ct.id) ?? [],
        signupIds: linked.signups.get(ct.id) ?? [],
      })),
    });
  });

  app.post('/gdpr/export', async (c) => {
    const deps = c.var.deps;
    const db = deps.database.db;
    const body = await readBody(c, IdsBody);
    const contacts = await loadRecordsById<Contact>(db, 'contact', body.contactIds, c.var.scope.centreIds);
    if (contacts.size !== new Set(body.contactIds).size)
      throw new HttpError(
        404,
        'not_found',
        'Un de ces contacts est introuvable, ou ne fait pas partie de vos centres.',
      );
    for (const ct of contacts.values()) {
      await writeAudit(
        db,
        {
          userId: c.var.user.id,
          action: 'contact.open',
          recordId: ct.id,
          centreId: ct.centreId,
          detail: { purpose: 'gdpr_export' },
        },
        deps.now(),
      );
      await writeAudit(
        db,
        { userId: c.var.user.id, action: 'gdpr.export', recordId: ct.id, centreId: ct.centreId },
        deps.now(),
      );
    }
    const opened = await openContacts(deps, [...contacts.values()]);
    const linked = await linkedRecordIds(db, [...contacts.keys()]);
    const records = async (ids: string[]) => {
      if (!ids.length) return [];
      const rows = await db
        .selectFrom('records')
        .select(['entity', 'data', 'received_at'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => ({ ...(JSON.parse(r.data) as object), receivedAt: r.received_at }));
    };
    const out = [];
    for (const ct of contacts.values()) {
      const { sealed: _sealed, ...clearFields } = ct.record;
      const followUp = await db
        .selectFrom('follow_ups')
        .selectAll()
        .where('contact_id', '=', ct.id)
        .executeTakeFirst();
      out.push({
        contact: { ...clearFields, receivedAt: ct.receivedAt },
        personal: opened.get(ct.id) ?? null,
        encounters: await records(linked.encounters.get(ct.id) ?? []),
        signups: await records(linked.signups.get(ct.id) ?? []),
        followUp: followUp
          ? {
              status: followUp.status,
              dueDate: followUp.due_date,
              comment: followUp.comment,
              updatedAt: followUp.updated_at,
            }
          : null,
      });
    }
    return c.json({ exportedAt: deps.now().toISOString(), contacts: out }, 200, {
      'Content-Disposition': 'attachment; filename="donnees-personnelles.json"',
    });
  });

  app.post('/gdpr/erase', async (c) => {
    const { database, now } = c.var.deps;
    const db = database.db;
    const body = await readBody(c, IdsBody);
    const contacts = await loadRecordsById<Contact>(db, 'contact', body.contactIds, c.var.scope.centreIds);
    if (contacts.size !== new Set(body.contactIds).size)
      throw new HttpError(
        404,
        'not_found',
        'Un de ces contacts est introuvable, ou ne fait pas partie de vos centres.',
      );
    // The audit entries commit with the erasure: no erased data without its trace.
    const counts = await db.transaction().execute(async (trx) => {
      const erased = await eraseContacts(trx, [...contacts.keys()], { reason: 'gdpr', now: now() });
      for (const ct of contacts.values()) {
        await writeAudit(
          trx,
          {
            userId: c.var.user.id,
            action: 'gdpr.erase',
            recordId: ct.id,
            centreId: ct.centreId,
            detail: { ...erased, requested: contacts.size },
          },
          now(),
        );
      }
      return erased;
    });
    await scrubDeletedBytes(db); // the deleted bytes leave the SQLite files too
    return c.json({ erased: counts.contacts, ...counts });
  });

  return app;
}

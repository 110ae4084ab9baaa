// Tablets (API.md "Tablets"): list, one-time enrolment code with its QR code (SVG), rename, revoke.
import { Hono } from 'hono';
import QRCode from 'qrcode';
import * as v from 'valibot';
import { LIMITS } from '../../../src/shared/limits';
import { lastRestoreLoss } from '../../backup/losses';
import { HttpError } from '../../http/errors';
import { type DeviceRow, findDevice, revokeDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, queryList, readBody } from '../http';
import { assertCentreInScope, inIds } from '../scope';
import { tabletHealth, tabletsNeedingAttention } from '../tablets/health';

/** What revoking does, said to the coordinator before and after (UI text comes from here too). */
export const REVOKE_EXPLANATION =
  'La tablette est retirée. À sa prochaine connexion, le serveur la refuse et elle efface ses données. Les enregistrements qu’elle n’avait pas encore envoyés sont perdus, sauf s’ils ont été exportés (« Exporter les données en attente ») puis importés ici. Pour la réutiliser, il faut l’inscrire de nouveau avec un nouveau code.';

const NameBody = v.object({
  name: v.pipe(
    v.string('name : obligatoire'),
    v.trim(),
    v.minLength(1, 'name : obligatoire'),
    v.maxLength(LIMITS.name, `name : ${LIMITS.name} caractères au plus`),
  ),
});
const CodeBody = v.object({
  centreId: v.pipe(v.string('centreId : obligatoire'), v.minLength(1, 'centreId : obligatoire')),
});

function deviceJson(d: DeviceRow, quarantined = 0) {
  return {
    id: d.id,
    centreId: d.centre_id,
    name: d.name,
    status: d.status,
    enrolledAt: d.enrolled_at,
    lastSeenAt: d.last_seen_at,
    revokedAt: d.revoked_at,
    lastSeq: d.last_seq,
    quarantined,
  };
}

export function devicesRoutes() {
  const app = new Hono<DashboardEnv>();

  const findInScope = async (c: { var: DashboardEnv['Variables'] }, id: string) => {
    const d = await findDevice(c.var.deps.database.db, id);
    if (!d || !c.var.scope.centreIds.includes(d.centre_id)) throw notFound('Cette tablette');
    return d;
  };

  app.get('/devices', async (c) => {
    const db = c.var.deps.database.db;
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    const [rows, quarantine] = await Promise.all([
      db
        .selectFrom('devices')
        .select([
          'id',
          'centre_id',
          'name',
          'last_seq',
          'status',
          'enrolled_at',
          'last_seen_at',
          'revoked_at',
          'heartbeat',
          'heartbeat_at',
        ])
        .where((eb) => inIds(eb, 'centre_id', centres))
        .orderBy('centre_id')
        .orderBy('enrolled_at')
        .execute(),
      db
        .selectFrom('quarantine')
        .select(['device_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'open')
        .where((eb) => inIds(eb, 'centre_id', centres))
        .groupBy('device_id')
        .execute(),
    ]);
    const counts = new Map(quarantine.map((q) => [q.device_id, Number(q.n)]));
    return c.json({
      items: rows.map((d) => ({
        ...deviceJson(d, counts.get(d.id) ?? 0),
        health: tabletHealth(d, c.var.deps.now()),
      })),
      revokeExplanation: REVOKE_EXPLANATION,
      // What the last restore from a backup lost, per tablet (server/backup/losses.ts).
      restoreLoss: await lastRestoreLoss(db, centres),
    });
  });

  // The tablets needing attention (silent, nearly full, old version), for the dashboard's home.
  app.get('/devices/attention', async (c) => {
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    const items = await tabletsNeedingAttention(c.var.deps.database.db, centres, c.var.deps.now());
    return c.json({ items });
  });

  app.post('/devices/enrol-codes', async (c) => {
    const { database, secrets, now } = c.var.deps;
    const body = await readBody(c, CodeBody);
    assertCentreInScope(c.var.scope, body.centreId);
    const code = await createEnrolCode(
      database.db,
      secrets,
      { centreId: body.centreId, createdBy: c.var.user.id },
      now(),
    );
    const qrSvg = await QRCode.toString(code.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'device.enrol_code',
        centreId: body.centreId,
        detail: { expiresAt: code.expiresAt },
      },
      now(),
    );
    return c.json({ ...code, qrSvg }, 201);
  });

  app.patch('/devices/:id', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, NameBody);
    const d = await findInScope(c, c.req.param('id'));
    await database.db.updateTable('devices').set({ name: body.name }).where('id', '=', d.id).execute();
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'device.rename',
        recordId: d.id,
        centreId: d.centre_id,
        detail: { name: body.name },
      },
      now(),
    );
    return c.json({ device: deviceJson((await findDevice(database.db, d.id))!) });
  });

  app.post('/devices/:id/revoke', async (c) => {
    const { database, now } = c.var.deps;
    const d = await findInScope(c, c.req.param('id'));
    if (d.status === 'revoked') throw new HttpError(409, 'conflict', 'Cette tablette est déjà retirée.');
    const revoked = await revokeDevice(database.db, d.id, now());
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'device.revoke', recordId: d.id, centreId: d.centre_id },
      now(),
    );
    return c.json({ device: deviceJson(revoked!), explanation: REVOKE_EXPLANATION });
  });

  return app;
}

// POST /api/v1/sync/push (DESIGN.md "Sync"); statuses and messages in README.md beside this file.
import type { Context } from 'hono';
import * as v from 'valibot';
import { MAX_BATCH_MUTATIONS, MIN_PROTOCOL, PushRequestSchema } from '../../../src/shared/protocol';
import { describeIssues } from '../../../src/shared/records';
import { readEpoch } from '../../backup/epoch';
import { type DeviceEnv, REVOKED_MESSAGE } from '../../http/device-auth';
import { HttpError, readJson } from '../../http/errors';
import { applyPush, DeviceRevokedError, SequenceGapError } from '../../sync/apply-push';
import { readHeartbeat, recordHeartbeat } from '../../sync/heartbeat';
import { awaitsResync, RESTORED_GAP_MESSAGE, resyncHooks } from '../../sync/resync';

export const TOO_LARGE_MESSAGE = 'Envoi trop gros : 500 modifications et 2 Mio au plus par requête.';
const MAX_SEQ = 2_147_483_647;

export async function pushHandler(c: Context<DeviceEnv>) {
  const body = await readJson(c, { allowNul: true }); // a NUL rejects its mutation, not the push
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'invalid', 'Le corps de la requête doit être un objet JSON.');
  }
  const protocol = (body as { protocol?: unknown }).protocol;
  if (typeof protocol !== 'number' || !Number.isInteger(protocol)) {
    throw new HttpError(400, 'invalid', 'Envoi invalide — protocol : doit être un nombre entier.');
  }
  if (protocol < MIN_PROTOCOL) {
    throw new HttpError(
      426,
      'protocol_too_old',
      'Cette version de l’application est trop ancienne pour le serveur. Installez la mise à jour : les données en attente sont gardées.',
    );
  }
  const mutations = (body as { mutations?: unknown }).mutations;
  if (Array.isArray(mutations) && mutations.length > MAX_BATCH_MUTATIONS) {
    throw new HttpError(413, 'too_large', TOO_LARGE_MESSAGE);
  }
  const parsed = v.safeParse(PushRequestSchema, body);
  if (!parsed.success)
    throw new HttpError(400, 'invalid', `Envoi invalide — ${describeIssues(parsed.issues)}`);
  const request = parsed.output;
  const device = c.var.device;
  if (request.deviceId !== device.id) {
    throw new HttpError(403, 'forbidden', 'Cet envoi porte l’identifiant d’une autre tablette (deviceId).');
  }
  const seqs = new Set<number>();
  for (const m of request.mutations) {
    if (m.seq > MAX_SEQ) throw new HttpError(400, 'invalid', `Envoi invalide — seq : ${MAX_SEQ} au plus.`);
    if (seqs.has(m.seq))
      throw new HttpError(400, 'invalid', `Envoi invalide — seq ${m.seq} apparaît deux fois.`);
    seqs.add(m.seq);
  }
  const { database, secrets, now } = c.var.deps;
  try {
    const beat = readHeartbeat(request.heartbeat);
    const epoch = await readEpoch(database.db);
    if (request.epoch !== undefined && request.epoch !== epoch) {
      // Sent before the tablet knew of a restore: nothing is applied; it learns the epoch, queues
      // again all it holds and pushes that (server/sync/resync.ts).
      if (beat.heartbeat) await recordHeartbeat(database.db, device.id, beat.heartbeat, now());
      return c.json({ lastSeq: device.last_seq, results: [], epoch });
    }
    const hooks = request.resync && resyncHooks(device, request.resync, epoch, now());
    const result = await applyPush(database, secrets, device, request.mutations, now(), hooks || undefined);
    if (beat.heartbeat) await recordHeartbeat(database.db, device.id, beat.heartbeat, now());
    return c.json({ ...result, epoch, ...(beat.error ? { heartbeatError: beat.error } : {}) });
  } catch (err) {
    if (err instanceof SequenceGapError) {
      const epoch = await readEpoch(database.db);
      if (await awaitsResync(database.db, device.id, epoch))
        throw new HttpError(409, 'sequence_gap', RESTORED_GAP_MESSAGE, { epoch });
      throw new HttpError(
        409,
        'sequence_gap',
        `Des modifications manquent : le serveur attend le n° ${err.lastSeq + 1}, reçu le n° ${err.got}. Rien n’a été enregistré.`,
      );
    }
    if (err instanceof DeviceRevokedError) throw new HttpError(403, 'device_revoked', REVOKED_MESSAGE);
    throw err;
  }
}

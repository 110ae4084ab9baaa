// Import of a tablet's « données en attente » file (DESIGN.md: the way out that never depends on
// the network). The mutations go through the push service itself (applyPush), in batches of the
// push's size, so the rules are the same: seq ≤ lastSeq is a duplicate, an invalid mutation is
// quarantined, a gap refuses the rest, a revoked tablet is refused.
import * as v from 'valibot';
import { LIMITS } from '../../../src/shared/limits';
import { MAX_BATCH_MUTATIONS, MutationSchema, type PushResult } from '../../../src/shared/protocol';
import type { Deps } from '../../app-env';
import { HttpError } from '../../http/errors';
import { applyPush, DeviceRevokedError, SequenceGapError } from '../../sync/apply-push';

export const OutboxFileSchema = v.object({
  format: v.literal(
    'borne-outbox',
    'format : ce fichier n’est pas un fichier « données en attente » de tablette',
  ),
  version: v.literal(1, 'version : seule la version 1 du fichier est connue'),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.refId)),
  centreId: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.refId)),
  exportedAt: v.string(),
  mutations: v.array(MutationSchema),
});
export type OutboxFile = v.InferOutput<typeof OutboxFileSchema>;

export interface ImportResult {
  deviceId: string;
  lastSeq: number;
  applied: number;
  duplicate: number;
  rejected: number;
  results: PushResult[];
}

export async function importOutbox(
  deps: Pick<Deps, 'database' | 'secrets'>,
  device: { id: string; centre_id: string },
  file: OutboxFile,
  now: Date,
): Promise<ImportResult> {
  const mutations = [...file.mutations].sort((a, b) => a.seq - b.seq);
  const seen = new Set<number>();
  for (const m of mutations) {
    if (seen.has(m.seq))
      throw new HttpError(400, 'invalid', `Fichier invalide — seq ${m.seq} apparaît deux fois.`);
    seen.add(m.seq);
  }
  const results: PushResult[] = [];
  let lastSeq = 0;
  try {
    for (let i = 0; i < mutations.length || i === 0; i += MAX_BATCH_MUTATIONS) {
      const answer = await applyPush(
        deps.database,
        deps.secrets,
        device,
        mutations.slice(i, i + MAX_BATCH_MUTATIONS),
        now,
      );
      results.push(...answer.results);
      lastSeq = answer.lastSeq;
      if (!mutations.length) break;
    }
  } catch (err) {
    if (err instanceof SequenceGapError) {
      throw new HttpError(
        409,
        'sequence_gap',
        `Des modifications manquent avant ce fichier : le serveur attend le n° ${err.lastSeq + 1}, le fichier reprend au n° ${err.got}. ${results.length ? `${results.length} modifications ont été importées avant l’arrêt.` : 'Rien n’a été importé.'}`,
      );
    }
    if (err instanceof DeviceRevokedError) {
      throw new HttpError(
        403,
        'device_revoked',
        'Cette tablette a été retirée : ses données ne sont plus acceptées.',
      );
    }
    throw err;
  }
  const count = (s: PushResult['status']) => results.filter((r) => r.status === s).length;
  return {
    deviceId: device.id,
    lastSeq,
    applied: count('applied'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    results,
  };
}

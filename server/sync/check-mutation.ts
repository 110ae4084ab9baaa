// The per-mutation checks of a push (DESIGN.md "Sync"): a failure here makes the mutation
// `rejected` (kept in quarantine with this reason), never the whole request.
import * as v from 'valibot';
import { mayUseKioskAgent } from '../../src/shared/kiosk-agent';
import { passRuleProblem } from '../../src/shared/pass';
import type { Mutation } from '../../src/shared/protocol';
import { type AnyRecord, describeIssues, RECORD_SCHEMAS, type RecordEntity } from '../../src/shared/records';
import { volunteerRefusal } from '../../src/shared/roles';
import { printable, wireShapeProblem } from '../../src/shared/wire-shape';

export interface CheckContext {
  deviceId: string;
  centreId: string;
  agentIds: ReadonlySet<string>;
  /** Agents of the centre with the volunteer role (src/shared/roles.ts): no contact, ever. */
  volunteerIds?: ReadonlySet<string>;
}

export type Checked =
  | { ok: true; op: 'upsert'; entity: RecordEntity; record: AnyRecord }
  /** A delete carries at least {id, rev}; `record` is set when it is a whole valid record. */
  | { ok: true; op: 'delete'; entity: RecordEntity; id: string; rev: number; record?: AnyRecord }
  | { ok: false; reason: string };

/** Both databases store rev as a 32-bit integer. */
const MAX_REV = 2_147_483_647;

const DeleteSchema = v.looseObject({
  id: v.pipe(v.string(), v.uuid('doit être un identifiant UUID')),
  rev: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REV)),
});

function isEntity(entity: string): entity is RecordEntity {
  return Object.hasOwn(RECORD_SCHEMAS, entity);
}

/**
 * Ownership: the record must be of this tablet's centre, from this tablet, by an agent of the
 * centre — or, for an anonymous kiosk record, by the kiosk pseudo-agent (src/shared/kiosk-agent.ts).
 */
function ownership(record: AnyRecord, ctx: CheckContext, entity: RecordEntity): string | undefined {
  if (record.centreId !== ctx.centreId) {
    return `Cet enregistrement est d’un autre centre (« ${record.centreId} ») que celui de la tablette.`;
  }
  if (record.deviceId !== ctx.deviceId) {
    return 'Cet enregistrement porte l’identifiant d’une autre tablette (deviceId).';
  }
  if (!ctx.agentIds.has(record.agentId) && !mayUseKioskAgent(entity, record.agentId)) {
    return `L’agent « ${record.agentId} » n’est pas un agent de ce centre.`;
  }
  return undefined;
}

export function checkMutation(m: Mutation, ctx: CheckContext): Checked {
  if (!isEntity(m.entity)) {
    return { ok: false, reason: `Type d’enregistrement inconnu : « ${printable(m.entity)} ».` };
  }
  // Before any schema: too deep, U+0000 in a string or a key, `__proto__`/`constructor` keys.
  const shape = wireShapeProblem(m.record);
  if (shape) return { ok: false, reason: `Enregistrement refusé — ${shape}` };
  const full = v.safeParse(RECORD_SCHEMAS[m.entity], m.record);
  if (m.op === 'upsert') {
    if (!full.success)
      return { ok: false, reason: `Enregistrement invalide — ${describeIssues(full.issues)}` };
    const record = full.output as AnyRecord;
    if (record.rev > MAX_REV)
      return { ok: false, reason: `Enregistrement invalide — rev : ${MAX_REV} au plus` };
    const card = passRuleProblem(m.entity, record);
    if (card) return { ok: false, reason: `Enregistrement invalide — ${card}` };
    const wrong =
      ownership(record, ctx, m.entity) ??
      (ctx.volunteerIds?.has(record.agentId) ? volunteerRefusal(m.entity, record) : undefined);
    return wrong ? { ok: false, reason: wrong } : { ok: true, op: 'upsert', entity: m.entity, record };
  }
  const del = v.safeParse(DeleteSchema, m.record);
  if (!del.success) return { ok: false, reason: `Suppression invalide — ${describeIssues(del.issues)}` };
  if (!full.success)
    return { ok: true, op: 'delete', entity: m.entity, id: del.output.id, rev: del.output.rev };
  const record = full.output as AnyRecord;
  const wrong = ownership(record, ctx, m.entity);
  if (wrong) return { ok: false, reason: wrong };
  return { ok: true, op: 'delete', entity: m.entity, id: record.id, rev: record.rev, record };
}

// What else a restore keeps from the replaced database (like erasures.ts and revocations.ts, issue
// 15 §4, docs/operations.md « Restauration »): what happened after the backup and must not be
// undone by it. Read from the replaced database before it is replaced, written into the restored
// one in one transaction:
// - SMS STOP replies (sms_optouts): a resident who said STOP after the backup would otherwise get
//   SMS again. The list only grows (no reply takes a number off it), so the union is exact.
// - Tablet commands (device_commands, `wipe`) queued after the backup: queued again, with a change
//   version of the restored database, for the tablets it knows, so their next pull carries them.
// - Dashboard accounts: each account's password, role, territory, centres and whether it is
//   disabled are the replaced database's (a password changed or an account disabled after the
//   backup does not come back); an account created after the backup is added. An account the
//   replaced database no longer had is disabled.
// - The centres' agents (agents.ts), by the same rule: PIN verifier, deactivation and role are the
//   replaced database's, an agent created after the backup is added, one no longer there is
//   deactivated; each with a change version of the restored database, so tablets pull them.
// - SMS: the messages sent (or stopped, failed) after the backup keep that state, and those
//   queued after it are kept, so none goes out a second time: the backup still has them to send,
//   or would plan them again from the encounters the tablets push again (the queue's unique key).
//   Read from the replaced database only when updated since the backup was taken (`since`).
// - Sessions: every session ends (the backup's are stale, the later ones are not in it): everyone
//   signs in again.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';
import { type AgentRow, keepAgents, readAgents } from './agents';

type Row<T extends keyof DB> = Selectable<DB[T]>;

export interface CarryOver {
  optOuts: Row<'sms_optouts'>[];
  commands: Row<'device_commands'>[];
  users: Row<'users'>[];
  userCentres: Row<'user_centres'>[];
  sms: Row<'sms_messages'>[];
  agents: AgentRow[];
}

export interface CarriedOver {
  /** STOP replies the restored database did not have. */
  optOuts: number;
  /** Tablet commands queued again. */
  commands: number;
  /** Accounts whose password, rights or state the backup had otherwise (or had not at all). */
  accounts: number;
  /** SMS whose state (sent, stopped…) or existence the backup did not have. */
  sms: number;
  /** Agents whose PIN, role or deactivation the backup had otherwise (or had not at all). */
  agents: number;
  /** Dashboard sessions ended. */
  sessions: number;
}

/** `since`: when the backup was taken (null: unknown, then every SMS no longer waiting is read). */
export async function readCarryOver(db: Kysely<DB>, since: string | null): Promise<CarryOver> {
  let sms = db.selectFrom('sms_messages').selectAll();
  sms = since ? sms.where('updated_at', '>=', since) : sms.where('status', '!=', 'a_envoyer');
  const [optOuts, commands, users, userCentres, messages, agents] = await Promise.all([
    db.selectFrom('sms_optouts').selectAll().execute(),
    db.selectFrom('device_commands').selectAll().execute(),
    db.selectFrom('users').selectAll().execute(),
    db.selectFrom('user_centres').selectAll().execute(),
    sms.execute(),
    readAgents(db),
  ]);
  return { optOuts, commands, users, userCentres, sms: messages, agents };
}

const CHUNK = 200;

async function ids(trx: Transaction<DB>, table: 'centres' | 'devices' | 'territories' | 'users') {
  return new Set((await trx.selectFrom(table).select('id').execute()).map((r) => r.id));
}

async function keepOptOuts(trx: Transaction<DB>, rows: CarryOver['optOuts']): Promise<number> {
  const centres = await ids(trx, 'centres');
  let added = 0;
  const known = rows.filter((r) => centres.has(r.centre_id));
  for (let i = 0; i < known.length; i += CHUNK) {
    const res = await trx
      .insertInto('sms_optouts')
      .values(known.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['centre_id', 'phone_hash']).doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

async function keepCommands(trx: Transaction<DB>, rows: CarryOver['commands']): Promise<number> {
  const devices = await ids(trx, 'devices');
  const present = new Set((await trx.selectFrom('device_commands').select('id').execute()).map((r) => r.id));
  const missing = rows.filter((r) => devices.has(r.device_id) && !present.has(r.id));
  if (!missing.length) return 0;
  // A version of this database: a tablet's pull from zero (it learns the new epoch) reaches it.
  const version = await bumpChangeVersion(trx);
  for (let i = 0; i < missing.length; i += CHUNK) {
    const part = missing.slice(i, i + CHUNK).map((r) => ({ ...r, version }));
    await trx.insertInto('device_commands').values(part).execute();
  }
  return missing.length;
}

async function keepAccounts(trx: Transaction<DB>, c: CarryOver): Promise<number> {
  const [centres, territories, restored] = await Promise.all([
    ids(trx, 'centres'),
    ids(trx, 'territories'),
    trx.selectFrom('users').selectAll().execute(),
  ]);
  const before = new Map(restored.map((u) => [u.id, u]));
  const centresOf = (rows: Row<'user_centres'>[], userId: string) =>
    rows
      .filter((r) => r.user_id === userId)
      .map((r) => r.centre_id)
      .sort()
      .join(',');
  const restoredCentres = await trx.selectFrom('user_centres').selectAll().execute();
  let changed = 0;
  for (const u of c.users) {
    const territory = u.territory_id && territories.has(u.territory_id) ? u.territory_id : null;
    const account = { ...u, territory_id: territory };
    const old = before.get(u.id);
    const centresNow = centresOf(c.userCentres, u.id);
    const same =
      old &&
      old.password_hash === u.password_hash &&
      Number(old.disabled) === Number(u.disabled) &&
      old.role === u.role &&
      old.territory_id === territory &&
      centresOf(restoredCentres, u.id) === centresNow;
    if (same) continue;
    changed++;
    if (old) {
      const { id: _id, ...fields } = account;
      await trx.updateTable('users').set(fields).where('id', '=', u.id).execute();
    } else {
      // A login taken meanwhile by an account of the backup: that one keeps it, this one waits.
      const clash = await trx
        .selectFrom('users')
        .select('id')
        .where('login', '=', u.login)
        .executeTakeFirst();
      if (clash) continue;
      await trx.insertInto('users').values(account).execute();
    }
    await trx.deleteFrom('user_centres').where('user_id', '=', u.id).execute();
    const mine = c.userCentres.filter((r) => r.user_id === u.id && centres.has(r.centre_id));
    if (mine.length) await trx.insertInto('user_centres').values(mine).execute();
  }
  const kept = new Set(c.users.map((u) => u.id));
  for (const old of restored) {
    if (kept.has(old.id) || Number(old.disabled)) continue;
    await trx.updateTable('users').set({ disabled: 1 }).where('id', '=', old.id).execute();
    changed++;
  }
  return changed;
}

async function keepSms(trx: Transaction<DB>, rows: CarryOver['sms']): Promise<number> {
  let kept = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const present = await trx
      .selectFrom('sms_messages')
      .selectAll()
      .where(
        'id',
        'in',
        part.map((r) => r.id),
      )
      .execute();
    const byId = new Map(present.map((r) => [r.id, r]));
    for (const r of part) {
      const old = byId.get(r.id);
      if (old && JSON.stringify(old) === JSON.stringify(r)) continue;
      if (old) {
        const { id: _id, ...fields } = r;
        await trx.updateTable('sms_messages').set(fields).where('id', '=', r.id).execute();
      } else {
        const res = await trx
          .insertInto('sms_messages')
          .values(r)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (!Number(res.numInsertedOrUpdatedRows ?? 0n)) continue;
      }
      kept++;
    }
  }
  return kept;
}

/** Writes into the just-restored database what the replaced one had since the backup. */
export async function keepCarryOver(db: Kysely<DB>, c: CarryOver, now: Date): Promise<CarriedOver> {
  return db.transaction().execute(async (trx) => {
    const optOuts = await keepOptOuts(trx, c.optOuts);
    const commands = await keepCommands(trx, c.commands);
    const accounts = await keepAccounts(trx, c);
    const sms = await keepSms(trx, c.sms);
    const agents = await keepAgents(trx, c.agents, now);
    const ended = await trx.deleteFrom('sessions').executeTakeFirst();
    return { optOuts, commands, accounts, sms, agents, sessions: Number(ended.numDeletedRows) };
  });
}

/** When the replaced database could not be read: still end every session (they predate it). */
export async function endSessions(db: Kysely<DB>): Promise<number> {
  return Number((await db.deleteFrom('sessions').executeTakeFirst()).numDeletedRows);
}

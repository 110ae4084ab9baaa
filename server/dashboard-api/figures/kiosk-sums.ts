// The kiosk events of a period counted by the database (kiosk_facts, filled at push; the Paris
// weekday and hour are computed there, so no time zone is asked of SQLite or PostgreSQL).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type KioskSums, USE_EVENTS } from './kiosk';
import { type FactScope, inScope, num } from './sql';

export async function kioskSums(db: Kysely<DB>, s: FactScope): Promise<KioskSums> {
  const k = () => db.selectFrom('kiosk_facts as k').where(inScope(s, 'k'));
  const [groups, uses] = await Promise.all([
    k()
      .select((eb) => [
        'k.event',
        'k.guide_id',
        'k.step',
        'k.activity_id',
        'k.language',
        eb.fn.countAll().as('count'),
      ])
      .groupBy(['k.event', 'k.guide_id', 'k.step', 'k.activity_id', 'k.language'])
      .execute(),
    k()
      .where('k.event', 'in', [...USE_EVENTS])
      .where('k.weekday', 'is not', null)
      .select((eb) => ['k.weekday', 'k.hour', eb.fn.countAll().as('count')])
      .groupBy(['k.weekday', 'k.hour'])
      .execute(),
  ]);
  return {
    groups: groups.map((g) => ({
      event: g.event,
      guideId: g.guide_id,
      step: g.step === null ? null : num(g.step),
      activityId: g.activity_id,
      language: g.language,
      count: num(g.count),
    })),
    uses: uses.map((u) => ({ weekday: num(u.weekday), hour: num(u.hour), count: num(u.count) })),
  };
}

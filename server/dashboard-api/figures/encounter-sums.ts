// The encounters of a period, counted by the database: GROUP BY over encounter_facts and
// record_values (filled at push, server/facts/). Each query answers a few rows (one per type, per
// tag, per profile pair), whatever the number of encounters; accompaniments.ts, topics.ts,
// profile.ts and hours.ts turn them into the figures.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { ENCOUNTER_VALUE_KINDS } from '../../facts/counts';
import { type FactScope, inScope, nested, num } from './sql';

export interface TypeSums {
  count: number;
  /** People reached: 1 per individual or information, the participants of a collective session. */
  people: number;
  /** Individual profiles and informations that said « première fois : oui ». */
  firstTime: number;
}

export interface EncounterSums {
  byType: Map<string, TypeSums>;
  /** Σ durationMin of the encounters that have one, and how many have none. */
  minutes: number;
  withoutDuration: number;
  /** record_values of the encounters: kind → value → Σ n (server/facts/encounter.ts lists the kinds). */
  values: Map<string, Map<string, number>>;
  /** Encounters by autonomy (null: not said). */
  autonomy: Map<string | null, number>;
  /** The individual profiles (not collective sessions) by sex × age band, null where not said. */
  sexByAge: { sex: string | null; ageBand: string | null; count: number }[];
  /** Per institution and per equipment: the encounters naming it and their minutes. */
  timeBy: Map<string, Map<string, { count: number; minutes: number }>>;
  /** Minutes of the encounters that name no institution; encounters that name no equipment. */
  withoutInstitutionMin: number;
  withoutEquipment: number;
}

export async function encounterSums(db: Kysely<DB>, s: FactScope): Promise<EncounterSums> {
  const ef = () => db.selectFrom('encounter_facts as ef').where(inScope(s, 'ef'));
  const [types, values, autonomy, pairs, time, without] = await Promise.all([
    ef()
      .select((eb) => [
        'ef.type',
        eb.fn.countAll().as('count'),
        eb.fn.sum('ef.people').as('people'),
        eb.fn.sum(eb.case().when('ef.first_time', '=', 'oui').then(1).else(0).end()).as('first_time'),
        eb.fn.sum('ef.duration_min').as('minutes'),
        eb.fn.sum(eb.case().when('ef.duration_min', 'is', null).then(1).else(0).end()).as('without_duration'),
      ])
      .groupBy('ef.type')
      .execute(),
    db
      .selectFrom('record_values as rv')
      .where(inScope(s, 'rv'))
      .where('rv.kind', 'in', ENCOUNTER_VALUE_KINDS)
      .select((eb) => ['rv.kind', 'rv.value', eb.fn.sum('rv.n').as('n')])
      .groupBy(['rv.kind', 'rv.value'])
      .execute(),
    ef()
      .select((eb) => ['ef.autonomy', eb.fn.countAll().as('count')])
      .groupBy('ef.autonomy')
      .execute(),
    ef()
      .where('ef.type', '!=', 'collectif')
      .select((eb) => ['ef.sex', 'ef.age_band', eb.fn.countAll().as('count')])
      .groupBy(['ef.sex', 'ef.age_band'])
      .execute(),
    db
      .selectFrom('record_values as rv')
      .innerJoin('encounter_facts as ef', 'ef.record_id', 'rv.record_id')
      .where(inScope(s, 'rv'))
      .where('rv.kind', 'in', ['institution', 'equipment'])
      .select((eb) => [
        'rv.kind',
        'rv.value',
        eb.fn.countAll().as('count'),
        eb.fn.sum('ef.duration_min').as('minutes'),
      ])
      .groupBy(['rv.kind', 'rv.value'])
      .execute(),
    ef()
      .select((eb) => {
        const names = (kind: string) =>
          eb.exists(
            eb
              .selectFrom('record_values as x')
              .select('x.record_id')
              .whereRef('x.record_id', '=', 'ef.record_id')
              .where('x.kind', '=', kind),
          );
        return [
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.not(names('institution')))
                .then(eb.ref('ef.duration_min'))
                .else(0)
                .end(),
            )
            .as('without_institution_min'),
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.not(names('equipment')))
                .then(1)
                .else(0)
                .end(),
            )
            .as('without_equipment'),
        ];
      })
      .executeTakeFirst(),
  ]);
  const timeBy = new Map<string, Map<string, { count: number; minutes: number }>>();
  for (const r of time) {
    const m = timeBy.get(r.kind) ?? new Map();
    m.set(r.value, { count: num(r.count), minutes: num(r.minutes) });
    timeBy.set(r.kind, m);
  }
  return {
    byType: new Map(
      types.map((t) => [
        t.type,
        { count: num(t.count), people: num(t.people), firstTime: num(t.first_time) },
      ]),
    ),
    minutes: types.reduce((a, t) => a + num(t.minutes), 0),
    withoutDuration: types.reduce((a, t) => a + num(t.without_duration), 0),
    values: nested(values),
    autonomy: new Map(autonomy.map((a) => [a.autonomy, num(a.count)])),
    sexByAge: pairs.map((p) => ({ sex: p.sex, ageBand: p.age_band, count: num(p.count) })),
    timeBy,
    withoutInstitutionMin: num(without?.without_institution_min),
    withoutEquipment: num(without?.without_equipment),
  };
}

/** « Accompagnements par des bénévoles »: encounters recorded by these agents, and people reached. */
export async function volunteerSums(db: Kysely<DB>, s: FactScope, volunteerIds: string[]) {
  if (!volunteerIds.length) return { accompaniments: 0, peopleReached: 0 };
  const row = await db
    .selectFrom('encounter_facts as ef')
    .where(inScope(s, 'ef'))
    .where('ef.agent_id', 'in', volunteerIds)
    .select((eb) => [eb.fn.countAll().as('count'), eb.fn.sum('ef.people').as('people')])
    .executeTakeFirst();
  return { accompaniments: num(row?.count), peopleReached: num(row?.people) };
}

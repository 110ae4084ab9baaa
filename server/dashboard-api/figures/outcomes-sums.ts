// The outcomes counted by the database, by card (card_sightings, skill_answers, survey_facts and
// record_values, filled at push): each query counts distinct cards, so nothing is read per record
// or per person. outcomes.ts turns the sums into the figures.
import { type Kysely, sql } from 'kysely';
import { SKILL_ITEMS } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import { num } from './sql';

export interface OutcomeScope {
  centreIds: string[];
  startIso: string;
  endIso: string;
}

/** The scope's centres for `IN (…)`; no centre has the empty id, so an empty scope matches nothing. */
const ids = (q: OutcomeScope) => (q.centreIds.length ? q.centreIds : ['']);

/** Before a check answered « seul », one of these on the same item counts as progress. */
const NOT_YET = ['avec_aide', 'pas_encore'];

const sightings = (db: Kysely<DB>, q: OutcomeScope) =>
  db
    .selectFrom('card_sightings as cs')
    .where('cs.centre_id', 'in', ids(q))
    .where('cs.created_at', '<', q.endIso);
const seen = (db: Kysely<DB>, q: OutcomeScope) =>
  sightings(db, q).where('cs.at', '>=', q.startIso).where('cs.at', '<', q.endIso);

/** Distinct cards seen in the period. */
export async function cardsSeen(db: Kysely<DB>, q: OutcomeScope): Promise<number> {
  const row = await seen(db, q)
    .select((eb) => eb.fn.count('cs.pass_id').distinct().as('n'))
    .executeTakeFirst();
  return num(row?.n);
}

/** met → signed up → came (first check-in day) → came back (seen on a later day), per card. */
export async function funnelSums(db: Kysely<DB>, q: OutcomeScope) {
  const perCard = seen(db, q)
    .select((eb) => [
      'cs.pass_id',
      eb.fn.max(eb.case().when('cs.entity', '=', 'encounter').then(1).else(0).end()).as('met'),
      eb.fn.max(eb.case().when('cs.entity', '=', 'signup').then(1).else(0).end()).as('signed'),
      eb.fn
        .min(eb.case().when('cs.entity', '=', 'attendance').then(eb.ref('cs.at_day')).end())
        .as('first_came'),
      eb.fn.max('cs.at_day').as('last_day'),
    ])
    .groupBy('cs.pass_id');
  const row = await db
    .selectFrom(perCard.as('c'))
    .select((eb) => {
      const signedUp = eb.and([eb('c.met', '=', 1), eb('c.signed', '=', 1)]);
      const came = eb.and([signedUp, eb('c.first_came', 'is not', null)]);
      const back = eb.and([came, eb('c.last_day', '>', eb.ref('c.first_came'))]);
      const count = (cond: typeof signedUp) => eb.fn.sum(eb.case().when(cond).then(1).else(0).end());
      return [
        eb.fn.sum('c.met').as('met'),
        count(signedUp).as('signed_up'),
        count(came).as('came'),
        count(back).as('came_back'),
      ];
    })
    .executeTakeFirst();
  return {
    met: num(row?.met),
    signedUp: num(row?.signed_up),
    came: num(row?.came),
    cameBack: num(row?.came_back),
  };
}

const month = sql<string>`substr(cs.at_day, 1, 7)`;

/** Per Paris month of the period: the cards seen, and those seen that month for the first time ever. */
export async function monthSums(db: Kysely<DB>, q: OutcomeScope) {
  const inMonth = seen(db, q)
    .select(['cs.pass_id', month.as('month')])
    .distinct();
  const first = sightings(db, q)
    .select((eb) => ['cs.pass_id', eb.fn.min('cs.at_day').as('first_day')])
    .groupBy('cs.pass_id');
  const rows = await db
    .selectFrom(inMonth.as('m'))
    .innerJoin(first.as('f'), 'f.pass_id', 'm.pass_id')
    .select((eb) => [
      'm.month',
      eb.fn.countAll().as('people'),
      eb.fn
        .sum(
          eb
            .case()
            .when(sql<string>`substr(f.first_day, 1, 7)`, '=', eb.ref('m.month'))
            .then(1)
            .else(0)
            .end(),
        )
        .as('fresh'),
    ])
    .groupBy('m.month')
    .execute();
  return new Map(rows.map((r) => [r.month, { people: num(r.people), fresh: num(r.fresh) }]));
}

/** The checks of the period with a card whose answer on an item went to « seul » after an earlier
 *  « avec de l'aide » or « pas encore » of the same card (earlier: createdAt, then id). */
export async function progressionSums(db: Kysely<DB>, q: OutcomeScope) {
  const moved = () =>
    db
      .selectFrom('skill_answers as later')
      .where('later.centre_id', 'in', ids(q))
      .where('later.created_at', '>=', q.startIso)
      .where('later.created_at', '<', q.endIso)
      .where('later.pass_id', 'is not', null)
      .where('later.answer', '=', 'seul')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('skill_answers as earlier')
            .select('earlier.record_id')
            .whereRef('earlier.pass_id', '=', 'later.pass_id')
            .whereRef('earlier.item', '=', 'later.item')
            .where('earlier.answer', 'in', NOT_YET)
            .where('earlier.centre_id', 'in', ids(q))
            .where((e) =>
              e.or([
                e('earlier.created_at', '<', e.ref('later.created_at')),
                e.and([
                  e('earlier.created_at', '=', e.ref('later.created_at')),
                  e('earlier.record_id', '<', e.ref('later.record_id')),
                ]),
              ]),
            ),
        ),
      );
  const checked = () =>
    db
      .selectFrom('skill_answers as sa')
      .where('sa.centre_id', 'in', ids(q))
      .where('sa.created_at', '>=', q.startIso)
      .where('sa.created_at', '<', q.endIso)
      .where('sa.pass_id', 'is not', null);
  const distinctCards = (ref: 'later.pass_id' | 'sa.pass_id' | 'cs.pass_id') =>
    sql<number>`count(distinct ${sql.ref(ref)})`;
  const [byItem, people, byCentre, checks, observed] = await Promise.all([
    moved()
      .select(['later.item', distinctCards('later.pass_id').as('n')])
      .groupBy('later.item')
      .execute(),
    moved().select(distinctCards('later.pass_id').as('n')).executeTakeFirst(),
    moved()
      .select(['later.centre_id', distinctCards('later.pass_id').as('n')])
      .groupBy('later.centre_id')
      .orderBy('later.centre_id')
      .execute(),
    checked()
      .select([
        sql<number>`count(distinct sa.record_id)`.as('checks'),
        distinctCards('sa.pass_id').as('people'),
      ])
      .executeTakeFirst(),
    db
      .selectFrom('record_values as rv')
      .innerJoin('card_sightings as cs', 'cs.record_id', 'rv.record_id')
      .where('rv.kind', '=', 'skill_observed')
      .where('rv.centre_id', 'in', ids(q))
      .where('rv.created_at', '>=', q.startIso)
      .where('rv.created_at', '<', q.endIso)
      .select(['rv.value', distinctCards('cs.pass_id').as('n')])
      .groupBy('rv.value')
      .execute(),
  ]);
  const items = new Map(byItem.map((r) => [r.item, num(r.n)]));
  const seenDone = new Map(observed.map((r) => [r.value, num(r.n)]));
  return {
    checks: num(checks?.checks),
    peopleChecked: num(checks?.people),
    people: num(people?.n),
    byItem: SKILL_ITEMS.map((itemId) => ({
      itemId,
      people: items.get(itemId) ?? 0,
      observed: seenDone.get(itemId) ?? 0,
    })),
    byCentre: byCentre.map((r) => ({ centreId: r.centre_id, people: num(r.n) })),
  };
}

/** Workshop feedback (context atelier) of the period, by activity: responses, scores, « j'ai appris à ». */
export async function feedbackSums(db: Kysely<DB>, q: OutcomeScope): Promise<Map<string, FeedbackSums>> {
  const atelier = () =>
    db
      .selectFrom('survey_facts as sf')
      .where('sf.centre_id', 'in', ids(q))
      .where('sf.created_at', '>=', q.startIso)
      .where('sf.created_at', '<', q.endIso)
      .where('sf.context', '=', 'atelier');
  const [responses, values] = await Promise.all([
    atelier()
      .select((eb) => ['sf.activity_id', eb.fn.countAll().as('n')])
      .groupBy('sf.activity_id')
      .execute(),
    atelier()
      .innerJoin('record_values as rv', 'rv.record_id', 'sf.record_id')
      .where('rv.kind', 'in', ['survey_score', 'survey_learnt'])
      .select((eb) => [
        'sf.activity_id',
        'rv.kind',
        'rv.value',
        eb.fn.countAll().as('n'),
        eb.fn.sum('rv.n').as('total'),
      ])
      .groupBy(['sf.activity_id', 'rv.kind', 'rv.value'])
      .execute(),
  ]);
  const out = new Map<string, FeedbackSums>();
  for (const r of responses)
    out.set(r.activity_id ?? '', { responses: num(r.n), scores: new Map(), learnt: new Map() });
  for (const v of values) {
    const f = out.get(v.activity_id ?? '');
    if (!f) continue;
    if (v.kind === 'survey_score') f.scores.set(v.value, { answers: num(v.n), total: num(v.total) });
    else f.learnt.set(v.value, num(v.n));
  }
  return out;
}

export interface FeedbackSums {
  responses: number;
  /** statement → answers and Σ score (5 always the good outcome). */
  scores: Map<string, { answers: number; total: number }>;
  /** passport item → responses that said « j'ai appris à ». */
  learnt: Map<string, number>;
}

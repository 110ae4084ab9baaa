// The encounter's part of the facts rule (server/facts/extract.ts): its typed columns and its
// multi-valued fields. To add a field, see the comment at the top of extract.ts.
import type { Encounter } from '../../src/shared/records';
import type { RecordValueRow } from '../db/facts-schema';
import type { Facts } from './extract';

type Values = RecordValueRow[];
export type Base = Pick<RecordValueRow, 'record_id' | 'entity' | 'centre_id' | 'agent_id' | 'created_at'>;

export function adder(base: Base, out: Values) {
  // The row is spelt out rather than spread from `base`: this runs for every value of every record
  // (a push, a back-fill, the federation seed's 30 million rows), and a literal is far cheaper.
  const row = (kind: string, value: string, n: number): RecordValueRow => ({
    record_id: base.record_id,
    entity: base.entity,
    centre_id: base.centre_id,
    agent_id: base.agent_id,
    created_at: base.created_at,
    kind,
    value,
    n,
  });
  /** One row per distinct value (a record names a theme once however often it is listed). */
  const each = (kind: string, list: readonly string[] | undefined) => {
    if (!list?.length) return;
    if (list.length === 1) out.push(row(kind, list[0]!, 1));
    else for (const value of new Set(list)) out.push(row(kind, value, 1));
  };
  /** Counts per value (summed when a value repeats). */
  const counted = (kind: string, pairs: [string, number][]) => {
    const sums = new Map<string, number>();
    for (const [value, n] of pairs) sums.set(value, (sums.get(value) ?? 0) + n);
    for (const [value, n] of sums) if (n > 0) out.push(row(kind, value, n));
  };
  return { each, counted };
}

/** A collective session's counts by category, and the participants not covered as non_communique. */
function margin(given: Partial<Record<string, number>> | undefined, total: number): [string, number][] {
  let covered = 0;
  const pairs: [string, number][] = [];
  for (const [k, n] of Object.entries(given ?? {})) {
    if (k === 'non_communique' || !n) continue;
    pairs.push([k, n]);
    covered += n;
  }
  pairs.push(['non_communique', Math.max(0, total - covered)]);
  return pairs;
}

/**
 * record_values kinds of an encounter: theme, sub_theme, institution, equipment, need (« besoins
 * au-delà du numérique »), at_home_<item> (value: oui / non / …), action (distinct
 * action kinds), guide_shown, activity_signup; orientation (n = orientation actions of that
 * redirection kind) and orientation_partner (n = orientation actions naming that partner);
 * people_sex, people_age, people_social, people_qpv (n = people: 1 for an individual profile, the
 * counts a collective session gave, its remainder « non communiqué »); issue 11: need (the needs
 * beyond the digital the person raised) and at_home_smartphone / at_home_ordinateur /
 * at_home_internet (value oui, non or non_communique; individual profiles only).
 */
export function encounterFacts(base: Base, e: Encounter, facts: Facts) {
  const { each, counted } = adder(base, facts.record_values);
  const collectif = e.type === 'collectif';
  const participants = collectif ? (e.participants?.count ?? 0) : 0;
  const p = collectif ? {} : (e.profile ?? {});
  facts.encounter_facts.push({
    record_id: base.record_id,
    centre_id: base.centre_id,
    agent_id: base.agent_id,
    created_at: base.created_at,
    type: e.type,
    people: collectif ? participants : 1,
    participants,
    duration_min: e.durationMin ?? null,
    sex: p.sex ?? null,
    age_band: p.ageBand ?? null,
    social_status: p.socialStatus ?? null,
    lives_in_qpv: p.livesInQpv ?? null,
    first_time: p.firstTime ?? null,
    autonomy: e.autonomy ?? null,
    outing_id: e.outingId ?? null,
    contact_id: e.contactId ?? null,
    pass_id: e.passId ?? null,
  });
  each('theme', e.themes);
  each('sub_theme', e.subThemes);
  each('institution', e.institutions);
  each('equipment', e.equipment);
  each('need', e.needs);
  // « À la maison »: kind at_home_<item> (smartphone, ordinateur, internet), value the answer.
  for (const [item, answer] of Object.entries(e.profile?.atHome ?? {}))
    if (answer) each(`at_home_${item}`, [answer]);
  const actions = e.actions ?? [];
  each(
    'action',
    actions.map((a) => a.kind),
  );
  each(
    'guide_shown',
    actions.flatMap((a) => (a.kind === 'guide_montre' ? a.guideIds : [])),
  );
  each(
    'activity_signup',
    actions.flatMap((a) => (a.kind === 'inscription_activite' ? [a.activityId] : [])),
  );
  const orientations = actions.flatMap((a) => (a.kind === 'orientation' ? [a] : []));
  counted(
    'orientation',
    orientations.map((a) => [a.redirectionKind, 1]),
  );
  counted(
    'orientation_partner',
    orientations.flatMap((a) => (a.partnerId ? [[a.partnerId, 1] as [string, number]] : [])),
  );
  if (collectif) {
    counted('people_sex', margin(e.participants?.bySex, participants));
    counted('people_age', margin(e.participants?.byAgeBand, participants));
    counted('people_social', [['non_communique', participants]]);
    counted('people_qpv', [['non_communique', participants]]);
  } else {
    counted('people_sex', [[p.sex ?? 'non_communique', 1]]);
    counted('people_age', [[p.ageBand ?? 'non_communique', 1]]);
    counted('people_social', [[p.socialStatus ?? 'non_communique', 1]]);
    counted('people_qpv', [[p.livesInQpv ?? 'non_communique', 1]]);
  }
}

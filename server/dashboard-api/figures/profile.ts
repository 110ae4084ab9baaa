// The public's profile, counted in people: one per individual accompaniment or brief information
// (its profile, "non communiqué" where a field is empty), and for a collective session its
// participants by the counts the agent gave, the rest "non communiqué".
// The fine age bands of the records refine both La Coop's bands and the EU indicators' bands, so
// both reports are exact sums of the same people.
import {
  AGE_BANDS,
  type AgeBand,
  COOP_AGE_BANDS,
  type CoopAgeBand,
  EU_AGE_BANDS,
  type EuAgeBand,
  SEXES,
  SOCIAL_STATUSES,
} from '../../../src/shared/taxonomy';
import { sum, zeros } from './counts';
import type { EncounterSums } from './encounter-sums';
import { countsOf } from './topics';

export type { CoopAgeBand, EuAgeBand } from '../../../src/shared/taxonomy';

export const EU_BAND_OF: Record<AgeBand, EuAgeBand> = {
  moins_12: 'moins_25',
  '12_15': 'moins_25',
  '16_17': 'moins_25',
  '18_24': 'moins_25',
  '25_39': '25_54',
  '40_54': '25_54',
  '55_59': '55_plus',
  '60_69': '55_plus',
  '70_plus': '55_plus',
  non_communique: 'non_communique',
};

export const COOP_BAND_OF: Record<AgeBand, CoopAgeBand> = {
  moins_12: 'moins_12',
  '12_15': '12_17',
  '16_17': '12_17',
  '18_24': '18_24',
  '25_39': '25_39',
  '40_54': '40_59',
  '55_59': '40_59',
  '60_69': '60_69',
  '70_plus': '70_plus',
  non_communique: 'non_communique',
};

const QPV_ANSWERS = ['oui', 'non', 'non_communique'] as const;

/** People by sex, age band, social status and QPV, as the facts rule counted them per encounter
 *  (server/facts/encounter.ts: one per individual profile, a session's counts and remainder). */
export function profile(s: EncounterSums) {
  const sex = countsOf(s, 'people_sex', SEXES);
  const ageBand = countsOf(s, 'people_age', AGE_BANDS);
  const socialStatus = countsOf(s, 'people_social', SOCIAL_STATUSES);
  const livesInQpv = countsOf(s, 'people_qpv', QPV_ANSWERS);
  const euAgeBand = zeros(EU_AGE_BANDS);
  const coopAgeBand = zeros(COOP_AGE_BANDS);
  for (const band of AGE_BANDS) {
    euAgeBand[EU_BAND_OF[band]] += ageBand[band];
    coopAgeBand[COOP_BAND_OF[band]] += ageBand[band];
  }
  return { sex, ageBand, euAgeBand, coopAgeBand, socialStatus, livesInQpv };
}

/**
 * The EU (FEDER) indicators: participants by sex and by age band (<25, 25–54, 55+), both including
 * collective sessions; and the sex × age table of the people whose pair is known together (the
 * individual profiles) — a session's counts by sex and by age are separate, so its participants
 * cannot be placed in that table without inventing data.
 */
export function euIndicators(s: EncounterSums) {
  const margins = profile(s);
  const rows = EU_AGE_BANDS.map((band) => ({ ageBand: band, ...zeros(SEXES), total: 0 }));
  const collectifParticipants = s.byType.get('collectif')?.people ?? 0;
  for (const pair of s.sexByAge) {
    const band = EU_BAND_OF[(pair.ageBand ?? 'non_communique') as AgeBand] ?? 'non_communique';
    const row = rows.find((r) => r.ageBand === band)!;
    row[(pair.sex ?? 'non_communique') as (typeof SEXES)[number]] += pair.count;
    row.total += pair.count;
  }
  const total = { ...zeros(SEXES), total: 0 };
  for (const r of rows) {
    for (const s of SEXES) total[s] += r[s];
    total.total += r.total;
  }
  return {
    participants: sum(Object.values(margins.sex)),
    bySex: margins.sex,
    byAgeBand: margins.euAgeBand,
    rows,
    total,
    collectifParticipants,
  };
}

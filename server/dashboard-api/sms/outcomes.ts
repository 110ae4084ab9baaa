// « Avez-vous obtenu votre droit ? »: the answers counted by institution, sub-theme and guide, with
// no name and no number — and cells of 1 to 4 people shown as « moins de 5 » (null here).
import type { Kysely } from 'kysely';
import { isSmallCell, protectPeople } from '../../../src/shared/small-cells';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/errors';
import { inIds } from '../scope';

export const OUTCOME_ANSWERS = ['abouti', 'en_cours', 'bloque'] as const;
type Answer = (typeof OUTCOME_ANSWERS)[number];
export type OutcomeCounts = Record<Answer, number | null>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 1–4 people → null (« moins de 5 »): the small-cell rule of src/shared/small-cells.ts, written
 *  there once; this answer says it with null. */
export function masked(n: number): number | null {
  const cell = protectPeople(n);
  return isSmallCell(cell) ? null : cell;
}

function day(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new HttpError(400, 'invalid', `${name} : une date AAAA-MM-JJ.`);
  return value;
}

export async function countOutcomes(db: Kysely<DB>, centreIds: string[], from?: string, to?: string) {
  const f = day('from', from);
  const t = day('to', to);
  let q = db
    .selectFrom('sms_outcomes')
    .select(['answer', 'institutions', 'sub_themes', 'guide_ids'])
    .where((eb) => inIds(eb, 'centre_id', centreIds));
  if (f) q = q.where('at', '>=', `${f}T00:00:00.000Z`);
  if (t) q = q.where('at', '<', new Date(Date.parse(`${t}T00:00:00Z`) + 86_400_000).toISOString());
  const rows = await q.execute();
  const total: Record<Answer, number> = { abouti: 0, en_cours: 0, bloque: 0 };
  const by = {
    institution: new Map<string, typeof total>(),
    subTheme: new Map<string, typeof total>(),
    guide: new Map<string, typeof total>(),
  };
  const add = (map: Map<string, typeof total>, key: string, answer: Answer) => {
    const cell = map.get(key) ?? { abouti: 0, en_cours: 0, bloque: 0 };
    cell[answer]++;
    map.set(key, cell);
  };
  for (const r of rows) {
    const answer = r.answer as Answer;
    if (!OUTCOME_ANSWERS.includes(answer)) continue;
    total[answer]++;
    for (const i of JSON.parse(r.institutions) as string[]) add(by.institution, i, answer);
    for (const s of JSON.parse(r.sub_themes) as string[]) add(by.subTheme, s, answer);
    for (const g of JSON.parse(r.guide_ids) as string[]) add(by.guide, g, answer);
  }
  const mask = (c: typeof total): OutcomeCounts => ({
    abouti: masked(c.abouti),
    en_cours: masked(c.en_cours),
    bloque: masked(c.bloque),
  });
  const list = (m: Map<string, typeof total>) =>
    [...m].sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => ({ id, ...mask(c) }));
  return {
    total: mask(total),
    byInstitution: list(by.institution),
    bySubTheme: list(by.subTheme),
    byGuide: list(by.guide),
  };
}

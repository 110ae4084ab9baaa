// Asks the database for what the figures count for a period and scope: the encounters, kiosk
// events and survey answers made in the period and the outings started in it, each as GROUP BY
// sums over the side tables filled at push (server/facts/). No record of the period is read here:
// the answer is a few rows per figure, the same for a centre's month and a territory's year.
// The additive sums come from the count table (count-sums.ts) unless the figures are filtered by
// agent (the counts are per centre, not per agent): then from the facts, as before 014.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { FigureInput } from './compute';
import {
  countRows,
  encounterCounts,
  kioskCounts,
  placeCounts,
  surveyCounts,
  volunteerCounts,
} from './count-sums';
import { encounterSums, volunteerSums } from './encounter-sums';
import { kioskSums } from './kiosk-sums';
import { encounterPlaces, encounterPlacesCounted, outingGroups } from './outing-sums';
import { surveySums } from './survey';

export async function loadFigureInput(
  db: Kysely<DB>,
  q: {
    centreIds: string[];
    period: { from: string; to: string; startIso: string; endIso: string };
    agentIds?: string[] | undefined;
  },
): Promise<FigureInput> {
  const scope = {
    centreIds: q.centreIds,
    startIso: q.period.startIso,
    endIso: q.period.endIso,
    agentIds: q.agentIds,
  };
  const volunteers = q.centreIds.length
    ? await db
        .selectFrom('agents')
        .select('id')
        .where('role', '=', 'volunteer')
        .where('centre_id', 'in', q.centreIds)
        .execute()
    : [];
  const volunteerIds = volunteers.map((a) => a.id);
  const days = { centreIds: q.centreIds, from: q.period.from, to: q.period.to };
  const [counted, groups, partners] = await Promise.all([
    q.agentIds?.length
      ? Promise.all([
          encounterSums(db, scope),
          kioskSums(db, scope),
          surveySums(db, scope),
          volunteerSums(db, scope, volunteerIds),
          encounterPlaces(db, scope),
        ])
      : Promise.all([
          countRows(db, days),
          placeCounts(db, days).then((p) => encounterPlacesCounted(db, scope, p)),
        ]).then(
          ([c, places]) =>
            [
              encounterCounts(c),
              kioskCounts(c),
              surveyCounts(c),
              volunteerCounts(c, volunteerIds),
              places,
            ] as const,
        ),
    outingGroups(db, scope),
    db.selectFrom('partners').select(['id', 'name']).execute(),
  ]);
  const [encounters, kiosk, surveys, volunteerFigures, places] = counted;
  const outings = { groups, encounterPlaces: places };
  return {
    period: { from: q.period.from, to: q.period.to },
    centreIds: q.centreIds,
    encounters,
    outings,
    kiosk,
    surveys,
    volunteers: volunteerFigures,
    partnerNames: new Map(partners.map((p) => [p.id, p.name])),
  };
}

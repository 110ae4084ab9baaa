// Accompaniments by type and people reached (La Coop's counting): an individual accompaniment or a
// brief information is one person, a collective session counts its participants. From the sums the
// database made (encounter-sums.ts).
import type { EncounterSums } from './encounter-sums';

export function accompaniments(s: Pick<EncounterSums, 'byType'>) {
  const of = (type: string) => s.byType.get(type) ?? { count: 0, people: 0, firstTime: 0 };
  const individuel = of('individuel').count;
  const collectif = of('collectif').count;
  const information = of('information').count;
  return {
    total: individuel + collectif + information,
    individuel,
    collectif,
    collectifParticipants: of('collectif').people,
    information,
  };
}

export function people(s: Pick<EncounterSums, 'byType'>) {
  let reached = 0;
  let firstTime = 0;
  for (const [type, t] of s.byType) {
    reached += t.people;
    if (type !== 'collectif') firstTime += t.firstTime;
  }
  return { reached, firstTime };
}

// Accompaniments by type and people reached (La Coop's counting): an individual accompaniment or a
// brief information is one person, a collective session counts its participants.
import type { Encounter } from '../../../src/shared/records';

export function accompaniments(encounters: readonly Encounter[]) {
  let individuel = 0;
  let collectif = 0;
  let collectifParticipants = 0;
  let information = 0;
  for (const e of encounters) {
    if (e.type === 'individuel') individuel++;
    else if (e.type === 'information') information++;
    else {
      collectif++;
      collectifParticipants += e.participants?.count ?? 0;
    }
  }
  return { total: encounters.length, individuel, collectif, collectifParticipants, information };
}

export function people(encounters: readonly Encounter[]) {
  const a = accompaniments(encounters);
  const firstTime = encounters.filter((e) => e.type !== 'collectif' && e.profile?.firstTime === 'oui').length;
  return { reached: a.individuel + a.information + a.collectifParticipants, firstTime };
}

// The hours the CAF convention asks for (issue 11 point 6) as rows of the CAF export, in the words
// of the CAF report page: hours of permanence by kind of place and by neighbourhood, minutes of
// accompaniment per institution, accompaniments on the borne's tablet vs the person's phone, and the
// volunteers' accompaniments counted apart. Rows that would read 0 by kind are left out, as on the page.
import type { CafReport } from '../../../src/shared/dashboard-api/figures';
import { cell } from '../figures/outcomes-tables';
import { label } from './labels';
import type { Cell } from './table';

const nonZero = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0);

export function cafHoursRows(caf: CafReport): Cell[][] {
  const { permanence, accompaniment, equipment } = caf.hours;
  const rows: Cell[][] = [
    ['Heures de permanence (total)', permanence.total],
    ['Sorties non terminées (heures non comptées)', permanence.notEnded],
    ...nonZero(permanence.byPlaceKind).map(([id, h]): Cell[] => [
      `Heures de permanence, type de lieu : ${label('placeKind', id)}`,
      h,
    ]),
    ...permanence.byNeighbourhood.map((r): Cell[] => [
      `Heures de permanence, quartier : ${r.neighbourhood}`,
      r.hours,
    ]),
    ['Minutes d’accompagnement (total)', accompaniment.totalMin],
    ['Accompagnements sans durée', cell(accompaniment.withoutDuration)],
    ...nonZero(accompaniment.byInstitution).map(([id, min]): Cell[] => [
      `Minutes d’accompagnement, organisme : ${label('institution', id)}`,
      min,
    ]),
    ['Minutes d’accompagnement sans organisme', accompaniment.withoutInstitutionMin],
    ...Object.entries(equipment.count).map(([id, n]): Cell[] => [
      `Accompagnements avec : ${label('equipment', id)}`,
      cell(n),
    ]),
    ...Object.entries(equipment.minutes).map(([id, min]): Cell[] => [
      `Minutes d’accompagnement avec : ${label('equipment', id)}`,
      min,
    ]),
    ['Accompagnements sans matériel précisé', cell(equipment.notSaid)],
  ];
  if (caf.volunteers)
    rows.push(
      ['Accompagnements par des bénévoles', cell(caf.volunteers.accompaniments)],
      ['Personnes touchées par des bénévoles', cell(caf.volunteers.peopleReached)],
    );
  return rows;
}

// The hours the CAF convention asks for (issue 11), in the CAF report: hours of permanence by kind of
// place and by neighbourhood, minutes of accompaniment per institution, tablet vs the person's phone.
// Hours and minutes are durations; the accompaniments by equipment are people, « moins de 5 » from 1 to 4.
import type { CafHours as CafHoursData } from '../../shared/dashboard-api/figures';
import type { PeopleCell } from '../../shared/small-cells';
import { label, t } from '../i18n';
import { TwoColumns } from './reports';

const nonZero = (counts: Record<string, number>, group: string): [string, number][] =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => [label(group, id), n]);

export function CafHours({ h }: { h: CafHoursData }) {
  return (
    <>
      <TwoColumns
        id="caf-hours-place"
        caption={t('coord.hours.byPlace', { total: h.permanence.total, notEnded: h.permanence.notEnded })}
        rows={nonZero(h.permanence.byPlaceKind, 'placeKind')}
      />
      <TwoColumns
        id="caf-hours-neighbourhood"
        caption={t('coord.hours.byNeighbourhood')}
        rows={h.permanence.byNeighbourhood.map((r) => [r.neighbourhood, r.hours])}
      />
      <TwoColumns
        id="caf-minutes-institution"
        caption={t('coord.hours.byInstitution', { total: h.accompaniment.totalMin })}
        rows={[
          ...nonZero(h.accompaniment.byInstitution, 'institution'),
          [t('coord.hours.noInstitution'), h.accompaniment.withoutInstitutionMin],
        ]}
      />
      <TwoColumns
        id="caf-equipment"
        caption={t('coord.hours.equipment')}
        rows={[
          ...Object.entries(h.equipment.count).map(([id, n]): [string, PeopleCell] => [
            label('equipment', id),
            n,
          ]),
          [t('coord.hours.equipmentNotSaid'), h.equipment.notSaid],
        ]}
      />
    </>
  );
}

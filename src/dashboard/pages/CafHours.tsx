// The hours the CAF convention asks for (issue 11), in the CAF report: hours of permanence by kind of
// place and by neighbourhood, minutes of accompaniment per institution, tablet vs the person's phone.
import { label, t } from '../i18n';
import { TwoColumns } from './reports';

export interface CafHoursData {
  permanence: {
    total: number;
    notEnded: number;
    byPlaceKind: Record<string, number>;
    byNeighbourhood: { neighbourhood: string; hours: number; outings: number }[];
  };
  accompaniment: {
    totalMin: number;
    withoutDuration: number;
    withoutInstitutionMin: number;
    byInstitution: Record<string, number>;
  };
  equipment: { count: Record<string, number>; minutes: Record<string, number>; notSaid: number };
}

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
          ...Object.entries(h.equipment.count).map(([id, n]): [string, number] => [
            label('equipment', id),
            n,
          ]),
          [t('coord.hours.equipmentNotSaid'), h.equipment.notSaid],
        ]}
      />
    </>
  );
}

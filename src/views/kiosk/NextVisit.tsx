// The kiosk home's line « La borne revient : jeudi 9 h, marché de Wazemmes », and the next
// permanences nearby: read offline from the plan the tablet pulled (src/kiosk/next-visits.ts), by
// the content worker, so the kiosk home never loads the database code on the main thread.
import { useEffect, useState } from 'preact/hooks';
import { dateFormatter, t } from '../../i18n';
import type { NextVisits } from '../../kiosk/next-visits';
import { clock } from '../../platform/clock';
import { daysBetween, localDate } from '../../shared/calendar-days';
import type { Occurrence } from '../../shared/permanences';

/** « jeudi 9 h » within the week, « jeudi 17 décembre 9 h 30 » further on, in the kiosk's language. */
export function formatVisit(o: Occurrence, now: Date): string {
  const [y, m, d] = o.date.split('-').map(Number) as [number, number, number];
  const [h, min] = o.permanence.startTime.split(':') as [string, string];
  const far = daysBetween(localDate(now), o.date) >= 7;
  const day = dateFormatter({ weekday: 'long', ...(far ? { day: 'numeric', month: 'long' } : {}) }).format(
    new Date(y, m - 1, d, 12),
  );
  const time =
    min === '00'
      ? t('kiosk.visit.hour', { h: Number(h) })
      : t('kiosk.visit.hourMin', { h: Number(h), m: min });
  return t('kiosk.visit.when', { day, time });
}

export default function NextVisit() {
  const now = clock.now();
  const [visits, setVisits] = useState<NextVisits>();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    import('../../content/content-client').then(
      (m) => {
        if (!cancelled) stop = m.watchNextVisits(setVisits);
      },
      () => undefined, // no plan on screen rather than a broken home
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  if (!visits || (!visits.here && visits.nearby.length === 0)) return null;
  return (
    <section class="card kiosk-next-visit" aria-labelledby="next-visit-title" data-testid="next-visit">
      <h2 id="next-visit-title">
        {visits.here
          ? t('kiosk.visit.back', {
              when: formatVisit(visits.here, now),
              place: visits.here.permanence.placeLabel,
            })
          : t('kiosk.visit.next')}
      </h2>
      {visits.nearby.length > 0 && (
        <>
          {visits.here && <p>{t('kiosk.visit.nearby')}</p>}
          <ul>
            {visits.nearby.map((o) => (
              <li key={`${o.permanence.id}-${o.date}`}>
                {t('kiosk.visit.item', { when: formatVisit(o, now), place: o.permanence.placeLabel })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// The kiosk figures a centre and the CAF can act on: per guide, openings, completions and where
// people stop (abandon by step); help requests by guide and step; use by weekday × hour (a chart
// of the hours and the full table). Guides are named by their title, never their id.
import { api } from '../api';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { formatCell, lang, t } from '../i18n';
import { FigureBlock } from './FigureBlock';
import type { Figures } from './types';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

function useGuideTitles(): (id: string) => string {
  const res = useResource(
    () => api.get<{ items: { id: string; title: Record<string, string> }[] }>('guides'),
    'guides',
  );
  const titles = new Map((res.data?.items ?? []).map((g) => [g.id, g.title[lang.value] ?? g.title.fr ?? '']));
  return (id) => titles.get(id) || t('coord.figures.guideRemoved');
}

export function KioskDetail({ f }: { f: Figures }) {
  const k = f.kiosk;
  const title = useGuideTitles();
  const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) =>
    k.byWeekdayHour.some((day) => (day[h] ?? 0) !== 0),
  );
  const weekday = (d: number) => t(`coord.kiosk.weekday${d}` as Parameters<typeof t>[0]);
  return (
    <>
      <ScrollRegion labelledBy="kiosk-abandon-caption">
        <table data-testid="figure-abandon">
          <caption id="kiosk-abandon-caption">{t('coord.kiosk.abandonTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coord.figures.guide')}</th>
              <th scope="col" class="num">
                {t('coord.figures.guidesOpened')}
              </th>
              <th scope="col" class="num">
                {t('coord.figures.guidesCompleted')}
              </th>
              <th scope="col" class="num">
                {t('coord.kiosk.abandoned')}
              </th>
              <th scope="col">{t('coord.kiosk.abandonByStep')}</th>
            </tr>
          </thead>
          <tbody>
            {k.byGuide.map((g) => (
              <tr key={g.guideId}>
                <th scope="row">{g.title || title(g.guideId)}</th>
                <td class="num">{formatCell(g.opened)}</td>
                <td class="num">{formatCell(g.completed)}</td>
                <td class="num">{formatCell(g.abandoned)}</td>
                <td>
                  {g.abandonByStep
                    .map((s) =>
                      s.step === 0
                        ? t('coord.kiosk.beforeStart', { count: formatCell(s.count) })
                        : t('coord.kiosk.atStep', { step: s.step, count: formatCell(s.count) }),
                    )
                    .join(' · ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion labelledBy="kiosk-help-caption">
        <table data-testid="figure-help">
          <caption id="kiosk-help-caption">
            {t('coord.kiosk.helpTitle', { count: formatCell(k.helpRequests) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('coord.kiosk.where')}</th>
              <th scope="col" class="num">
                {t('coord.kiosk.requests')}
              </th>
            </tr>
          </thead>
          <tbody>
            {k.helpByPlace.map((h) => (
              <tr key={`${h.guideId ?? ''}-${h.step ?? ''}`}>
                <th scope="row">
                  {h.guideId
                    ? h.step !== undefined
                      ? t('coord.kiosk.guideStep', { title: title(h.guideId), step: h.step })
                      : title(h.guideId)
                    : t('coord.kiosk.outsideGuide')}
                </th>
                <td class="num">{formatCell(h.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <FigureBlock
        id="kiosk-hours"
        title={t('coord.kiosk.byHour')}
        note={t('coord.kiosk.useNote')}
        rows={k.byHour.map((n, h) => [t('coord.kiosk.hour', { hour: h }), n])}
      />
      <ScrollRegion labelledBy="kiosk-weekday-hour-caption">
        <table data-testid="figure-weekday-hour">
          <caption id="kiosk-weekday-hour-caption">{t('coord.kiosk.weekdayHour')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coord.kiosk.day')}</th>
              {hours.map((h) => (
                <th key={h} scope="col" class="num">
                  {t('coord.kiosk.hour', { hour: h })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row">{weekday(d)}</th>
                {hours.map((h) => (
                  <td key={h} class="num">
                    {formatCell(k.byWeekdayHour[d]?.[h] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

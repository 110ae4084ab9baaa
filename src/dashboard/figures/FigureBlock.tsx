// One figure: a chart (drawn by chart.js once its chunk has loaded) and the same numbers as a
// table, which is also the chart's text alternative.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isSmallCell, type SMALL_CELL } from '../../shared/small-cells';
import { ScrollRegion } from '../components/ScrollRegion';
import { formatCell, formatNumber, lang, t } from '../i18n';
import type { ChartSpec } from './chart';

/** null: no answer at all (a survey statement nobody rated), shown as a dash; « moins de 5 »: a
 *  count under the small-cell rule (no chart is drawn then: a bar would show a number). */
export type Row = [label: string, value: number | null | typeof SMALL_CELL];

let chartModule: Promise<typeof import('./chart')> | undefined;
const loadChart = () => {
  chartModule ??= import('./chart');
  return chartModule;
};

export function FigureBlock(props: {
  id: string;
  title: string;
  rows: Row[];
  valueHeader?: string;
  chart?: 'bar' | 'doughnut' | 'none';
  horizontal?: boolean;
  max?: number;
  digits?: number;
  note?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [chartFailed, setChartFailed] = useState(false);
  const kind = props.chart ?? 'bar';
  const allZero = props.rows.every(([, v]) => !v);
  const masked = props.rows.some(([, v]) => isSmallCell(v));
  const drawn = kind !== 'none' && !allZero && !masked;
  const specKey = JSON.stringify([props.rows, kind, props.horizontal, props.max, lang.value]);

  useEffect(() => {
    if (!drawn || !canvas.current) return;
    let remove: (() => void) | undefined;
    let cancelled = false;
    const spec: ChartSpec = {
      kind: kind === 'doughnut' ? 'doughnut' : 'bar',
      labels: props.rows.map(([l]) => l),
      values: props.rows.map(([, v]) => (typeof v === 'number' ? v : 0)),
      horizontal: props.horizontal,
      max: props.max,
      rtl: lang.value === 'ar',
    };
    loadChart().then(
      (m) => {
        if (!cancelled && canvas.current) remove = m.drawChart(canvas.current, spec);
      },
      () => setChartFailed(true),
    );
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [specKey, drawn]);

  const height = props.horizontal ? `${Math.max(12, props.rows.length * 1.8 + 3)}rem` : undefined;
  return (
    <section class="figure-block" aria-labelledby={`${props.id}-title`} data-testid={`figure-${props.id}`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.note && <p class="hint">{props.note}</p>}
      {drawn && !chartFailed && (
        <div class="chart-box" style={height ? { blockSize: height } : undefined}>
          <canvas ref={canvas} role="img" aria-label={t('coord.figures.chartAlt', { title: props.title })} />
        </div>
      )}
      {chartFailed && <p class="hint">{t('coord.figures.chartFailed')}</p>}
      {allZero && kind !== 'none' && <p class="hint">{t('coord.figures.nothing')}</p>}
      <ScrollRegion labelledBy={`${props.id}-title`}>
        {/* Named by the block's heading: the title is written once. */}
        <table aria-labelledby={`${props.id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('coord.figures.what')}</th>
              <th scope="col" class="num">
                {props.valueHeader ?? t('coord.figures.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map(([l, v]) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                <td class="num">
                  {v === null
                    ? t('coord.none')
                    : isSmallCell(v)
                      ? formatCell(v)
                      : formatNumber(v, props.digits ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

// chart.js, loaded only by the figures page (dynamic import; this file names the chunk "chart-…",
// which the tablet's precache ignores). Only the pieces the dashboard draws are registered.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);

export interface ChartSpec {
  kind: 'bar' | 'doughnut';
  labels: string[];
  values: number[];
  /** Horizontal bars for long labels (themes, statements). */
  horizontal?: boolean;
  /** Fixed scale maximum (survey averages: 5). */
  max?: number;
  rtl?: boolean;
}

// Colours with enough contrast against white (WCAG 1.4.11 for graphical objects).
const PALETTE = ['#1b4f72', '#b9770e', '#1e6b35', '#7d3c98', '#a01919', '#0e6655', '#4a4a4a', '#2e86c1'];

/** Draws a chart; returns the function that removes it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): () => void {
  const colours =
    spec.kind === 'doughnut' ? spec.labels.map((_, i) => PALETTE[i % PALETTE.length]!) : PALETTE[0]!;
  const chart = new Chart(canvas, {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: [{ data: spec.values, backgroundColor: colours, borderColor: '#ffffff', borderWidth: 1 }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      locale: document.documentElement.lang,
      plugins: {
        legend: { display: spec.kind === 'doughnut', position: 'bottom', rtl: spec.rtl },
        tooltip: { rtl: spec.rtl },
      },
      scales:
        spec.kind === 'bar'
          ? {
              [spec.horizontal ? 'x' : 'y']: { beginAtZero: true, max: spec.max, ticks: { precision: 0 } },
              [spec.horizontal ? 'y' : 'x']: { reverse: Boolean(spec.rtl && !spec.horizontal) },
            }
          : {},
    },
  });
  return () => chart.destroy();
}

// Size of what a tablet downloads: the initial JavaScript (gzipped) and the whole precache.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MetricModule } from '../metric';

export const bundleSize: MetricModule = async ({ distDir }) => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // The initial JS: the entry script and the modules it preloads.
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const initialGz = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(distDir, s))).length, 0);

  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]!))];
  const precacheBytes = urls.reduce((sum, u) => sum + statSync(join(distDir, u)).size, 0);
  const precacheGz = urls.reduce((sum, u) => sum + gzipSync(readFileSync(join(distDir, u))).length, 0);

  return [
    {
      name: 'initial_js_gz_kb',
      value: round(initialGz / 1024),
      unit: 'KB',
      target: '< 60 KB (kiosk)',
      note: scripts.join(' '),
    },
    {
      name: 'precache_kb',
      value: round(precacheBytes / 1024),
      unit: 'KB',
      note: `${urls.length} entries; ${round(precacheGz / 1024)} KB gzipped`,
    },
  ];
};

function round(n: number) {
  return Math.round(n * 10) / 10;
}

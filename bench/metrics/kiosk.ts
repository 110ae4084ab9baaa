// Kiosk start-up on a slow tablet: Chromium with its CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate) and the network off after a first visit (the service worker
// serves everything). Measured in the page: from navigation start to the theme tiles on screen
// with their links (usable), and to the guides' content loaded behind them. Also the JavaScript
// the kiosk needed before its tiles were usable (gzipped), from the files the page loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { MetricModule } from '../metric';

const RUNS = 7;
const CPU_SLOWDOWN = 4;

declare global {
  interface Window {
    __kiosk?: { tilesAt?: number; contentAt?: number };
  }
}

/**
 * Runs in the page before its scripts: notes when the tiles and the content appear. A string, not
 * a function: tsx would wrap named functions in a helper that does not exist in the page.
 */
const WATCH_KIOSK = `(() => {
  const marks = {};
  window.__kiosk = marks;
  new MutationObserver(() => {
    if (marks.tilesAt === undefined && document.querySelector('[data-testid="kiosk-tiles"] a[href]'))
      marks.tilesAt = performance.now();
    if (marks.contentAt === undefined && document.querySelector('main[data-content="ready"]'))
      marks.contentAt = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** The chunks `entries` import statically (what must load before they run), entries included. */
function staticClosure(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, 'assets', file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/import\s*(?:[^"'();]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]!);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

function gzKb(distDir: string, files: string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, 'assets', f))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const kiosk: MetricModule = async ({ distDir, startServer }) => {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 1024, height: 768 },
    });
    await context.addInitScript(WATCH_KIOSK);
    const page = await context.newPage();
    // First visit, online: the service worker installs and precaches; the next load is controlled.
    await page.goto(`${server.url}/borne`);
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await page.waitForSelector('main[data-content="ready"]');
    await context.setOffline(true);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const usable: number[] = [];
    const content: number[] = [];
    let initialScripts: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${server.url}/borne`);
      await page.waitForFunction(() => window.__kiosk?.contentAt !== undefined, undefined, {
        timeout: 30_000,
      });
      const marks = await page.evaluate(() => window.__kiosk!);
      usable.push(marks.tilesAt!);
      content.push(marks.contentAt!);
      initialScripts = await page.evaluate(
        (before) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.startTime < before)
            .map((e) => new URL(e.name).pathname),
        marks.tilesAt!,
      );
    }
    // What the kiosk needs before its tiles work: the entry, the kiosk screens' chunk, and every chunk
    // they import statically. Other scripts the app starts meanwhile (the sync worker) are listed apart.
    const loaded = initialScripts.map((path) => path.replace('/assets/', ''));
    const entry = readFileSync(join(distDir, 'index.html'), 'utf8').match(/src="\/assets\/([^"]+\.js)"/)![1]!;
    const kioskChunk = loaded.find((f) => f.startsWith('KioskApp-'))!;
    const needed = staticClosure(distDir, [entry, kioskChunk]);
    const others = loaded.filter((f) => !needed.includes(f));
    const round = (n: number) => Math.round(n);
    return [
      {
        name: 'kiosk_first_usable_ms',
        value: round(median(usable)),
        unit: 'ms',
        target: '< 1000 ms',
        note: `median of ${RUNS} loads of /borne, CPU ×${CPU_SLOWDOWN}, offline (service worker); runs: ${usable.map(round).join(', ')}`,
      },
      {
        name: 'kiosk_content_ready_ms',
        value: round(median(content)),
        unit: 'ms',
        note: `guides loaded and checked behind the tiles (same runs): ${content.map(round).join(', ')}`,
      },
      {
        name: 'kiosk_initial_js_gz_kb',
        value: gzKb(distDir, needed),
        unit: 'KB',
        target: '< 60 KB',
        note: `entry, kiosk screens and their static imports: ${needed.join(' ')}; also requested before the tiles by other parts of the app: ${others.join(' ') || 'none'} (${gzKb(distDir, others)} KB gzipped)`,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
};

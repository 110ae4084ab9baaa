// The tablet's precache must hold nothing of the coordination dashboard: it is online-only, and its
// code and words have no business on a tablet that may be lost. This reads the built files as they
// are shipped (dist/sw.js's manifest and the files it lists), not chunk names, so it keeps holding
// when folders or chunks are renamed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const distDir = process.env.E2E_DIST_DIR ?? 'dist';

function precachedUrls(): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]!))];
}

/** Files reachable from an HTML entry, following every quoted asset path in each file (an over-approximation). */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(join(distDir, file), 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/["'(/]((?:\.\/)?(?:assets\/)?[\w.-]+\.(?:js|css))["')]/g)) {
      const name = m[1]!.replace(/^\.\//, '').replace(/^assets\//, '');
      queue.push(`assets/${name}`);
    }
  }
  return seen;
}

test('the tablet precache holds no file of the coordination dashboard', () => {
  const urls = precachedUrls();
  expect(urls.length).toBeGreaterThan(10);
  expect(urls).not.toContain('dashboard.html');

  const dashboardHtml = readFileSync(join(distDir, 'dashboard.html'), 'utf8');
  const entry = dashboardHtml.match(/src="\/(assets\/[^"]+\.js)"/)?.[1];
  expect(entry).toBeTruthy();
  expect(urls).not.toContain(entry);

  const tablet = reachableFrom('index.html');
  const dashboardOnly = [...reachableFrom('dashboard.html')].filter(
    (f) => !tablet.has(f) && f !== 'dashboard.html',
  );
  expect(dashboardOnly.length).toBeGreaterThan(0);
  expect(urls.filter((u) => dashboardOnly.includes(u))).toEqual([]);
});

test('no precached file carries the dashboard’s words', () => {
  // Strings that exist only in the dashboard's message catalogue (sign-in page, exports page).
  const markers = ['Connexion à la coordination', 'Se déconnecter partout', 'Exports et rapports'];
  const offenders = precachedUrls().filter((u) => {
    const text = readFileSync(join(distDir, u), 'latin1');
    return markers.some((m) => text.includes(Buffer.from(m, 'utf8').toString('latin1')));
  });
  expect(offenders).toEqual([]);
});

// The kiosk's first load must not carry the team space's message catalogues (issue 14 point 12):
// they were about 40 % of the JavaScript read before the tiles. This reads the built files as they
// are shipped: the entry script of index.html, the kiosk screens' chunk and every chunk either
// imports statically (what loads before the kiosk runs), never the chunks they import on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const distDir = process.env.E2E_DIST_DIR ?? 'dist';
const assets = join(distDir, 'assets');

/** `entries` and the chunks they import statically (`import{a}from"./x.js"`, not `import("./x.js")`). */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(/import\s*(?:[^"'();]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]!);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

// One French sentence found only in each team catalogue: agent, skills, sync, setup, field.
const TEAM_WORDS = [
  'Qui êtes-vous ?',
  'Écrire avec le clavier',
  'Synchronisation en cours…',
  'Cette étape se fait une seule fois.',
  'Autres besoins évoqués (facultatif)',
];

test('the kiosk’s first load carries none of the team space’s words', () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
  expect(entry).toBeTruthy();
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const kioskChunk = files.find((f) => f.startsWith('KioskApp-'));
  expect(kioskChunk).toBeTruthy();
  const initial = staticClosure([entry!, kioskChunk!]);

  // Each marker is shipped somewhere (the team screens still have their words)...
  const everything = files.map((f) => readFileSync(join(assets, f), 'utf8'));
  const missing = TEAM_WORDS.filter((words) => !everything.some((code) => code.includes(words)));
  expect(missing).toEqual([]);
  // ...but in no file the kiosk loads before it runs.
  const offenders = initial.flatMap((f) => {
    const code = readFileSync(join(assets, f), 'utf8');
    return TEAM_WORDS.filter((words) => code.includes(words)).map((words) => `${f}: ${words}`);
  });
  expect(offenders).toEqual([]);
});

// Without V8's compile hint each function of these files was compiled on the main thread on its
// first call: at a slow tablet's speed, most of the kiosk home's first render (scripts/build/compile-hints.ts).
test('every file the kiosk’s first start runs asks V8 to compile it while it loads', () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
  const kioskChunk = readdirSync(assets).find((f) => f.startsWith('KioskApp-') && f.endsWith('.js'));
  const initial = staticClosure([entry!, kioskChunk!]);
  expect(initial.length).toBeGreaterThan(2);
  const unhinted = initial.filter(
    (f) => !readFileSync(join(assets, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
  );
  expect(unhinted).toEqual([]);
  // Only those: the team screens' chunk is compiled when it is used, as before.
  const agent = readdirSync(assets).find((f) => f.startsWith('AgentApp-') && f.endsWith('.js'));
  expect(readFileSync(join(assets, agent!), 'utf8').startsWith('//# allFunctionsCalledOnLoad')).toBe(false);
});

// The browser learns of every file the kiosk needs to draw from index.html itself, and there are few:
// nine scripts (and the handout's stylesheet found only once the entry had run) were more than the
// six connections a browser opens to a server, a second round trip on a slow mobile network.
test('index.html announces every file the kiosk needs to draw, in few scripts', () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
  const kioskChunk = readdirSync(assets).find((f) => f.startsWith('KioskApp-') && f.endsWith('.js'));
  const initial = staticClosure([entry!, kioskChunk!]);
  // Each chunk's stylesheet is named after it (KioskApp-….js, KioskApp-….css): Vite's loader waits
  // for those before the kiosk chunk runs.
  const names = initial.map((f) => f.slice(0, f.lastIndexOf('-') + 1));
  const css = readdirSync(assets).filter((f) => f.endsWith('.css') && names.some((n) => f.startsWith(n)));
  expect(css.length).toBeGreaterThan(1);
  const unannounced = [...initial, ...css].filter((f) => !html.includes(`/assets/${f}"`));
  expect(unannounced).toEqual([]);
  expect(initial.length).toBeLessThanOrEqual(5);
});

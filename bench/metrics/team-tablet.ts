// A tablet as the team uses it, for the team benchmarks: a real server, Chromium, the setup screen
// with a one-time code, a first pull of the agents, then the demo agent's PIN. Taps are counted.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import type { BenchContext } from '../metric';

export interface TeamTablet {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  agent: { id: string; displayName: string; pin: string };
  /** Clicks like a finger would; every call is one tap. */
  tap(locator: ReturnType<Page['locator']>): Promise<void>;
  taps: number;
  close(): Promise<void>;
}

function enrolCode(dataDir: string): string {
  const out = execFileSync('npx', ['tsx', 'server/cli/main.ts', 'enrol-code', '--json'], {
    env: { ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { code: string }).code;
}

function countAgents(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('borne-mobile');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('agents')) return resolve(0);
          const req = db.transaction('agents').objectStore('agents').count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve(0);
        };
      }),
  );
}

/** Enrols a fresh tablet on `server`, unlocks it as the first demo agent, and cuts the network. */
export async function openTeamTablet(
  server: Awaited<ReturnType<BenchContext['startServer']>>,
): Promise<TeamTablet> {
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
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 1024, height: 768 },
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/installation`);
  await page.getByLabel('Code d’installation').fill(enrolCode(server.dataDir));
  await page.getByLabel('Nom de la tablette').fill('Tablette de mesure');
  await page.getByRole('button', { name: 'Installer la tablette' }).click();
  await page.waitForURL('**/equipe', { timeout: 30_000 });
  for (let i = 0; i < 150 && (await countAgents(page)) === 0; i++) await page.waitForTimeout(100);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
  await page.reload();

  const credentials = JSON.parse(readFileSync(join(server.dataDir, 'demo-credentials.json'), 'utf8')) as {
    agents: TeamTablet['agent'][];
  };
  const agent = credentials.agents[0]!;
  await page.getByRole('group', { name: 'Touchez votre prénom.' }).getByText(agent.displayName).click();
  await page.getByLabel('Votre code (4 à 6 chiffres)').fill(agent.pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
  await page.getByRole('heading', { name: 'Aujourd’hui', level: 1 }).waitFor();
  // On a market the network is away; the sync worker then stays out of the measurements.
  await context.setOffline(true);

  const tablet: TeamTablet = {
    browser,
    context,
    page,
    agent,
    taps: 0,
    async tap(locator) {
      tablet.taps++;
      await locator.click();
    },
    close: () => browser.close(),
  };
  return tablet;
}

/**
 * The common case, tap by tap: Nouvelle rencontre → theme → autonomy → duration → Enregistrer; with
 * `institution` (a démarche), the organisme tile that « Démarches administratives » shows inline
 * is tapped too, right after the theme (6 taps).
 */
export async function commonCase(tablet: TeamTablet, theme: string, institution?: string): Promise<void> {
  const { page, tap } = tablet;
  const tile = (legend: string, label: string) =>
    page.getByRole('group', { name: legend }).getByText(label, { exact: true });
  await tap(page.getByRole('link', { name: 'Nouvelle rencontre' }));
  await tap(tile('Thème (un ou plusieurs)', theme));
  if (institution) await tap(tile('Organisme', institution));
  await tap(tile('Autonomie après l’aide', 'En partie autonome'));
  await tap(tile('Durée', '15 min'));
  await tap(page.getByRole('button', { name: 'Enregistrer', exact: true }));
  await page.getByTestId('flash').getByText('Rencontre enregistrée.').waitFor();
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

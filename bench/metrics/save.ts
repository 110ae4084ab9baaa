// Saving an encounter on a tablet that already holds 50,000: from the tap on "Enregistrer" to the
// encounter and its outbox entry committed (strict durability), read from the page's own User
// Timing measure "team:save". The encounters are bulk-inserted into IndexedDB first, as a year of
// records would be; the saves go through the real form, offline.
import { cpus, loadavg } from 'node:os';
import type { MetricModule } from '../metric';
import { commonCase, openTeamTablet, percentile } from './team-tablet';

const STORED = 50_000;
const WARM_UP = 5;
const SAVES = 100;

export const save: MetricModule = async ({ startServer }) => {
  const server = await startServer();
  const tablet = await openTeamTablet(server);
  try {
    const { page, agent } = tablet;
    const inserted = await page.evaluate(
      async ({ count, agentId }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('borne-mobile');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const themes = ['email', 'sante', 'aide_aux_demarches_administratives', 'navigation_sur_internet'];
        const yesterday = Date.now() - 86_400_000;
        for (let start = 0; start < count; start += 5000) {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('encounters', 'readwrite');
            const store = tx.objectStore('encounters');
            for (let i = start; i < Math.min(count, start + 5000); i++) {
              // Spread over the year before today (today's screen reads only today).
              const at = new Date(yesterday - (i % 365) * 86_400_000 - (i % 600) * 60_000).toISOString();
              store.put({
                id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
                centreId: 'arbrisseau',
                deviceId: 'bench',
                agentId: i % 2 ? agentId : 'someone-else',
                createdAt: at,
                rev: 1,
                type: 'individuel',
                themes: [themes[i % themes.length]],
                actions: [{ kind: 'aide_sur_place' }],
                autonomy: 'autonome',
                durationMin: 15,
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        const n = await new Promise<number>((resolve) => {
          const req = db.transaction('encounters').objectStore('encounters').count();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return n;
      },
      { count: STORED, agentId: agent.id },
    );
    if (inserted < STORED) throw new Error(`only ${inserted} encounters stored`);
    await page.evaluate(() => performance.clearMeasures('team:save'));

    const themes = ['E-mail', 'Santé', 'Démarches administratives', 'Emploi'];
    for (let i = 0; i < WARM_UP + SAVES; i++) await commonCase(tablet, themes[i % themes.length]!);
    const all = await page.evaluate(() => performance.getEntriesByName('team:save').map((m) => m.duration));
    if (all.length !== WARM_UP + SAVES)
      throw new Error(`expected ${WARM_UP + SAVES} saves, measured ${all.length}`);
    const measured = all.slice(WARM_UP);
    const round = (n: number) => Math.round(n * 10) / 10;
    const note = `${SAVES} saves through the form after ${WARM_UP} warm-up ones, ${STORED.toLocaleString('en')} encounters already stored, offline, headless Chromium, no CPU slowdown; max ${round(Math.max(...measured))} ms; machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    return [
      { name: 'save_p50_ms', value: round(percentile(measured, 50)), unit: 'ms', note },
      { name: 'save_p95_ms', value: round(percentile(measured, 95)), unit: 'ms', target: '< 50 ms', note },
    ];
  } finally {
    await tablet.close();
    await server.stop();
  }
};

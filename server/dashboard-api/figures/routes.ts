// GET /figures, /reports/caf, /reports/eu for a period and the user's centres (API.md "Figures"),
// every count of people under the small-cell rule (figures-cells.ts).
import { Hono } from 'hono';
import type { CafReport, EuReport, Figures } from '../../../src/shared/dashboard-api/figures';
import type { DashboardEnv } from '../env';
import { loadNames } from '../records/load';
import { parseRecordsQuery } from '../records/query';
import { cafReport, computeFigures, euReport } from './compute';
import { protectCaf, protectEu, protectFigures } from './figures-cells';
import { protectKiosk } from './kiosk-cells';
import { loadFigureInput } from './load';
import { peopleWithCard } from './outcomes-load';

export function figuresRoutes() {
  const app = new Hono<DashboardEnv>();
  app.get('/figures', async (c) => {
    const q = await parseRecordsQuery(c);
    const db = c.var.deps.database.db;
    const figures = computeFigures(await loadFigureInput(db, q));
    // Guides are named by their published title, never by their id.
    const { guides } = await loadNames(db);
    const byGuide = figures.kiosk.byGuide.map((g) => ({ ...g, title: guides.get(g.guideId) ?? '' }));
    // The small-cell rule on every count of people, as it leaves the server.
    return c.json(protectFigures(figures, protectKiosk({ ...figures.kiosk, byGuide })) satisfies Figures);
  });
  app.get('/reports/caf', async (c) => {
    const q = await parseRecordsQuery(c);
    const db = c.var.deps.database.db;
    const report = cafReport(await loadFigureInput(db, q));
    return c.json(protectCaf(report, await peopleWithCard(db, q)) satisfies CafReport);
  });
  app.get('/reports/eu', async (c) => {
    const q = await parseRecordsQuery(c);
    const db = c.var.deps.database.db;
    const report = euReport(await loadFigureInput(db, q));
    return c.json(protectEu(report, await peopleWithCard(db, q)) satisfies EuReport);
  });
  return app;
}

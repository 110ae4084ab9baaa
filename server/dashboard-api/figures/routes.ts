// GET /figures, /reports/caf, /reports/eu for a period and the user's centres (API.md "Figures").
import { Hono } from 'hono';
import type { CafReport, EuReport, Figures } from '../../../src/shared/dashboard-api/figures';
import type { DashboardEnv } from '../env';
import { loadNames } from '../records/load';
import { parseRecordsQuery } from '../records/query';
import { cafReport, computeFigures, euReport } from './compute';
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
    // The small-cell rule on every kiosk count, as it leaves the server.
    const kiosk = protectKiosk({ ...figures.kiosk, byGuide });
    return c.json({ ...figures, kiosk } satisfies Figures);
  });
  app.get('/reports/caf', async (c) => {
    const q = await parseRecordsQuery(c);
    const db = c.var.deps.database.db;
    return c.json({
      ...cafReport(await loadFigureInput(db, q)),
      peopleWithCard: await peopleWithCard(db, q),
    } satisfies CafReport);
  });
  app.get('/reports/eu', async (c) => {
    const q = await parseRecordsQuery(c);
    const db = c.var.deps.database.db;
    return c.json({
      ...euReport(await loadFigureInput(db, q)),
      peopleWithCard: await peopleWithCard(db, q),
    } satisfies EuReport);
  });
  return app;
}

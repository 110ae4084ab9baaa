// GET /figures/outcomes (API.md "Outcomes") and the outcomes' downloads, each made from the
// protected figures: nothing counting fewer than 5 people leaves the server as a number.
import { type Context, Hono } from 'hono';
import type { DashboardEnv } from '../env';
import type { Table, TableBody } from '../exports/table';
import { periodText } from '../exports/tables';
import { parseRecordsQuery } from '../records/query';
import { computeOutcomes } from './outcomes';
import { protectOutcomes } from './outcomes-cells';
import { loadOutcomeInput } from './outcomes-load';
import { feedbackTable, funnelTable, monthsTable, skillsTable } from './outcomes-tables';

async function protectedOutcomes(c: Context<DashboardEnv>) {
  const q = await parseRecordsQuery(c);
  return { q, o: protectOutcomes(computeOutcomes(await loadOutcomeInput(c.var.deps.database.db, q))) };
}

export function outcomesRoutes() {
  const app = new Hono<DashboardEnv>();
  app.get('/figures/outcomes', async (c) => c.json((await protectedOutcomes(c)).o));
  return app;
}

type Format = 'csv' | 'xlsx';
type Send = (c: Context, table: Table, stem: string, format: Format) => Promise<Response>;

/** The export handlers of the outcomes, by file name (exports/routes.ts adds them to its own). */
export function outcomeExports(send: Send) {
  const make =
    (tableOf: (o: ReturnType<typeof protectOutcomes>) => TableBody, stem: string) =>
    async (c: Context<DashboardEnv>, f: Format) => {
      const { q, o } = await protectedOutcomes(c);
      const body = tableOf(o);
      const table = { ...body, title: `${body.name} ${periodText(q.period)}` };
      return send(c, table, `${stem}_${q.period.from}_${q.period.to}`, f);
    };
  return {
    parcours: make(funnelTable, 'parcours'),
    'nouveaux-revenus': make(monthsTable, 'nouveaux_et_revenus'),
    competences: make(skillsTable, 'competences'),
    'avis-ateliers': make(feedbackTable, 'avis_ateliers'),
  };
}

/** The CAF and FEDER reports' line: distinct people reached with a card. */
export const CARD_LINE = 'Personnes distinctes touchées avec une carte (une carte = une personne)';

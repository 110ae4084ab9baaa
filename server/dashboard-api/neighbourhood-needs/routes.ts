// GET /figures/neighbourhoods (API.md « Besoins et équipement par quartier ») and its two downloads,
// both made from the protected counts (counts.ts): no name, no id, « moins de 5 » in small cells —
// a building hall's « diagnostic » to share with the landlord or the town.
import { type Context, Hono } from 'hono';
import type { NeighbourhoodNeeds } from '../../../src/shared/dashboard-api/neighbourhoods';
import { HOME_EQUIPMENT, NEEDS, YES_NO_UNKNOWN } from '../../../src/shared/taxonomy';
import type { DashboardEnv } from '../env';
import { label } from '../exports/labels';
import type { Table } from '../exports/table';
import { periodText } from '../exports/tables';
import { cell } from '../figures/outcomes-tables';
import { parseRecordsQuery } from '../records/query';
import { neighbourhoodNeeds } from './counts';

/** Where the tablet knew no neighbourhood: an encounter outside an outing, or a blank one. */
export const NO_NEIGHBOURHOOD = 'Quartier non connu (hors sortie)';

async function load(c: Context<DashboardEnv>) {
  const q = await parseRecordsQuery(c);
  return neighbourhoodNeeds(c.var.deps.database.db, q);
}

export function neighbourhoodNeedsRoutes() {
  const app = new Hono<DashboardEnv>();
  app.get('/figures/neighbourhoods', async (c) => c.json((await load(c)) satisfies NeighbourhoodNeeds));
  return app;
}

export function needsTable(n: NeighbourhoodNeeds): Table {
  return {
    name: 'Besoins par quartier',
    title: `Autres besoins évoqués lors des rencontres, par quartier, ${periodText(n.period)} (sans nom ; moins de 5 : non chiffré)`,
    headers: ['Quartier', 'Rencontres', ...NEEDS.map((id) => label('need', id))],
    rows: n.rows.map((r) => [
      r.neighbourhood ?? NO_NEIGHBOURHOOD,
      cell(r.encounters),
      ...NEEDS.map((id) => cell(r.needs[id])),
    ]),
  };
}

export function atHomeTable(n: NeighbourhoodNeeds): Table {
  return {
    name: 'À la maison par quartier',
    title: `À la maison (smartphone, ordinateur, internet), par quartier, ${periodText(n.period)} (sans nom ; moins de 5 : non chiffré)`,
    headers: [
      'Quartier',
      'Rencontres',
      ...HOME_EQUIPMENT.flatMap((item) =>
        YES_NO_UNKNOWN.map(
          (a) => `${label('homeEquipment', item)} : ${label('yesNo', a).toLocaleLowerCase('fr')}`,
        ),
      ),
    ],
    rows: n.rows.map((r) => [
      r.neighbourhood ?? NO_NEIGHBOURHOOD,
      cell(r.encounters),
      ...HOME_EQUIPMENT.flatMap((item) => YES_NO_UNKNOWN.map((a) => cell(r.atHome[item][a]))),
    ]),
  };
}

type Format = 'csv' | 'xlsx';
type Send = (c: Context, table: Table, stem: string, format: Format) => Promise<Response>;

/** The export handlers, by file name (exports/routes.ts adds them to its own). */
export function neighbourhoodNeedsExports(send: Send) {
  return {
    'besoins-quartiers': async (c: Context<DashboardEnv>, f: Format) => {
      const n = await load(c);
      return send(c, needsTable(n), `besoins_par_quartier_${n.period.from}_${n.period.to}`, f);
    },
    'equipement-maison': async (c: Context<DashboardEnv>, f: Format) => {
      const n = await load(c);
      return send(c, atHomeTable(n), `a_la_maison_par_quartier_${n.period.from}_${n.period.to}`, f);
    },
  };
}

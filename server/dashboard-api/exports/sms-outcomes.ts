// The answers to « Votre démarche est-elle faite ? » (issue 12) as a download: démarches abouties,
// en cours and bloquées by institution, démarche sub-theme and guide shown, for the period and
// centres chosen. Anonymous counts only, and every cell of 1 to 4 people reads « moins de 5 »,
// as on the SMS page (countOutcomes already withholds those numbers).
import type { Context } from 'hono';
import { SMALL_CELL_TEXT } from '../../../src/shared/small-cells';
import type { DashboardEnv } from '../env';
import { loadNames } from '../records/load';
import { parseRecordsQuery } from '../records/query';
import { countOutcomes, type OutcomeCounts } from '../sms/outcomes';
import { label } from './labels';
import type { Format } from './send';
import type { Cell, Table } from './table';
import { periodText } from './tables';

type Send = (c: Context, table: Table, stem: string, format: Format) => Promise<Response>;
type Outcomes = Awaited<ReturnType<typeof countOutcomes>>;

const counted = (n: number | null): Cell => (n === null ? SMALL_CELL_TEXT.fr : n);
const cells = (c: OutcomeCounts): Cell[] => [counted(c.abouti), counted(c.en_cours), counted(c.bloque)];

export function smsOutcomesTable(
  o: Outcomes,
  guides: ReadonlyMap<string, string>,
  period: { from: string; to: string },
): Table {
  return {
    name: 'Démarches (réponses SMS)',
    title: `Démarches : la réponse des habitants par SMS ${periodText(period)}`,
    headers: ['Regroupement', 'Libellé', 'Démarches abouties', 'Démarches en cours', 'Démarches bloquées'],
    rows: [
      ['Ensemble', 'Toutes les réponses', ...cells(o.total)],
      ...o.byInstitution.map((r) => ['Organisme', label('institution', r.id), ...cells(r)]),
      ...o.bySubTheme.map((r) => ['Sous-thème de démarche', label('subTheme', r.id), ...cells(r)]),
      ...o.byGuide.map((r) => ['Guide montré', guides.get(r.id) || 'Guide retiré', ...cells(r)]),
    ],
  };
}

/** The export handler, by file name (exports/routes.ts adds it to its own). */
export function smsOutcomeExports(send: Send) {
  return {
    'demarches-sms': async (c: Context<DashboardEnv>, f: Format) => {
      const q = await parseRecordsQuery(c);
      const db = c.var.deps.database.db;
      const [o, names] = await Promise.all([
        countOutcomes(db, q.centreIds, q.period.from, q.period.to),
        loadNames(db),
      ]);
      const table = smsOutcomesTable(o, names.guides, q.period);
      return send(c, table, `demarches_sms_${q.period.from}_${q.period.to}`, f);
    },
  };
}

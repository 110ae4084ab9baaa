// Downloads (API.md "Exports"): encounters, outings, the CAF and EU reports as CSV or XLSX, and the
// follow-ups, with names and coordinates only when asked (`personal=1`), each opening audit-logged.
import { type Context, Hono } from 'hono';
import { HttpError } from '../../http/errors';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { cafReport, euReport } from '../figures/compute';
import { protectCaf, protectEu } from '../figures/figures-cells';
import { loadFigureInput } from '../figures/load';
import { peopleWithCard } from '../figures/outcomes-load';
import { CARD_LINE, outcomeExports } from '../figures/outcomes-routes';
import { cell } from '../figures/outcomes-tables';
import { FOLLOW_UP_PURPOSES, FOLLOW_UP_STATUSES } from '../follow-ups/list';
import { checkIds, queryList, queryOne } from '../http';
import { neighbourhoodNeedsExports } from '../neighbourhood-needs/routes';
import { loadNames } from '../records/load';
import { encounterPages, outingPages, parseRecordsQuery } from '../records/query';
import { narrowScope } from '../scope';
import { sendFollowUps } from './follow-ups-export';
import { fundersPreamble } from './funders';
import { type Format, sendTable } from './send';
import { smsOutcomeExports } from './sms-outcomes';
import type { Table } from './table';
import { cafTable, encountersTable, euTable, outingsTable } from './tables';

const send = async (c: Context, table: Table, stem: string, format: Format) =>
  sendTable(c, table, stem, format);

type Handler = (c: Context<DashboardEnv>, f: Format) => Promise<Response>;

/** `encounters.csv` → the handler of `encounters` and the format; anything else is a 404 in words. */
function route(handlers: Record<string, Handler>) {
  return async (c: Context<DashboardEnv>) => {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(c.req.param('file') ?? '');
    const handler = match ? handlers[match[1]!] : undefined;
    if (!match || !handler) {
      throw new HttpError(
        404,
        'not_found',
        `Export inconnu. Exports possibles : ${Object.keys(handlers).join(', ')} (.csv ou .xlsx).`,
      );
    }
    const response = await handler(c, match[2] as Format);
    // Every download is in the journal: which export, which format, which period.
    const { database, now } = c.var.deps;
    const period = { from: queryOne(c, 'from'), to: queryOne(c, 'to') };
    await writeAudit(
      database.db,
      {
        userId: c.var.user.id,
        action: 'export',
        detail: { file: match[1], format: match[2], ...(period.from ? period : {}) },
      },
      now(),
    );
    return response;
  };
}

export function exportRoutes() {
  const app = new Hono<DashboardEnv>();
  const handlers: Record<string, Handler> = {
    ...outcomeExports(send),
    ...smsOutcomeExports(send),
    ...neighbourhoodNeedsExports(send),
    encounters: async (c, f) => {
      const q = await parseRecordsQuery(c);
      const db = c.var.deps.database.db;
      const names = await loadNames(db);
      const rows = encounterPages(db, q, names);
      const stem = `accompagnements_${q.period.from}_${q.period.to}`;
      return sendTable(c, encountersTable(rows, names, 'Accompagnements', q.period), stem, f);
    },

    outings: async (c, f) => {
      const q = await parseRecordsQuery(c);
      const rows = outingPages(c.var.deps.database.db, q);
      const stem = `sorties_${q.period.from}_${q.period.to}`;
      return sendTable(c, outingsTable(rows, 'Sorties', q.period), stem, f);
    },

    caf: async (c, f) => {
      const q = await parseRecordsQuery(c);
      const db = c.var.deps.database.db;
      const report = protectCaf(cafReport(await loadFigureInput(db, q)), await peopleWithCard(db, q));
      const table = cafTable(report, 'CAF point relais');
      table.rows.push([CARD_LINE, cell(report.peopleWithCard)]);
      table.preamble = await fundersPreamble(db, q.centreIds);
      return send(c, table, `caf_point_relais_${q.period.from}_${q.period.to}`, f);
    },

    eu: async (c, f) => {
      const q = await parseRecordsQuery(c);
      const db = c.var.deps.database.db;
      const report = protectEu(euReport(await loadFigureInput(db, q)), await peopleWithCard(db, q));
      const table = euTable(report, 'Indicateurs FEDER');
      table.rows.push([CARD_LINE, null, null, null, cell(report.peopleWithCard)]);
      table.preamble = await fundersPreamble(db, q.centreIds);
      return send(c, table, `indicateurs_feder_${q.period.from}_${q.period.to}`, f);
    },

    'follow-ups': async (c, f) => {
      const deps = c.var.deps;
      const db = deps.database.db;
      const centreIds = await narrowScope(db, c.var.scope, {
        centre: queryList(c, 'centre'),
        territory: queryList(c, 'territory'),
      });
      const filter = {
        centreIds,
        status: checkIds('status', queryList(c, 'status'), FOLLOW_UP_STATUSES),
        purpose: checkIds('purpose', queryList(c, 'purpose'), FOLLOW_UP_PURPOSES),
      };
      return sendFollowUps(c, filter, queryOne(c, 'personal') === '1', f);
    },
  };
  app.get('/exports/:file', route(handlers));
  return app;
}

// GET /home (API.md "Home"): what the coordinator has to do, on opening the dashboard: this month
// against last month, follow-ups due, records waiting in quarantine, tablets needing attention.
import { Hono } from 'hono';
import { protectPeople } from '../../../src/shared/small-cells';
import type { DashboardEnv } from '../env';
import { computeFigures } from '../figures/compute';
import { loadFigureInput } from '../figures/load';
import { dueFollowUps } from '../follow-ups/list';
import { queryList } from '../http';
import { type Period, parisDay, parsePeriod } from '../period';
import { inIds, narrowScope } from '../scope';
import { tabletAttention } from './tablet-attention';

/** The calendar month before the one `period` starts in. */
function monthBefore(period: Period, now: Date): Period {
  const [y, m] = period.from.split('-').map(Number) as [number, number];
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  return parsePeriod(`${py}-${String(pm).padStart(2, '0')}-01`, undefined, now);
}

export function homeRoutes() {
  const app = new Hono<DashboardEnv>();
  app.get('/home', async (c) => {
    const { database, now } = c.var.deps;
    const db = database.db;
    const at = now();
    const centreIds = await narrowScope(db, c.var.scope, {
      centre: queryList(c, 'centre'),
      territory: queryList(c, 'territory'),
    });
    const thisMonth = parsePeriod(undefined, undefined, at);
    const lastMonth = monthBefore(thisMonth, at);
    const month = async (period: Period) => {
      const f = computeFigures(await loadFigureInput(db, { centreIds, period }));
      return {
        period: { from: period.from, to: period.to },
        // Counts of people pass the small-cell rule as on the figures page (figures/figures-cells.ts,
        // kiosk-cells.ts); outings are events and stay numbers.
        accompaniments: protectPeople(f.accompaniments.total),
        peopleReached: protectPeople(f.people.reached),
        outings: f.outings.total,
        guidesOpened: protectPeople(f.kiosk.guidesOpened),
      };
    };
    const today = parisDay(at);
    const [current, previous, followUps, quarantine, devices] = await Promise.all([
      month(thisMonth),
      month(lastMonth),
      dueFollowUps(db, centreIds, today),
      db
        .selectFrom('quarantine')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('status', '=', 'open')
        .where((eb) => inIds(eb, 'centre_id', centreIds))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('devices')
        .innerJoin('centres', 'centres.id', 'devices.centre_id')
        .select([
          'devices.id',
          'devices.name',
          'devices.centre_id',
          'centres.name as centre_name',
          'devices.enrolled_at',
          'devices.last_seen_at',
        ])
        .where('devices.status', '=', 'active')
        .where((eb) => inIds(eb, 'devices.centre_id', centreIds))
        .orderBy('devices.name')
        .execute(),
    ]);
    const tablets = devices
      .map((d) => {
        const facts = {
          id: d.id,
          name: d.name,
          centreId: d.centre_id,
          centreName: d.centre_name,
          enrolledAt: d.enrolled_at,
          lastSeenAt: d.last_seen_at,
        };
        return { ...facts, attention: tabletAttention(facts, at) };
      })
      .filter((t) => t.attention.length > 0);
    return c.json({
      thisMonth: current,
      lastMonth: previous,
      followUps,
      quarantine: { waiting: Number(quarantine.n) },
      tablets,
    });
  });
  return app;
}

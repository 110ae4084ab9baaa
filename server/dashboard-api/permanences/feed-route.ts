// GET /api/v1/centres/:centreId/permanences.ics — the public calendar of a centre's permanences
// (no sign-in: it holds no personal data), one stable URL per centre for its website and partners.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { HttpError } from '../../http/errors';
import { permanencesCalendar } from './ical';
import { loadPermanences } from './load';

export function permanenceFeedRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/centres/:centreId/permanences.ics', async (c) => {
    const match = /^([a-z0-9-]{1,64})$/.exec(c.req.param('centreId'));
    if (!match) throw new HttpError(404, 'not_found', 'Ce centre n’existe pas.');
    const { database, now } = c.var.deps;
    const centre = await database.db
      .selectFrom('centres')
      .select(['id', 'name', 'commune'])
      .where('id', '=', match[1]!)
      .executeTakeFirst();
    if (!centre) throw new HttpError(404, 'not_found', 'Ce centre n’existe pas.');
    const host = new URL(c.req.url).hostname || 'borne-mobile';
    const text = permanencesCalendar(centre, await loadPermanences(database.db, [centre.id]), host, now());
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="permanences-${centre.id}.ics"`);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(text);
  });
  return app;
}

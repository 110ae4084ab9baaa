// The dashboard API under /api/v1/dashboard (API.md). Sign-in is public; everything else needs a
// session, and every non-GET its CSRF token (auth/middleware.ts).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { errorResponse } from '../http/errors';
import { limitBody } from '../http/request-guards';
import { adminRoutes } from './admin/routes';
import { requireSession } from './auth/middleware';
import { loginRoutes, sessionRoutes } from './auth/routes';
import { coverageRoutes } from './coverage/routes';
import type { DashboardEnv } from './env';
import { exportRoutes } from './exports/routes';
import { outcomesRoutes } from './figures/outcomes-routes';
import { figuresRoutes } from './figures/routes';
import { followUpRoutes } from './follow-ups/routes';
import { homeRoutes } from './home/routes';
import { neighbourhoodNeedsRoutes } from './neighbourhood-needs/routes';
import { permanenceRoutes } from './permanences/routes';
import { privacyRoutes } from './privacy/routes';
import { recordsRoutes } from './records/routes';
import { smsRoutes } from './sms/routes';

const MIB = 1024 * 1024;
const limit = limitBody(2 * MIB, (c) =>
  errorResponse(c, 413, 'too_large', 'La requête est trop grande (2 Mio au plus).'),
);
// A tablet's pending-data file can hold days of records; contacts in it are sealed blobs.
const importLimit = limitBody(20 * MIB, (c) =>
  errorResponse(c, 413, 'too_large', 'Le fichier est trop grand (20 Mio au plus).'),
);

export function dashboardRoutes(): Hono<AppEnv> {
  const app = new Hono<DashboardEnv>();
  app.route('/', loginRoutes());

  const signedIn = new Hono<DashboardEnv>();
  signedIn.use('*', requireSession());
  signedIn.use('*', (c, next) =>
    c.req.path.endsWith('/imports/outbox') ? importLimit(c, next) : limit(c, next),
  );
  signedIn.route('/', sessionRoutes());
  signedIn.route('/', recordsRoutes());
  signedIn.route('/', followUpRoutes());
  signedIn.route('/', figuresRoutes());
  signedIn.route('/', outcomesRoutes());
  signedIn.route('/', exportRoutes());
  signedIn.route('/', adminRoutes());
  signedIn.route('/', privacyRoutes());
  signedIn.route('/', permanenceRoutes());
  signedIn.route('/', coverageRoutes());
  signedIn.route('/', neighbourhoodNeedsRoutes());
  signedIn.route('/', smsRoutes());
  signedIn.route('/', homeRoutes());
  app.route('/', signedIn);
  return app as unknown as Hono<AppEnv>;
}

// The dashboard API under /api/v1/dashboard (API.md). Sign-in is public; everything else needs a
// session, and every non-GET its CSRF token (auth/middleware.ts).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { requireSession } from './auth/middleware';
import { loginRoutes, sessionRoutes } from './auth/routes';
import type { DashboardEnv } from './env';
import { followUpRoutes } from './follow-ups/routes';
import { recordsRoutes } from './records/routes';

export function dashboardRoutes(): Hono<AppEnv> {
  const app = new Hono<DashboardEnv>();
  app.route('/', loginRoutes());

  const signedIn = new Hono<DashboardEnv>();
  signedIn.use('*', requireSession());
  signedIn.route('/', sessionRoutes());
  signedIn.route('/', recordsRoutes());
  signedIn.route('/', followUpRoutes());
  app.route('/', signedIn);
  return app as unknown as Hono<AppEnv>;
}

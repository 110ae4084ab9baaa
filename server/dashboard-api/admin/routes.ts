// Administration routes (API.md "Administration"), mounted behind the session.
import { Hono } from 'hono';
import type { DashboardEnv } from '../env';
import { aboutRoutes } from './about-routes';
import { agentsRoutes } from './agents-routes';
import { auditRoutes } from './audit-routes';
import { contentRoutes } from './content-routes';
import { devicesRoutes } from './devices-routes';
import { directoryRoutes } from './directory-routes';
import { settingsRoutes } from './settings-routes';

export function adminRoutes() {
  const app = new Hono<DashboardEnv>();
  app.route('/', contentRoutes());
  app.route('/', directoryRoutes());
  app.route('/', agentsRoutes());
  app.route('/', devicesRoutes());
  app.route('/', settingsRoutes());
  app.route('/', aboutRoutes());
  app.route('/', auditRoutes());
  return app;
}

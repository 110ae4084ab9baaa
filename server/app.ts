// The Hono application, defined apart from the listening entry so tests use app.request().
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv, Deps } from './app-env';
import { permanenceFeedRoutes } from './dashboard-api/permanences/feed-route';
import { dashboardRoutes } from './dashboard-api/routes';
import { errorResponse, handleError } from './http/errors';
import { requestGuards } from './http/request-guards';
import { securityHeaders } from './http/security-headers';
import { serveDist } from './http/static';
import { smsWebhookRoutes } from './sms/webhook-routes';
import { contentRoutes } from './tablet-api/content';
import { devicesRoutes } from './tablet-api/devices';
import { healthRoutes } from './tablet-api/health';
import { publicAddressRoutes } from './tablet-api/public-address';
import { syncRoutes } from './tablet-api/sync/index';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  // gzip over the slow links of markets and halls (the content bundle is ~150 KB raw, ~40 KB gzipped).
  app.use('*', compress());
  app.use(
    '*',
    securityHeaders(() => deps.config.secureCookies),
  );
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  // 64 KiB bodies without sign-in, U+0000 in an address refused: before any route reads anything.
  app.use('*', requestGuards());
  app.onError(handleError);

  const api = new Hono<AppEnv>();
  api.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  api.route('/health', healthRoutes());
  api.route('/devices', devicesRoutes());
  api.route('/sync', syncRoutes());
  api.route('/dashboard', dashboardRoutes());
  api.route('/content', contentRoutes());
  api.route('/public-address', publicAddressRoutes());
  api.route('/', permanenceFeedRoutes());
  api.route('/sms', smsWebhookRoutes());
  // Routes of the later issues mount here: devices, sync, content, dashboard API.
  app.route('/api/v1', api);
  app.all('/api/*', (c) => errorResponse(c, 404, 'not_found', 'Cette adresse de l’API n’existe pas.'));

  serveDist(app, deps.config.distDir);
  app.notFound((c) => c.text('Page introuvable.', 404));
  return app;
}

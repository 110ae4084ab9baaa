// /api/v1/sync: every request authenticated as a tablet, then rate-limited per tablet.
import { Hono, type MiddlewareHandler } from 'hono';
import { MAX_BATCH_BYTES } from '../../../src/shared/protocol';
import { type DeviceEnv, deviceAuth } from '../../http/device-auth';
import { errorResponse, HttpError } from '../../http/errors';
import { limitBody } from '../../http/request-guards';
import { DEVICE_RATE_LIMIT, hitRateLimit } from '../../services/rate-limit';
import { pullHandler } from './pull';
import { pushHandler, TOO_LARGE_MESSAGE } from './push';

function deviceRateLimit(): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const { database, now } = c.var.deps;
    const hit = await hitRateLimit(database.db, `device:${c.var.device.id}`, DEVICE_RATE_LIMIT, now());
    if (!hit.allowed) {
      c.header('Retry-After', String(hit.retryAfterSeconds));
      throw new HttpError(
        429,
        'rate_limited',
        `Trop de demandes de cette tablette. Nouvel essai possible dans ${hit.retryAfterSeconds} secondes.`,
      );
    }
    await next();
  };
}

export function syncRoutes() {
  const app = new Hono<DeviceEnv>();
  app.use('*', deviceAuth(), deviceRateLimit());
  app.get('/pull', pullHandler);
  app.post(
    '/push',
    limitBody(MAX_BATCH_BYTES, (c) => errorResponse(c, 413, 'too_large', TOO_LARGE_MESSAGE)),
    pushHandler,
  );
  return app;
}

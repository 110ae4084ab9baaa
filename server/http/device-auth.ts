// Tablet authentication: `Authorization: Bearer <deviceToken>` → the device row, for sync routes.
import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../app-env';
import { type DeviceRow, findDeviceByToken, touchDevice } from '../services/devices';
import { HttpError } from './errors';

export interface DeviceEnv {
  Variables: { deps: Deps; device: DeviceRow };
}

export const REVOKED_MESSAGE = 'Cette tablette a été retirée. Contactez votre coordinateur.';
const UNKNOWN_MESSAGE =
  'Tablette non reconnue par le serveur. Inscrivez-la de nouveau avec un code du coordinateur.';

export function deviceAuth(): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const { database, secrets, now } = c.var.deps;
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header);
    if (!match?.[1]) throw new HttpError(401, 'unauthorized', UNKNOWN_MESSAGE);
    const device = await findDeviceByToken(database.db, secrets, match[1]);
    if (!device) throw new HttpError(401, 'unauthorized', UNKNOWN_MESSAGE);
    if (device.status !== 'active') throw new HttpError(403, 'device_revoked', REVOKED_MESSAGE);
    await touchDevice(database.db, device, now());
    c.set('device', device);
    await next();
  };
}

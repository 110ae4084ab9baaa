// Tablet authentication: `Authorization: Bearer <deviceToken>` → the device row, for sync routes.
import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../app-env';
import { type DeviceRow, findDeviceByToken, touchDevice } from '../services/devices';
import { HttpError } from './errors';

export interface DeviceEnv {
  Variables: { deps: Deps; device: DeviceRow };
}

export const REVOKED_MESSAGE = 'Cette tablette a été retirée. Contactez votre coordinateur.';
// A tablet enrolled after the backup that a restore put back is unknown too: it keeps everything
// and sends it all again once enrolled anew (docs/operations.md « Restauration »).
const UNKNOWN_MESSAGE =
  'Cette tablette doit être inscrite de nouveau : le serveur ne la connaît pas (il a peut-être été restauré depuis une sauvegarde). Demandez un nouveau code au coordinateur. Rien n’est perdu : tout ce qu’elle contient est gardé et sera renvoyé.';

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

// GET /api/v1/sync/pull?cursor=…&limit=… (DESIGN.md "Sync"); see README.md beside this file.
import type { Context } from 'hono';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, type PullResponse } from '../../../src/shared/protocol';
import { readEpoch } from '../../backup/epoch';
import type { DeviceEnv } from '../../http/device-auth';
import { HttpError } from '../../http/errors';
import { type Cursor, CursorError, decodeCursor, encodeCursor } from '../../sync/cursor';
import { readChanges } from '../../sync/pull';

function parseLimit(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PULL_LIMIT;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) {
    throw new HttpError(400, 'invalid', 'Le paramètre limit doit être un nombre entier positif.');
  }
  return Math.min(Number(text), MAX_PULL_LIMIT);
}

function parseCursor(text: string | undefined): Cursor {
  try {
    return decodeCursor(text);
  } catch (err) {
    if (err instanceof CursorError) {
      throw new HttpError(
        400,
        'invalid',
        'Le paramètre cursor est illisible : reprenez la synchronisation depuis le début.',
      );
    }
    throw err;
  }
}

export async function pullHandler(c: Context<DeviceEnv>) {
  const limit = parseLimit(c.req.query('limit'));
  const cursor = parseCursor(c.req.query('cursor'));
  const device = c.var.device;
  const page = await readChanges(
    c.var.deps.database.db,
    { deviceId: device.id, centreId: device.centre_id },
    cursor,
    limit,
  );
  const body: PullResponse = {
    changes: page.changes,
    cursor: encodeCursor(page.cursor),
    hasMore: page.hasMore,
    epoch: await readEpoch(c.var.deps.database.db),
  };
  if (page.reset) body.reset = true;
  return c.json(body);
}

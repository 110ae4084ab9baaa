// POST /api/v1/devices/enrol {code, deviceName} → {deviceId, deviceToken, centre} (DESIGN.md "Sync").
import { Hono } from 'hono';
import * as v from 'valibot';
import { EnrolRequestSchema } from '../../src/shared/protocol';
import { describeIssues } from '../../src/shared/records';
import type { AppEnv } from '../app-env';
import { HttpError, readJson } from '../http/errors';
import { EnrolError, type EnrolFailure, enrolDevice } from '../services/devices';

/** What the setup screen shows, word for word: one message per way a code can fail. */
export const ENROL_MESSAGES: Record<EnrolFailure, string> = {
  unknown: 'Code inconnu. Vérifiez les lettres et les chiffres.',
  used: 'Ce code a déjà servi. Demandez un nouveau code à votre coordinateur.',
  expired: 'Ce code a expiré (15 minutes). Demandez un nouveau code à votre coordinateur.',
};

export function devicesRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/enrol', async (c) => {
    const { database, secrets, now } = c.var.deps;
    const parsed = v.safeParse(EnrolRequestSchema, await readJson(c));
    if (!parsed.success) {
      throw new HttpError(
        400,
        'invalid',
        `Demande d’inscription invalide — ${describeIssues(parsed.issues)}`,
      );
    }
    try {
      const enrolled = await enrolDevice(database.db, secrets, parsed.output, now());
      return c.json(enrolled);
    } catch (err) {
      if (err instanceof EnrolError) throw new HttpError(401, 'unauthorized', ENROL_MESSAGES[err.reason]);
      throw err;
    }
  });
  return app;
}

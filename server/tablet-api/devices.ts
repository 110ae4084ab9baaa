// POST /api/v1/devices/enrol {code, deviceName} → {deviceId, deviceToken, centre} (DESIGN.md "Sync").
import { Hono } from 'hono';
import * as v from 'valibot';
import { EnrolRequestSchema } from '../../src/shared/protocol';
import { describeIssues } from '../../src/shared/records';
import type { AppEnv } from '../app-env';
import { clientAddress } from '../http/client-address';
import { HttpError, readJson } from '../http/errors';
import { waitInWords } from '../http/wait-words';
import { EnrolError, type EnrolFailure, enrolDevice } from '../services/devices';
import { hitRateLimit, logRateLimited, type RateLimitRule } from '../services/rate-limit';

/** Codes are 8 characters living 15 minutes; a centre enrols a few tablets at a time from one
 *  address. 30 attempts per address in 15 minutes (config.enrolAttempts) leaves room for typos,
 *  none for guessing. */
const enrolRule = (limit: number): RateLimitRule => ({ limit, windowMs: 15 * 60_000 });

/** What the setup screen shows, word for word: one message per way a code can fail. */
export const ENROL_MESSAGES: Record<EnrolFailure, string> = {
  unknown: 'Code inconnu. Vérifiez les lettres et les chiffres.',
  used: 'Ce code a déjà servi. Demandez un nouveau code à votre coordinateur.',
  expired: 'Ce code a expiré (15 minutes). Demandez un nouveau code à votre coordinateur.',
  other_centre:
    'Ce code est celui d’un autre centre que celui de la tablette. Demandez un code de votre centre : rien n’a été changé.',
  device_known:
    'Cette tablette est déjà inscrite sur le serveur. Demandez au coordinateur de vérifier la page Tablettes : rien n’a été changé.',
};

/** Refusals of the code itself (401); the others are about the tablet enrolled again (409). */
const CODE_REFUSALS: ReadonlySet<EnrolFailure> = new Set(['unknown', 'used', 'expired']);

export function devicesRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/enrol', async (c) => {
    const { database, secrets, now, config } = c.var.deps;
    const rule = enrolRule(config.enrolAttempts);
    const client = clientAddress(c);
    const hit = await hitRateLimit(database.db, `enrol:${client}`, rule, now());
    if (!hit.allowed) {
      if (hit.count === rule.limit + 1) logRateLimited('enrol', client);
      c.header('Retry-After', String(hit.retryAfterSeconds));
      throw new HttpError(
        429,
        'rate_limited',
        `Trop d’essais de code. Nouvel essai possible dans ${waitInWords(hit.retryAfterSeconds)}.`,
      );
    }
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
      if (err instanceof EnrolError)
        throw CODE_REFUSALS.has(err.reason)
          ? new HttpError(401, 'unauthorized', ENROL_MESSAGES[err.reason])
          : new HttpError(409, 'conflict', ENROL_MESSAGES[err.reason]);
      throw err;
    }
  });
  return app;
}

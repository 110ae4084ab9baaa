// Where SMS Gateway for Android posts its events (replies, delivery reports): one URL per centre
// holding a token derived from the server secret, so nothing else can post replies for a centre.
// The address to register in the gateway app is shown on the dashboard's SMS page.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { AppEnv, Deps } from '../app-env';
import { errorResponse, HttpError, readJson } from '../http/errors';
import { handleInboundSms } from './inbound';

const EventSchema = v.object({
  event: v.string(),
  payload: v.optional(
    v.object({
      message: v.optional(v.pipe(v.string(), v.maxLength(2000))),
      phoneNumber: v.optional(v.pipe(v.string(), v.maxLength(40))),
      messageId: v.optional(v.pipe(v.string(), v.maxLength(100))),
    }),
  ),
});

export function webhookToken(deps: Pick<Deps, 'secrets'>, centreId: string): string {
  return deps.secrets.tokenHash(`sms-webhook:${centreId}`).slice(0, 32);
}

export function smsWebhookRoutes() {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => errorResponse(c, 413, 'too_large', 'La requête est trop grande (64 Kio au plus).'),
    }),
  );
  app.post('/inbound/android/:centreId/:token', async (c) => {
    const deps = c.var.deps;
    const centreId = c.req.param('centreId');
    if (c.req.param('token') !== webhookToken(deps, centreId))
      throw new HttpError(403, 'forbidden', 'Cette adresse de réception n’est pas celle du centre.');
    const parsed = v.safeParse(EventSchema, await readJson(c));
    if (!parsed.success) throw new HttpError(400, 'invalid', 'Événement de la passerelle illisible.');
    const { event, payload } = parsed.output;
    const now = deps.now().toISOString();
    if (event === 'sms:received' && payload?.message !== undefined && payload.phoneNumber) {
      const kind = await handleInboundSms(deps, centreId, payload.phoneNumber, payload.message);
      return c.json({ ok: true, kind });
    }
    if ((event === 'sms:delivered' || event === 'sms:failed') && payload?.messageId) {
      await deps.database.db
        .updateTable('sms_messages')
        .set({ status: event === 'sms:delivered' ? 'distribue' : 'echec', updated_at: now })
        .where('centre_id', '=', centreId)
        .where('provider_message_id', '=', payload.messageId)
        .execute();
    }
    return c.json({ ok: true });
  });
  return app;
}

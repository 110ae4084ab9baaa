// The dashboard's SMS page (API.md "SMS"): the queue per centre (to send, sent, failed, stopped,
// dry runs with the text that would have gone), the provider settings (credentials are written,
// never read back), a test send to the coordinator's own number, a « rappel » from the follow-up
// queue, and the outcomes of « avez-vous obtenu votre droit ? ».
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Contact } from '../../../src/shared/records';
import { LANGUAGES, type Language } from '../../../src/shared/taxonomy';
import { HttpError } from '../../http/errors';
import { enqueueSms } from '../../sms/queue';
import { nextSendingTime } from '../../sms/quiet-hours';
import { sendDueSms } from '../../sms/sender';
import { loadSmsSettings, PROVIDER_CHOICES, saveSmsSettings } from '../../sms/settings';
import { renderSms, type SmsParams, type SmsPurpose } from '../../sms/templates';
import { webhookToken } from '../../sms/webhook-routes';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, queryOne, readBody } from '../http';
import { loadRecord } from '../records/load';
import { assertCentreInScope } from '../scope';
import { countOutcomes } from './outcomes';

const SettingsBody = v.object({
  centreId: v.pipe(v.string(), v.maxLength(64)),
  provider: v.picklist(PROVIDER_CHOICES, 'provider : aucun, android_gateway ou ovh'),
  dailyCap: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000, 'dailyCap : 10 000 au plus')),
  outcomeDelayDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  config: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
});
const TestBody = v.object({
  centreId: v.pipe(v.string(), v.maxLength(64)),
  phone: v.pipe(v.string(), v.trim(), v.regex(/^\+?[\d .()-]{6,20}$/, 'phone : un numéro de téléphone')),
});

/** The language a message went in (kept wrapped, see sender.ts), else the one it was planned in. */
function sentLanguage(deps: DashboardEnv['Variables']['deps'], langEnc: string | undefined, planned: string) {
  let language = planned;
  try {
    if (langEnc) language = deps.secrets.unwrap(langEnc);
  } catch {
    // Wrapped under another secret (a restored backup): the planned language is said instead.
  }
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'fr';
}

function centreParam(c: { var: DashboardEnv['Variables'] }, raw: string | undefined): string {
  const id = raw ?? c.var.scope.centreIds[0];
  if (!id) throw new HttpError(400, 'invalid', 'centre : choisissez un centre.');
  assertCentreInScope(c.var.scope, id);
  return id;
}

export function smsRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/sms', async (c) => {
    const deps = c.var.deps;
    const centreId = centreParam(c, queryOne(c, 'centre'));
    const settings = await loadSmsSettings(deps, centreId);
    const rows = await deps.database.db
      .selectFrom('sms_messages')
      .select([
        'id',
        'purpose',
        'status',
        'language',
        'params',
        'created_at',
        'sent_at',
        'last_error',
        'send_after',
      ])
      .where('centre_id', '=', centreId)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    const counts: Record<string, number> = {};
    for (const r of await deps.database.db
      .selectFrom('sms_messages')
      .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('centre_id', '=', centreId)
      .groupBy('status')
      .execute())
      counts[r.status] = Number(r.n);
    const base = deps.config.publicUrl ?? '';
    return c.json({
      centreId,
      settings,
      webhookUrl: `${base}/api/v1/sms/inbound/android/${encodeURIComponent(centreId)}/${webhookToken(deps, centreId)}`,
      counts,
      messages: rows.map((r) => {
        const params = JSON.parse(r.params) as SmsParams & { langEnc?: string };
        const language = sentLanguage(deps, params.langEnc, r.language);
        return {
          id: r.id,
          purpose: r.purpose,
          status: r.status,
          createdAt: r.created_at,
          sendAfter: r.send_after,
          sentAt: r.sent_at,
          lastError: r.last_error,
          // The words that went (or would have gone), in the language they went in (French until
          // sent): rendered again from the template, public words only, never a name.
          language,
          text: renderSms(r.purpose as SmsPurpose, language, params),
        };
      }),
    });
  });

  app.put('/sms/settings', async (c) => {
    const deps = c.var.deps;
    const body = await readBody(c, SettingsBody);
    assertCentreInScope(c.var.scope, body.centreId);
    try {
      await saveSmsSettings(deps, body.centreId, body, c.var.user.id);
    } catch (err) {
      if (err instanceof v.ValiError)
        throw new HttpError(
          400,
          'invalid',
          'Identifiants du fournisseur incomplets : remplissez chaque champ.',
        );
      throw err;
    }
    await writeAudit(
      deps.database.db,
      {
        userId: c.var.user.id,
        action: 'sms.settings',
        centreId: body.centreId,
        detail: { provider: body.provider },
      },
      deps.now(),
    );
    return c.json({ settings: await loadSmsSettings(deps, body.centreId) });
  });

  app.post('/sms/test', async (c) => {
    const deps = c.var.deps;
    const body = await readBody(c, TestBody);
    assertCentreInScope(c.var.scope, body.centreId);
    const centre = await deps.database.db
      .selectFrom('centres')
      .select('name')
      .where('id', '=', body.centreId)
      .executeTakeFirstOrThrow();
    const now = deps.now();
    await enqueueSms(deps, {
      centreId: body.centreId,
      contactId: null,
      purpose: 'essai',
      occasion: now.toISOString(),
      language: 'fr',
      params: { centre: centre.name, toEnc: deps.secrets.wrap(body.phone) } as SmsParams,
      sendAfter: now,
    });
    const r = await sendDueSms(deps, [body.centreId]);
    const at = nextSendingTime(now);
    return c.json({ result: r, sendsAt: at.toISOString() });
  });

  app.post('/follow-ups/:contactId/sms-rappel', async (c) => {
    const deps = c.var.deps;
    const contact = await loadRecord<Contact>(
      deps.database.db,
      'contact',
      c.req.param('contactId'),
      c.var.scope.centreIds,
    );
    if (!contact) throw notFound('Ce contact');
    if (!contact.record.consentPurposes.includes('sms') || !contact.record.consentPurposes.includes('rappel'))
      throw new HttpError(
        409,
        'conflict',
        'Cette personne n’a pas donné son accord pour être rappelée par SMS.',
      );
    const centre = await deps.database.db
      .selectFrom('centres')
      .select('name')
      .where('id', '=', contact.centreId)
      .executeTakeFirstOrThrow();
    const now = deps.now();
    const added = await enqueueSms(deps, {
      centreId: contact.centreId,
      contactId: contact.id,
      purpose: 'rappel',
      occasion: now.toISOString().slice(0, 10),
      language: 'fr' as Language,
      params: { centre: centre.name },
      sendAfter: now,
    });
    await writeAudit(
      deps.database.db,
      { userId: c.var.user.id, action: 'sms.rappel', recordId: contact.id, centreId: contact.centreId },
      now,
    );
    return c.json({ queued: added, sendsAt: nextSendingTime(now).toISOString() });
  });

  app.get('/sms/outcomes', async (c) => {
    const centreId = centreParam(c, queryOne(c, 'centre'));
    return c.json(
      await countOutcomes(c.var.deps.database.db, [centreId], queryOne(c, 'from'), queryOne(c, 'to')),
    );
  });

  return app;
}

/// <reference path="./ovh-module.d.ts" />
// OVHcloud SMS, through the official `ovh` client (it signs each request with the application key,
// the application secret and the consumer key). Sending creates a job on the centre's SMS account
// with our message id as its `tag`; replies to the virtual number are polled from `incoming` and
// deleted there once handled. The client speaks HTTPS only.
import ovh from 'ovh';
import { type InboundSms, ProviderError, providerHttpError, type SmsProvider } from './types';

export interface OvhConfig {
  /** API host, default eu.api.ovh.com (tests point it at a local simulator). */
  host?: string | undefined;
  port?: number | undefined;
  appKey: string;
  appSecret: string;
  consumerKey: string;
  /** The SMS account, « sms-xx11111-1 ». */
  serviceName: string;
}

const NAME = 'OVHcloud';

/** The client rejects with {error: status, message} or a bare status number. */
function translate(err: unknown): never {
  const status =
    typeof err === 'number'
      ? err
      : typeof err === 'object' && err
        ? Number((err as { error?: unknown }).error)
        : NaN;
  if (Number.isFinite(status) && status >= 400) throw providerHttpError(NAME, status);
  throw new ProviderError(`${NAME} ne répond pas ; nouvel essai plus tard.`, true);
}

/** GSM 7-bit covers French; Arabic needs the 8-bit (Unicode) coding. */
function coding(text: string): '7bit' | '8bit' {
  return /^[\n\r\u0020-\u007eàâäçéèêëîïôöùûüÿœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ€«»’]*$/.test(text) ? '7bit' : '8bit';
}

export function ovhProvider(config: OvhConfig): SmsProvider {
  const client = ovh({
    appKey: config.appKey,
    appSecret: config.appSecret,
    consumerKey: config.consumerKey,
    host: config.host || 'eu.api.ovh.com',
    port: config.port || 443,
    timeout: 15_000,
  });
  const base = `/sms/${encodeURIComponent(config.serviceName)}`;
  const req = (method: string, path: string, params?: Record<string, unknown>) =>
    client.requestPromised(method, `${base}${path}`, params).catch(translate);
  return {
    kind: 'ovh',
    async send(sms) {
      const answer = (await req('POST', '/jobs', {
        message: sms.text,
        receivers: [sms.to],
        senderForResponse: true,
        noStopClause: true,
        tag: sms.ref,
        coding: coding(sms.text),
        priority: 'high',
      })) as { ids?: number[]; invalidReceivers?: string[] };
      const id = answer.ids?.[0];
      if (id === undefined) throw new ProviderError(`${NAME} refuse le numéro de ce contact.`, false);
      return { providerMessageId: String(id) };
    },
    async alreadySent(ref) {
      const ids = (await req('GET', '/outgoing', { tag: ref })) as number[];
      return ids.length ? { providerMessageId: String(ids[0]) } : undefined;
    },
    async status(id) {
      const out = (await req('GET', `/outgoing/${encodeURIComponent(id)}`)) as {
        deliveryReceipt?: number;
        deliveredAt?: string | null;
      };
      if (out.deliveredAt) return 'delivered';
      return out.deliveryReceipt === 2 ? 'failed' : 'sent';
    },
    async fetchInbound() {
      const ids = (await req('GET', '/incoming')) as number[];
      const out: InboundSms[] = [];
      for (const id of ids) {
        const m = (await req('GET', `/incoming/${id}`)) as { message: string; sender: string };
        out.push({
          from: m.sender,
          text: m.message,
          ack: async () => {
            await req('DELETE', `/incoming/${id}`);
          },
        });
      }
      return out;
    },
  };
}

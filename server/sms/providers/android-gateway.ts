// SMS Gateway for Android (sms-gate.app): an Android phone with the centre's SIM sends the SMS — the
// cheapest option for a centre. Through its official client (`android-sms-gateway`), either the
// cloud relay (default address) or the phone's own local server (`http://<phone>:8080`). Replies
// and delivery reports come back by webhook (server/sms/routes.ts).
import Client from 'android-sms-gateway';
import { type DeliveryState, ProviderError, providerHttpError, type SmsProvider } from './types';

export interface AndroidGatewayConfig {
  baseUrl?: string | undefined;
  login: string;
  password: string;
}

const NAME = 'La passerelle SMS Android';

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new ProviderError(
      `${NAME} ne répond pas (réseau ou téléphone éteint) ; nouvel essai plus tard.`,
      true,
    );
  }
  if (!res.ok) throw new HttpStatusError(res.status);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

const fetchClient = {
  get: (url: string, headers: Record<string, string>) => call(url, { method: 'GET', headers }),
  post: (url: string, body: unknown, headers: Record<string, string>) =>
    call(url, { method: 'POST', headers, body: JSON.stringify(body) }),
  put: (url: string, body: unknown, headers: Record<string, string>) =>
    call(url, { method: 'PUT', headers, body: JSON.stringify(body) }),
  patch: (url: string, body: unknown, headers: Record<string, string>) =>
    call(url, { method: 'PATCH', headers, body: JSON.stringify(body) }),
  delete: (url: string, headers: Record<string, string>) => call(url, { method: 'DELETE', headers }),
};

function mapState(state: string): DeliveryState {
  if (state === 'Delivered') return 'delivered';
  if (state === 'Failed') return 'failed';
  if (state === 'Sent') return 'sent';
  return 'pending';
}

export function androidGateway(config: AndroidGatewayConfig): SmsProvider {
  // biome-ignore lint/suspicious/noExplicitAny: the client's HttpClient type is its own; ours matches it.
  const client = new Client(config.login, config.password, fetchClient as any, config.baseUrl || undefined);
  const translate = (err: unknown): never => {
    if (err instanceof HttpStatusError) throw providerHttpError(NAME, err.status);
    throw err;
  };
  return {
    kind: 'android_gateway',
    async send(sms) {
      const state = await client
        .send({ id: sms.ref, message: sms.text, phoneNumbers: [sms.to] })
        .catch(translate);
      return { providerMessageId: state.id };
    },
    async alreadySent(ref) {
      try {
        const state = await client.getState(ref);
        return { providerMessageId: state.id };
      } catch (err) {
        if (err instanceof HttpStatusError && err.status === 404) return undefined;
        return translate(err);
      }
    },
    async status(id) {
      const state = await client.getState(id).catch(translate);
      return mapState(state.state);
    },
    async fetchInbound() {
      return [];
    },
  };
}

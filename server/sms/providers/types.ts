// One interface for every SMS provider a centre may choose (issue 12). The queue calls only this,
// so adding a provider never touches the queue's exactly-once rules. `ref` is our own message id:
// each provider keeps it (SMS Gateway for Android as the message id, OVHcloud as the job's tag), so
// after a crash between the provider's answer and our record of it, `alreadySent(ref)` tells us the
// message left and must not be sent again.
export type ProviderKind = 'android_gateway' | 'ovh';
export type DeliveryState = 'pending' | 'sent' | 'delivered' | 'failed';

export interface OutgoingSms {
  ref: string;
  /** E.164 (+33…). */
  to: string;
  text: string;
}

export interface InboundSms {
  from: string;
  text: string;
  /** Tells the provider the reply was handled (OVHcloud keeps replies until deleted). */
  ack(): Promise<void>;
}

export interface SmsProvider {
  readonly kind: ProviderKind;
  send(sms: OutgoingSms): Promise<{ providerMessageId: string }>;
  alreadySent(ref: string): Promise<{ providerMessageId: string } | undefined>;
  status(providerMessageId: string): Promise<DeliveryState>;
  /** Replies waiting at the provider; providers that push replies by webhook return none. */
  fetchInbound(): Promise<InboundSms[]>;
}

/** A provider's refusal or an unreachable provider; `retryable` decides between back-off and failure. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Maps an HTTP status from a provider to a ProviderError in words (no number, no text inside). */
export function providerHttpError(provider: string, status: number): ProviderError {
  if (status === 401 || status === 403)
    return new ProviderError(`${provider} refuse les identifiants du centre (code ${status}).`, false);
  if (status === 400 || status === 404 || status === 422)
    return new ProviderError(`${provider} refuse le message (code ${status}).`, false);
  return new ProviderError(
    `${provider} ne répond pas correctement (code ${status}) ; nouvel essai plus tard.`,
    true,
  );
}

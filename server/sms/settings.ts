// A centre's SMS settings: which provider (none by default: dry run), its credentials (wrapped under
// the server secret, never sent back to a page nor pulled by tablets), the daily cap and the delay of
// « avez-vous obtenu votre droit ? ».
import * as v from 'valibot';
import type { Deps } from '../app-env';
import { androidGateway } from './providers/android-gateway';
import { ovhProvider } from './providers/ovh';
import type { SmsProvider } from './providers/types';

export const PROVIDER_CHOICES = ['aucun', 'android_gateway', 'ovh'] as const;
export type ProviderChoice = (typeof PROVIDER_CHOICES)[number];

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Url = v.pipe(v.string(), v.trim(), v.maxLength(300), v.url('adresse : une adresse web complète'));

export const AndroidConfigSchema = v.strictObject({
  baseUrl: v.optional(Url),
  login: Text(200),
  password: Text(200),
});
export const OvhConfigSchema = v.strictObject({
  host: v.optional(Text(200)),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
  appKey: Text(200),
  appSecret: Text(200),
  consumerKey: Text(200),
  serviceName: Text(100),
});

export interface SmsSettings {
  provider: ProviderChoice;
  dailyCap: number;
  outcomeDelayDays: number;
  /** Whether credentials are stored (never the credentials themselves). */
  configured: boolean;
}

export const DEFAULT_SMS_SETTINGS: SmsSettings = {
  provider: 'aucun',
  dailyCap: 200,
  outcomeDelayDays: 30,
  configured: false,
};

export async function loadSmsSettings(deps: Pick<Deps, 'database'>, centreId: string): Promise<SmsSettings> {
  const row = await deps.database.db
    .selectFrom('sms_settings')
    .selectAll()
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SMS_SETTINGS;
  return {
    provider: (PROVIDER_CHOICES as readonly string[]).includes(row.provider)
      ? (row.provider as ProviderChoice)
      : 'aucun',
    dailyCap: row.daily_cap,
    outcomeDelayDays: row.outcome_delay_days,
    configured: row.config_enc !== null,
  };
}

export async function saveSmsSettings(
  deps: Pick<Deps, 'database' | 'secrets' | 'now'>,
  centreId: string,
  input: { provider: ProviderChoice; dailyCap: number; outcomeDelayDays: number; config?: unknown },
  userId: string | null,
): Promise<void> {
  let configEnc: string | null | undefined;
  if (input.provider === 'aucun') configEnc = null;
  else if (input.config !== undefined) {
    const schema = input.provider === 'ovh' ? OvhConfigSchema : AndroidConfigSchema;
    configEnc = deps.secrets.wrap(JSON.stringify(v.parse(schema, input.config)));
  }
  const values = {
    provider: input.provider,
    daily_cap: input.dailyCap,
    outcome_delay_days: input.outcomeDelayDays,
    updated_by: userId,
    updated_at: deps.now().toISOString(),
    ...(configEnc !== undefined ? { config_enc: configEnc } : {}),
  };
  await deps.database.db
    .insertInto('sms_settings')
    .values({ centre_id: centreId, config_enc: null, ...values })
    .onConflict((oc) => oc.column('centre_id').doUpdateSet(values))
    .execute();
}

/** The provider that sends for this centre, or undefined when none is configured (dry run). */
export async function providerFor(
  deps: Pick<Deps, 'database' | 'secrets'>,
  centreId: string,
): Promise<SmsProvider | undefined> {
  const row = await deps.database.db
    .selectFrom('sms_settings')
    .select(['provider', 'config_enc'])
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!row?.config_enc || row.provider === 'aucun') return undefined;
  const config = JSON.parse(deps.secrets.unwrap(row.config_enc)) as unknown;
  if (row.provider === 'ovh') return ovhProvider(v.parse(OvhConfigSchema, config));
  if (row.provider === 'android_gateway') return androidGateway(v.parse(AndroidConfigSchema, config));
  return undefined;
}

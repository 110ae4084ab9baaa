// Server configuration from the environment (README "Configuration").
import { resolve } from 'node:path';
import { parseTrustedProxies } from './http/client-address';

export interface Config {
  port: number;
  host: string;
  /** postgres://… for PostgreSQL; absent means the SQLite file in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Secret that wraps the centres' private keys and keys the lookup hashes. */
  secret: string | undefined;
  distDir: string;
  /** True behind TLS (session cookie gets Secure). */
  secureCookies: boolean;
  /** The retention purge runs daily by itself (BORNE_AUTO_PURGE=0 turns it off, e.g. for e2e runs). */
  autoPurge: boolean;
  /** BORNE_SMS=0 turns off the SMS scheduler (server/sms/); `sms-run` still works. */
  smsScheduler: boolean;
  /** BORNE_PUBLIC_URL: the centre's public address (https://…), for links given out (SMS webhook, QR codes). */
  publicUrl: string | undefined;
  /** Tablet enrolment attempts allowed per address in 15 minutes (BORNE_ENROL_ATTEMPTS, default 30). */
  enrolAttempts: number;
  /** BORNE_TRUSTED_PROXY: the reverse proxies whose X-Forwarded-For names the client (server/http/client-address.ts). */
  trustedProxies: string[];
  /** BORNE_LOG_FORMAT=json: one JSON object a line (server/log.ts); absent: plain lines. */
  logFormat: 'text' | 'json';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port (0 à 65535), reçu « ${env.PORT} ».`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL doit commencer par postgres:// (ou être absent pour SQLite).');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.BORNE_DATA_DIR ?? './data'),
    secret: env.BORNE_SECRET || undefined,
    distDir: resolve(env.BORNE_DIST_DIR ?? './dist'),
    secureCookies: env.BORNE_SECURE_COOKIES === '1',
    autoPurge: env.BORNE_AUTO_PURGE !== '0',
    smsScheduler: env.BORNE_SMS !== '0',
    publicUrl: publicUrl(env.BORNE_PUBLIC_URL),
    enrolAttempts: positiveInt(env.BORNE_ENROL_ATTEMPTS, 30, 'BORNE_ENROL_ATTEMPTS'),
    trustedProxies: parseTrustedProxies(env.BORNE_TRUSTED_PROXY),
    logFormat: logFormat(env.BORNE_LOG_FORMAT),
  };
}

function positiveInt(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} doit être un nombre entier positif, reçu « ${text} ».`);
  return n;
}

/** BORNE_PUBLIC_URL without its trailing slash; anything but a full http(s) address is refused. */
function publicUrl(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(
      `BORNE_PUBLIC_URL doit être une adresse complète en https:// (ou http://), reçu « ${value} ».`,
    );
  return value.replace(/\/+$/, '');
}

function logFormat(text: string | undefined): 'text' | 'json' {
  const value = text?.trim().toLowerCase();
  if (!value || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new Error(`BORNE_LOG_FORMAT vaut json (une ligne JSON par événement) ou text ; reçu « ${text} ».`);
}

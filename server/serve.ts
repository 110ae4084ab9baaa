// The listening entry: the Hono app on Node's HTTP server, with a graceful stop on SIGTERM/SIGINT.
import type { Server } from 'node:http';
import { createApp } from './app';
import type { Deps } from './app-env';
import type { Config } from './config';
import { StartupError } from './db/data-dir';
import { serveApp } from './http/node-server';
import { startPurgeTimer } from './jobs/purge-schedule';
import { startSmsTimer } from './jobs/sms-schedule';
import { configureLog } from './log';

/** Why the server could not listen, in words naming the address and what to do. */
export function listenError(err: unknown, config: Pick<Config, 'port' | 'host'>): Error {
  const code = (err as { code?: string }).code;
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE')
    return new StartupError(
      `Le port ${config.port} est déjà utilisé (${where}) : un autre programme l’écoute, peut-être un autre serveur Borne déjà lancé. Arrêtez-le, ou lancez celui-ci sur un autre port avec PORT=<numéro>.`,
    );
  if (code === 'EACCES')
    return new StartupError(
      `Ce compte n’a pas le droit d’écouter sur le port ${config.port} (${where}) : choisissez un port au-dessus de 1024 avec PORT=<numéro>, derrière le proxy TLS.`,
    );
  if (code === 'EADDRNOTAVAIL')
    return new StartupError(
      `L’adresse HOST=${config.host} n’est pas une adresse de cette machine : indiquez-en une (0.0.0.0 pour toutes).`,
    );
  return err instanceof Error ? err : new Error(String(err));
}

export function startServer(deps: Deps, onListening?: (url: string) => void): Promise<() => Promise<void>> {
  configureLog(deps.config.logFormat);
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serveApp(
      { fetch: app.fetch, port: deps.config.port, hostname: deps.config.host },
      (info) => {
        const host =
          deps.config.host === '0.0.0.0' || deps.config.host === '::' ? 'localhost' : deps.config.host;
        onListening?.(`http://${host}:${info.port}`);
        const stopPurge = deps.config.autoPurge ? startPurgeTimer(deps) : () => {};
        const stopSms = deps.config.smsScheduler ? startSmsTimer(deps) : () => {};
        let stopping = false;
        const stop = async () => {
          if (stopping) return;
          stopping = true;
          stopPurge();
          stopSms();
          // Finish requests in flight (and their transactions), then release the database. A
          // connection kept alive is closed as soon as it is idle, not after the idle timeout.
          await new Promise<void>((done) => {
            const sweep = setInterval(() => (server as Server).closeIdleConnections(), 200);
            server.close(() => {
              clearInterval(sweep);
              done();
            });
          });
          await deps.database.close();
        };
        for (const signal of ['SIGTERM', 'SIGINT'] as const) {
          process.once(signal, () => {
            stop().then(
              () => process.exit(0),
              () => process.exit(1),
            );
          });
        }
        resolve(stop);
      },
    );
    server.once('error', (err) => reject(listenError(err, deps.config)));
  });
}

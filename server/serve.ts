// The listening entry: the Hono app on Node's HTTP server, with a graceful stop on SIGTERM/SIGINT.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Deps } from './app-env';
import { startPurgeTimer } from './jobs/purge-schedule';
import { startSmsTimer } from './jobs/sms-schedule';

export function startServer(deps: Deps, onListening?: (url: string) => void): Promise<() => Promise<void>> {
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: deps.config.port, hostname: deps.config.host }, (info) => {
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
        // Finish requests in flight (and their transactions), then release the database.
        await new Promise<void>((done) => server.close(() => done()));
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
    });
  });
}

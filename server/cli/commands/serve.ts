import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { markServerRunning } from '../../backup/running';
import { configureLog, log } from '../../log';
import { openRuntime } from '../../runtime';
import { seedDemo } from '../../seed/demo';
import { startServer } from '../../serve';
import { describeContentSync, syncBuiltContent } from '../../services/content';
import { createEnrolCode } from '../../services/enrol-codes';
import { parse } from '../args';
import type { Command } from '../command';
import { describeDemo } from './seed-demo';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'lance le serveur du centre (PORT, HOST, DATABASE_URL, BORNE_DATA_DIR)',
  usage:
    'serve [--demo] [--json]   (--demo : crée la démonstration au premier lancement et affiche un code de tablette)',
  async run(argv, { json }) {
    const { values } = parse(argv, { demo: { type: 'boolean' } });
    const deps = await openRuntime();
    // A restore refuses while this process serves the SQLite file (server/backup/running.ts).
    if (deps.database.kind === 'sqlite') markServerRunning(deps.config.dataDir);
    configureLog(deps.config.logFormat);
    log('info', 'content', describeContentSync(await syncBuiltContent(deps)));
    if (!existsSync(join(deps.config.distDir, 'index.html'))) {
      log(
        'warn',
        'server',
        'Attention : dist/ est vide. Lancez « npm run build » pour servir l’application des tablettes.',
      );
    }
    let banner: Record<string, unknown> = {};
    let text = '';
    if (values.demo) {
      const demo = await seedDemo(deps.database.db, deps.secrets, deps.config.dataDir, deps.now());
      const enrol = await createEnrolCode(
        deps.database.db,
        deps.secrets,
        { centreId: demo.centre.id },
        deps.now(),
      );
      banner = { demo, enrolCode: enrol };
      text = `${describeDemo(demo)}\nCode d’installation d’une tablette : ${enrol.code} (valable 15 minutes)`;
    }
    await startServer(deps, (url) => {
      if (json) console.log(JSON.stringify({ url, database: deps.database.kind, ...banner }));
      else if (deps.config.logFormat === 'json') {
        // One JSON line like every other line of the log (the demo's logins only with --demo).
        log('info', 'server', `Borne mobile — serveur du centre sur ${url} (base ${deps.database.kind})`, {
          url,
          database: deps.database.kind,
        });
        if (text) log('info', 'demo', `${text}\nTableau de bord : ${url}/dashboard`);
      } else {
        console.log(`Borne mobile — serveur du centre sur ${url} (base ${deps.database.kind})`);
        if (text) console.log(`${text}\nTableau de bord : ${url}/dashboard`);
      }
    });
    return undefined;
  },
};

// `backup FILE` and `restore FILE` (issue 15; docs/operations.md « Sauvegarde » and « Restauration »).
// SQLite: the online backup API (consistent while the server serves), restore with the server
// stopped. PostgreSQL (DATABASE_URL): pg_dump / pg_restore. A restore gives the database a new
// epoch: tablets push again what they hold at their next exchange.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from '../../backup/database';
import { MoveRefused, moveSqliteToPostgres } from '../../backup/to-postgres';
import { loadConfig } from '../../config';
import { serverNow } from '../../runtime';
import { UsageError } from '../args';
import type { Command } from '../command';

/** The command's one positional argument, as typed (a file name or an address). */
function onlyArgument(argv: string[], what: string): string {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, 'accept-lost-erasures': { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^.*?: /, ''));
  }
  if (positionals.length !== 1) throw new UsageError(`Indiquez ${what}, et lui seul.`);
  return positionals[0]!;
}

function fileArgument(argv: string[], what: string): string {
  return resolve(onlyArgument(argv, what));
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mio`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'sauvegarde la base dans un fichier, pendant que le serveur tourne (SQLite ou pg_dump)',
  usage: 'backup FICHIER [--json]   (le fichier ne doit pas exister : mettez la date dans son nom)',
  async run(argv) {
    const file = fileArgument(argv, 'le fichier de sauvegarde à écrire');
    const config = loadConfig();
    const now = serverNow();
    const done = await backupDatabase(config, file, now);
    return {
      json: { database: config.databaseUrl ? 'postgres' : 'sqlite', ...done },
      text: `Sauvegarde écrite : ${done.file} (${mib(done.bytes)}, ${done.records} enregistrement(s)).\nGardez-la hors de ce serveur, avec le secret du serveur (BORNE_SECRET ou secret.key) rangé à part : sans lui, les contacts ne s’ouvrent pas.`,
    };
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'remplace la base par une sauvegarde (serveur arrêté) ; les tablettes renvoient ce qu’elles ont',
  usage:
    'restore FICHIER [--accept-lost-erasures] [--json]   (arrêtez le serveur avant ; l’ancienne base est gardée de côté)',
  async run(argv) {
    const file = fileArgument(argv, 'le fichier de sauvegarde à restaurer');
    // Only when the current database cannot be read: the erasures since the backup are redone by hand.
    const opts = { acceptLostErasures: argv.includes('--accept-lost-erasures') };
    const config = loadConfig();
    const now = serverNow();
    const done = await restoreDatabase(config, file, now, opts);
    const when = done.backupTakenAt ? ` (sauvegarde du ${done.backupTakenAt})` : '';
    return {
      json: { database: config.databaseUrl ? 'postgres' : 'sqlite', ...done },
      text: [
        `Base restaurée depuis ${done.restoredFrom}${when}.`,
        done.keptAside
          ? `L’ancienne base est gardée dans ${done.keptAside}.`
          : 'Il n’y avait pas de base avant.',
        done.erasuresKept === null
          ? 'ATTENTION : la liste des effacements et des tablettes retirées de la base d’avant n’a pas pu être reprise. Refaites sur le tableau de bord les effacements faits depuis la sauvegarde, et retirez de nouveau les tablettes retirées depuis.'
          : `${done.erasuresKept} effacement(s) de la base d’avant repris : ces personnes ne reviennent pas.`,
        ...(done.carriedOver
          ? [
              `Repris aussi de la base d’avant : ${done.carriedOver.optOuts} STOP SMS, ${done.carriedOver.commands} commande(s) d’effacement de tablette, ${done.carriedOver.accounts} compte(s) du tableau de bord (mot de passe, droits, désactivation), ${done.carriedOver.agents} agent(s) des centres (code PIN, rôle, désactivation), ${done.carriedOver.sms} SMS (envoyés ou en file depuis la sauvegarde : aucun ne part deux fois).`,
            ]
          : [
              'ATTENTION : les STOP SMS, les SMS envoyés, les effacements de tablette demandés, les changements de comptes et d’agents (codes PIN, désactivations) faits depuis la sauvegarde n’ont pas pu être repris : refaites-les, et ne laissez pas partir de SMS avant d’avoir vérifié.',
            ]),
        `${done.sessionsEnded} session(s) du tableau de bord fermée(s) : chacun se reconnecte.`,
        `À leur prochaine synchronisation, les ${done.devices} tablette(s) renverront tout ce qu’elles ont encore ; ce qu’elles n’ont plus est listé sur le tableau de bord (page Tablettes).`,
        'Relancez maintenant le serveur.',
      ].join('\n'),
    };
  },
};

export const migrateToPostgresCommand: Command = {
  name: 'migrate-to-postgres',
  summary: 'copie toute la base SQLite dans une base PostgreSQL vide, puis vérifie les comptes',
  usage: 'migrate-to-postgres postgres://utilisateur@hôte/base [--json]   (arrêtez le serveur avant)',
  async run(argv) {
    const url = urlArgument(argv);
    const config = loadConfig();
    if (config.databaseUrl)
      throw new UsageError(
        'DATABASE_URL est déjà défini : ce serveur est déjà sur PostgreSQL. Retirez-le pour copier la base SQLite.',
      );
    let done: Awaited<ReturnType<typeof moveSqliteToPostgres>>;
    try {
      done = await moveSqliteToPostgres({ dataDir: config.dataDir, targetUrl: url });
    } catch (err) {
      if (err instanceof MoveRefused) throw new UsageError(err.message);
      throw err;
    }
    return {
      json: { ...done },
      text: [
        `Copie terminée : ${done.rows} ligne(s) dans ${done.tables.length} table(s), les mêmes comptes des deux côtés.`,
        'Le fichier SQLite est gardé tel quel. Pour servir depuis PostgreSQL, mettez DATABASE_URL dans borne.env et relancez le serveur.',
      ].join('\n'),
    };
  },
};

function urlArgument(argv: string[]): string {
  const url = onlyArgument(argv, 'l’adresse de la base PostgreSQL (postgres://…)');
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new UsageError('Indiquez l’adresse de la base PostgreSQL, et elle seule : postgres://…');
  return url;
}

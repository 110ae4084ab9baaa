// `npm run borne -- <command>`: the centre server's command line.
import { log, logFormat } from '../log';
import { UsageError } from './args';
import type { Command } from './command';
import { backupCommand, migrateToPostgresCommand, restoreCommand } from './commands/backup';
import { createCoordinator } from './commands/create-coordinator';
import { purgeCommand, seedDemoRecordsCommand } from './commands/dashboard';
import { enrolCode } from './commands/enrol-code';
import { migrate } from './commands/migrate';
import { listDevicesCommand, revokeDeviceCommand } from './commands/revoke-device';
import { seedDemoCommand } from './commands/seed-demo';
import { seedFederationCommand } from './commands/seed-federation';
import { serveCommand } from './commands/serve';
import { smsRunCommand } from './commands/sms-run';

export const COMMANDS: Command[] = [
  serveCommand,
  migrate,
  seedDemoCommand,
  enrolCode,
  createCoordinator,
  revokeDeviceCommand,
  listDevicesCommand,
  purgeCommand,
  seedDemoRecordsCommand,
  seedFederationCommand,
  smsRunCommand,
  backupCommand,
  restoreCommand,
  migrateToPostgresCommand,
];

function usage(): string {
  return [
    'Utilisation : npm run borne -- <commande> [options]',
    '',
    'Commandes :',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(20)} ${c.summary}\n  ${' '.repeat(20)} ${c.usage}`),
    '',
    'Chaque commande accepte --json et affiche alors son résultat en un objet JSON.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const json = rest.includes('--json');
  if (!command) {
    console.error(`Commande inconnue « ${name} ».\n\n${usage()}`);
    return 2;
  }
  try {
    const result = await command.run(rest, { json });
    if (result) console.log(json ? JSON.stringify(result.json) : result.text);
    return result ? 0 : -1;
  } catch (err) {
    if (err instanceof UsageError) {
      if (json) console.log(JSON.stringify({ error: { code: 'usage', message: err.message } }));
      console.error(`${err.message}\n\nUtilisation : npm run borne -- ${command.usage}`);
      return 2;
    }
    const message = (err as Error).message;
    if (json) console.log(JSON.stringify({ error: { code: 'failed', message } }));
    // The server's own start failure is a line of its log, JSON like the others when asked.
    if (command.name === 'serve' && logFormat() === 'json') log('error', 'server', `Échec : ${message}`);
    else console.error(`Échec : ${message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  // -1: a server is running; let it live until a signal stops it.
  if (code >= 0) process.exit(code);
});

// `seed-federation`: a federation's year of records for the scale benchmark (bench/metrics/scale.ts),
// on the configured database (PostgreSQL with DATABASE_URL, else the data directory's SQLite file).
import { generatePassword } from '../../crypto/password';
import { openRuntime } from '../../runtime';
import { seedFederation } from '../../seed/federation/seed';
import { parse, UsageError } from '../args';
import type { Command } from '../command';

function count(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} : un nombre entier de 1 à ${max}.`);
  return n;
}

export const seedFederationCommand: Command = {
  name: 'seed-federation',
  summary:
    'sème une fédération (centres, territoires, une année d’enregistrements) dans une base vide, pour le banc d’essai',
  usage:
    'seed-federation [--centres 300] [--territories 10] [--year 2026] [--minutes N] [--password MOT] [--json]',
  async run(argv) {
    const { values } = parse(argv, {
      centres: { type: 'string' },
      territories: { type: 'string' },
      year: { type: 'string' },
      password: { type: 'string' },
      minutes: { type: 'string' },
    });
    const centres = count(values.centres, 'centres', 300, 5000);
    const territories = count(values.territories, 'territories', 10, 500);
    if (territories > centres)
      throw new UsageError('--territories : pas plus de territoires que de centres.');
    // Without --year, this year by the server's clock (Deps.now), read once the runtime is open.
    const askedYear = values.year === undefined ? undefined : count(values.year, 'year', 0, 2099);
    if (askedYear !== undefined && askedYear < 2000)
      throw new UsageError('--year : une année de 2000 à 2099.');
    const minutes = values.minutes === undefined ? undefined : count(values.minutes, 'minutes', 0, 1440);
    const password = (values.password as string | undefined) ?? generatePassword();
    if (password.length < 10) throw new UsageError('--password : 10 caractères au moins.');
    const deps = await openRuntime();
    try {
      const year = askedYear ?? deps.now().getUTCFullYear();
      const result = await seedFederation(deps, {
        centres,
        territories,
        year,
        password,
        ...(minutes ? { stopAfterSeconds: minutes * 60 } : {}),
        onCentre: (done, total, records) => {
          if (done % 10 === 0 || done === total)
            console.error(`  ${done}/${total} centres, ${records} enregistrements`);
        },
      });
      return {
        json: { ...result, password },
        text: [
          `Fédération semée en ${result.seconds} s : ${result.centres} centres${result.centres < result.requested ? ` sur ${result.requested} demandés (--minutes ${minutes} : chargement arrêté à l’heure)` : ''}, ${result.territories} territoires, année ${result.year}.`,
          `  ${result.records} enregistrements (${Object.entries(result.byEntity)
            .map(([e, n]) => `${n} ${e}`)
            .join(', ')}), ${result.factRows} lignes des tables de chiffres.`,
          `  Chargement ${result.phases.loadSeconds} s, VACUUM ANALYZE ${result.phases.vacuumSeconds} s, index ${Object.values(
            result.phases.indexSeconds,
          )
            .reduce((a, b) => a + b, 0)
            .toFixed(1)} s, après chargement ${result.phases.afterLoadSeconds} s.`,
          ...Object.entries(result.tables).map(
            ([t, s]) => `  ${t} : ${s.rows} lignes en ${s.seconds} s (${s.rowsPerSecond} lignes/s)`,
          ),
          `  Connexion : ${result.users.admin}, ${result.users.territory}, ${result.users.centre} — mot de passe ${password}`,
        ].join('\n'),
      };
    } finally {
      await deps.database.close();
    }
  },
};

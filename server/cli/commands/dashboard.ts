// Dashboard commands: `purge` (contacts past their retention date; also on the dashboard) and
// `seed-demo-records` (a realistic stretch of records for the demo centre, for demos and e2e).

import { purgeExpiredContacts } from '../../dashboard-api/privacy/purge';
import { openRuntime } from '../../runtime';
import { seedDemoRecords } from '../../seed/demo-records/seed-records';
import { parse, UsageError } from '../args';
import type { Command } from '../command';

export const purgeCommand: Command = {
  name: 'purge',
  summary: 'efface les contacts dont la durée de conservation est passée (les chiffres anonymes restent)',
  usage: 'purge [--centre ID] [--dry-run] [--json]',
  async run(argv) {
    const { values } = parse(argv, { centre: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    const deps = await openRuntime();
    try {
      const centre = values.centre as string | undefined;
      if (
        centre &&
        !(await deps.database.db
          .selectFrom('centres')
          .select('id')
          .where('id', '=', centre)
          .executeTakeFirst())
      ) {
        throw new UsageError(`Aucun centre « ${centre} ».`);
      }
      const result = await purgeExpiredContacts(deps.database.db, deps.now(), {
        ...(centre ? { centreIds: [centre] } : {}),
        dryRun: !!values['dry-run'],
      });
      const verb = result.dryRun ? 'seraient effacés' : 'effacés';
      return {
        json: { ...result },
        text: `${result.contacts} contact(s) ${verb} (${result.followUps} suivi(s), ${result.signups} inscription(s), ${result.encountersUnlinked} accompagnement(s) détaché(s) mais gardé(s) pour les chiffres).`,
      };
    } finally {
      await deps.database.close();
    }
  },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const seedDemoRecordsCommand: Command = {
  name: 'seed-demo-records',
  summary:
    'ajoute au centre de démonstration des sorties et accompagnements réalistes (mois dernier et mois en cours)',
  usage: 'seed-demo-records [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--seed N] [--json]',
  async run(argv) {
    const { values } = parse(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      seed: { type: 'string' },
    });
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    for (const [name, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${name} : une date AAAA-MM-JJ.`);
    }
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed : un nombre entier.');
    const deps = await openRuntime();
    try {
      const result = await seedDemoRecords(deps, {
        ...(from ? { from: new Date(`${from}T00:00:00Z`) } : {}),
        // --to is inclusive: the generator stops before the next day.
        ...(to ? { to: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      const t = result.tally;
      return {
        json: { ...result },
        text: `${result.created ? 'Données de démonstration ajoutées' : 'Données de démonstration déjà en place'} du ${result.from} au ${result.to} : ${t.outings} sorties, ${t.encounters} accompagnements (${t.individuel} individuels, ${t.collectif} collectifs, ${t.information} informations), ${t.contacts} contacts.`,
      };
    } finally {
      await deps.database.close();
    }
  },
};

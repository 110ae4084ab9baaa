import { openRuntime } from '../../runtime';
import { DEMO_CENTRE_ID } from '../../seed/demo';
import { createEnrolCode } from '../../services/enrol-codes';
import { parse, UsageError } from '../args';
import type { Command } from '../command';

export const enrolCode: Command = {
  name: 'enrol-code',
  summary: 'affiche un code d’installation à usage unique pour inscrire une tablette (valable 15 minutes)',
  usage: `enrol-code [--centre ID] [--json]   (centre par défaut : ${DEMO_CENTRE_ID})`,
  async run(argv) {
    const { values } = parse(argv, { centre: { type: 'string' } });
    const centreId = (values.centre as string | undefined) ?? DEMO_CENTRE_ID;
    const deps = await openRuntime();
    try {
      const centre = await deps.database.db
        .selectFrom('centres')
        .select(['id', 'name'])
        .where('id', '=', centreId)
        .executeTakeFirst();
      if (!centre)
        throw new UsageError(
          `Aucun centre « ${centreId} ». Lancez d’abord « seed-demo » ou vérifiez l’identifiant.`,
        );
      const { code, expiresAt } = await createEnrolCode(
        deps.database.db,
        deps.secrets,
        { centreId },
        deps.now(),
      );
      return {
        json: { code, expiresAt, centreId },
        text: `Code d’installation d’une tablette pour ${centre.name} : ${code}\n(valable jusqu’à ${new Date(expiresAt).toLocaleTimeString('fr-FR')}, une seule fois)`,
      };
    } finally {
      await deps.database.close();
    }
  },
};

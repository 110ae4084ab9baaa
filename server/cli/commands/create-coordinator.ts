import { generatePassword } from '../../crypto/password';
import { openRuntime } from '../../runtime';
import { createUser, type Role } from '../../services/users';
import { parse, required, UsageError } from '../args';
import type { Command } from '../command';

const ROLES: Role[] = ['coordinator', 'territory_coordinator', 'admin'];

export const createCoordinator: Command = {
  name: 'create-coordinator',
  summary: 'crée un compte de coordination (mot de passe généré)',
  usage:
    'create-coordinator --login LOGIN --name NOM [--role coordinator|territory_coordinator|admin] [--centre ID]... [--territory ID] [--json]',
  async run(argv) {
    const { values } = parse(argv, {
      login: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      centre: { type: 'string', multiple: true },
      territory: { type: 'string' },
    });
    const login = required(values.login, 'login');
    const name = required(values.name, 'name');
    const role = ((values.role as string | undefined) ?? 'coordinator') as Role;
    if (!ROLES.includes(role))
      throw new UsageError(`Rôle inconnu « ${role} ». Choisissez : ${ROLES.join(', ')}.`);
    const centreIds = (values.centre as string[] | undefined) ?? [];
    const territoryId = values.territory as string | undefined;
    if (role === 'coordinator' && centreIds.length === 0)
      throw new UsageError('Un coordinateur de centre a besoin de --centre ID.');
    if (role === 'territory_coordinator' && !territoryId)
      throw new UsageError('Un coordinateur de territoire a besoin de --territory ID.');
    const deps = await openRuntime();
    try {
      const db = deps.database.db;
      for (const id of centreIds) {
        if (!(await db.selectFrom('centres').select('id').where('id', '=', id).executeTakeFirst())) {
          throw new UsageError(`Aucun centre « ${id} ».`);
        }
      }
      const password = generatePassword();
      try {
        const id = await createUser(
          db,
          { login, name, password, role, centreIds, ...(territoryId ? { territoryId } : {}) },
          deps.now(),
        );
        return {
          json: { id, login: login.toLowerCase(), password, role },
          text: `Compte créé : ${login.toLowerCase()} — mot de passe ${password}\nNotez-le : il ne sera plus affiché.`,
        };
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
    } finally {
      await deps.database.close();
    }
  },
};

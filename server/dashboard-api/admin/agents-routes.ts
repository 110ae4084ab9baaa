// Agents of the centres (API.md "Agents"): list, create with a PIN, reset a PIN, deactivate. PINs are
// shown once in the answer and stored only as PBKDF2 verifiers, which tablets pull.
import { Hono } from 'hono';
import * as v from 'valibot';
import { PIN_PATTERN } from '../../../src/crypto/pin';
import { LIMITS } from '../../../src/shared/limits';
import { AGENT_ROLES } from '../../../src/shared/roles';
import { randomPin } from '../../crypto/pin';
import { bumpChangeVersion } from '../../db/change-version';
import { HttpError } from '../../http/errors';
import { createAgent, resetAgentPin } from '../../services/agents';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, queryList, readBody } from '../http';
import { assertCentreInScope, inIds } from '../scope';

const Pin = v.optional(v.pipe(v.string(), v.regex(PIN_PATTERN, 'pin : de 4 à 6 chiffres')));
const CreateBody = v.object({
  centreId: v.pipe(v.string('centreId : obligatoire'), v.minLength(1, 'centreId : obligatoire')),
  displayName: v.pipe(
    v.string('displayName : obligatoire'),
    v.trim(),
    v.minLength(1, 'displayName : obligatoire'),
    v.maxLength(LIMITS.name, `displayName : ${LIMITS.name} caractères au plus`),
  ),
  role: v.optional(v.picklist(AGENT_ROLES, 'role : agent, coordinator ou volunteer')),
  pin: Pin,
});
const PinBody = v.object({ pin: Pin });

type AgentRowDb = {
  id: string;
  centre_id: string;
  display_name: string;
  role: string;
  deleted_at: string | null;
  created_at: string;
};
const agentRow = (a: AgentRowDb) => ({
  id: a.id,
  centreId: a.centre_id,
  displayName: a.display_name,
  role: a.role,
  active: a.deleted_at === null,
  createdAt: a.created_at,
});
const COLUMNS = ['id', 'centre_id', 'display_name', 'role', 'deleted_at', 'created_at'] as const;

export function agentsRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/agents', async (c) => {
    const wanted = queryList(c, 'centre');
    const centres = wanted
      ? c.var.scope.centreIds.filter((id) => wanted.includes(id))
      : c.var.scope.centreIds;
    const rows = await c.var.deps.database.db
      .selectFrom('agents')
      .select(COLUMNS)
      .where((eb) => inIds(eb, 'centre_id', centres))
      .orderBy('display_name')
      .execute();
    return c.json({ items: rows.map(agentRow) });
  });

  const findAgent = async (c: { var: DashboardEnv['Variables'] }, id: string) => {
    const row = await c.var.deps.database.db
      .selectFrom('agents')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || !c.var.scope.centreIds.includes(row.centre_id)) throw notFound('Cet agent');
    return row;
  };

  app.post('/agents', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, CreateBody);
    assertCentreInScope(c.var.scope, body.centreId);
    const pin = body.pin ?? randomPin();
    const id = await createAgent(
      database.db,
      { centreId: body.centreId, displayName: body.displayName, pin, role: body.role ?? 'agent' },
      now(),
    );
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'agent.create', recordId: id, centreId: body.centreId },
      now(),
    );
    return c.json({ agent: agentRow(await findAgent(c, id)), pin }, 201);
  });

  app.post('/agents/:id/reset-pin', async (c) => {
    const { database, now } = c.var.deps;
    const body = await readBody(c, PinBody);
    const agent = await findAgent(c, c.req.param('id'));
    if (agent.deleted_at) throw new HttpError(409, 'conflict', 'Cet agent est désactivé.');
    const pin = body.pin ?? randomPin();
    await resetAgentPin(database.db, agent.id, pin);
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'agent.reset_pin', recordId: agent.id, centreId: agent.centre_id },
      now(),
    );
    return c.json({ pin });
  });

  app.post('/agents/:id/deactivate', async (c) => {
    const { database, now } = c.var.deps;
    const agent = await findAgent(c, c.req.param('id'));
    if (!agent.deleted_at) {
      await database.db.transaction().execute(async (trx) => {
        const version = await bumpChangeVersion(trx);
        await trx
          .updateTable('agents')
          .set({ deleted_at: now().toISOString(), version })
          .where('id', '=', agent.id)
          .execute();
      });
      await writeAudit(
        database.db,
        { userId: c.var.user.id, action: 'agent.deactivate', recordId: agent.id, centreId: agent.centre_id },
        now(),
      );
    }
    return c.json({ agent: agentRow(await findAgent(c, agent.id)) });
  });

  return app;
}

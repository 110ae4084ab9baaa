// Saving a skills self-check (issue 17) with its outbox entry, and reading the earlier checks of a
// card — only those this tablet made: the full history is a server figure, never on a tablet.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import type { BorneDatabase } from '../../db/database';
import { writeWithOutbox } from '../../db/outbox';
import { type SkillsCheck, SkillsCheckSchema } from '../../shared/records';
import type { SkillAnswer, SkillItem, SkillsContext } from '../../shared/taxonomy';
import { type AgentContext, FormError, newRecordBase } from '../context';

export interface SkillsCheckForm {
  passId?: string;
  context: SkillsContext;
  items: Partial<Record<SkillItem, SkillAnswer>>;
  observed: SkillItem[];
}

export async function saveSkillsCheck(ctx: AgentContext, form: SkillsCheckForm): Promise<SkillsCheck> {
  if (Object.keys(form.items).length === 0) throw new FormError({ items: 'skills.check.needOne' });
  const record = {
    ...newRecordBase(ctx, uuidv7()),
    ...(form.passId ? { passId: form.passId } : {}),
    context: form.context,
    items: form.items,
    // « Vu faire » only for an item that has an answer.
    observed: form.observed.filter((item) => form.items[item]),
  };
  const parsed = v.safeParse(SkillsCheckSchema, record);
  if (!parsed.success) throw new FormError({ form: 'agent.error.invalid' });
  await writeWithOutbox(ctx.db, 'skills_check', 'upsert', parsed.output, ctx.now());
  return parsed.output;
}

/** The checks of `passId` made by this tablet, oldest first. */
export async function checksOnThisTablet(
  db: BorneDatabase,
  deviceId: string,
  passId: string,
): Promise<SkillsCheck[]> {
  const list = await db.skillsChecks.where('passId').equals(passId).toArray();
  return list
    .filter((c) => c.deviceId === deviceId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

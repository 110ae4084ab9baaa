// Review states beside a record (ODK Central's received / has issues / approved). The record the
// tablet sent is never rewritten: the state and comment live in `reviews`.
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Review } from '../../../src/shared/dashboard-api/records';
import { REVIEW_STATES, type ReviewState } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';

export { REVIEW_STATES, type ReviewState } from '../../../src/shared/taxonomy';

export const ReviewBodySchema = v.object({
  state: v.picklist(REVIEW_STATES, 'state : recu, a_verifier ou valide'),
  comment: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(1000, 'comment : 1000 caractères au plus'))),
  ),
});

export async function loadReviews(db: Kysely<DB>, recordIds: string[]): Promise<Map<string, Review>> {
  const out = new Map<string, Review>();
  const ids = [...new Set(recordIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('reviews')
      .leftJoin('users', 'users.id', 'reviews.updated_by')
      .select([
        'reviews.record_id',
        'reviews.state',
        'reviews.comment',
        'reviews.updated_by',
        'reviews.updated_at',
        'users.name',
      ])
      .where('reviews.record_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      out.set(r.record_id, {
        state: r.state as ReviewState,
        comment: r.comment,
        updatedBy: r.updated_by ? { id: r.updated_by, name: r.name ?? '' } : null,
        updatedAt: r.updated_at,
      });
    }
  }
  return out;
}

export async function saveReview(
  db: Kysely<DB>,
  recordId: string,
  input: { state: ReviewState; comment: string | null },
  userId: string,
  now: Date,
): Promise<void> {
  const values = {
    state: input.state,
    comment: input.comment,
    updated_by: userId,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('reviews')
    .values({ record_id: recordId, ...values })
    .onConflict((oc) => oc.column('record_id').doUpdateSet(values))
    .execute();
}

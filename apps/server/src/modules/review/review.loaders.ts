import { In } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import { SEALING_REVIEWS_SQL, type SealingReview, sealOpen } from '../../auth/visibility.js';
import type { Clock } from '../../clock.js';
import { defineLoader, groupBy, type LoaderScope } from '../../graphql/loaders.js';
import { ReviewAssignmentEntity } from './review.entity.js';

/** Each draft's review assignments, oldest first. */
export const assignmentsByDraft = defineLoader<string, ReviewAssignmentEntity[]>(async (ds, draftIds) => {
  const rows = await ds
    .getRepository(ReviewAssignmentEntity)
    .find({ where: { draftId: In([...draftIds]) }, order: { createdAt: 'ASC' } });
  return groupBy(draftIds, rows, (a) => a.draftId);
});

export interface Averages {
  foresight: number | null;
  scientific: number | null;
  operability: number | null;
  submitted: number;
}

/** Each draft's average scores over its submitted reviews (nulls and 0 when none is submitted). */
export const averagesByDraft = defineLoader<string, Averages>(async (ds, draftIds) => {
  const rows: (Averages & { draft_id: string })[] = await ds.query(
    `SELECT draft_id, avg(foresight)::float AS foresight, avg(scientific)::float AS scientific,
            avg(operability)::float AS operability, count(*)::int AS submitted
       FROM review_assignment WHERE draft_id = ANY($1::uuid[]) AND status = 'SUBMITTED' GROUP BY draft_id`,
    [[...draftIds]],
  );
  const none: Averages = { foresight: null, scientific: null, operability: null, submitted: 0 };
  return draftIds.map((id) => {
    const row = rows.find((r) => r.draft_id === id);
    return row
      ? { foresight: row.foresight, scientific: row.scientific, operability: row.operability, submitted: row.submitted }
      : none;
  });
});

/**
 * The reviews that seal threads, events or notices, as the sealed-review rule reads them
 * (auth/visibility.ts), by `${today} ${assignmentId}`: whether a seal is open depends on the day.
 */
export const sealingReviews = defineLoader<string, SealingReview | null>(async (ds, keys) => {
  const out = new Map<string, SealingReview>();
  const days = new Map<string, string[]>();
  for (const key of keys) {
    const [today, id] = key.split(' ') as [string, string];
    days.set(today, [...(days.get(today) ?? []), id]);
  }
  for (const [today, ids] of days) {
    const rows: { id: string; expert_id: string; unsealed: boolean }[] = await ds.query(SEALING_REVIEWS_SQL, [
      ids,
      today,
    ]);
    for (const r of rows) out.set(`${today} ${r.id}`, { expertId: r.expert_id, unsealed: r.unsealed });
  }
  return keys.map((k) => out.get(k) ?? null);
});

/** The sealed-review rule for one seal (null: nothing is sealed), its reviews read in batches per request. */
export function sealOpenTo(
  ctx: { clock: Clock; loaders: LoaderScope },
  actor: Actor,
  sealedBy: string | null,
): Promise<boolean> {
  const today = ctx.clock.today();
  return sealOpen(actor, sealedBy, (id) => sealingReviews(ctx).load(`${today} ${id}`));
}

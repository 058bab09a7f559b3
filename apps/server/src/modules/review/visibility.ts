import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/policy.js';

/**
 * Expert reviews are sealed: until an expert submits (or the review's due date passes), the
 * passage comments of that review are seen only by their author and by the working group — not
 * by other experts, the lead unit or anyone else — so that experts judge independently.
 */
const SEES_EVERYTHING = new Set(['ADMIN', 'WORKING_GROUP']);

/** A WHERE condition on a thread alias, for query builders (named parameters). */
export function visibleThreadCondition(alias: string, actor: Actor, today: string) {
  if (SEES_EVERYTHING.has(actor.role)) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.review_assignment_id IS NULL OR ${alias}.author_id = :viewerId OR EXISTS (
      SELECT 1 FROM review_assignment ra WHERE ra.id = ${alias}.review_assignment_id
        AND (ra.status = 'SUBMITTED' OR ra.due_on < :today)))`,
    params: { viewerId: actor.id, today },
  };
}

/** The same condition for raw SQL with positional parameters, numbered from `first`. */
export function visibleThreadSql(alias: string, actor: Actor, today: string, first: number) {
  if (SEES_EVERYTHING.has(actor.role)) return { sql: 'TRUE', params: [] as unknown[] };
  return {
    sql: `(${alias}.review_assignment_id IS NULL OR ${alias}.author_id = $${first} OR EXISTS (
      SELECT 1 FROM review_assignment ra WHERE ra.id = ${alias}.review_assignment_id
        AND (ra.status = 'SUBMITTED' OR ra.due_on < $${first + 1}::date)))`,
    params: [actor.id, today] as unknown[],
  };
}

/** The same rule for one thread. */
export async function canSeeThread(
  m: EntityManager,
  actor: Actor,
  thread: { authorId: string; reviewAssignmentId: string | null },
  today: string,
): Promise<boolean> {
  if (!thread.reviewAssignmentId || SEES_EVERYTHING.has(actor.role) || thread.authorId === actor.id) return true;
  const [row]: { open: boolean }[] = await m.query(
    `SELECT (status = 'SUBMITTED' OR due_on < $2::date) AS open FROM review_assignment WHERE id = $1`,
    [thread.reviewAssignmentId, today],
  );
  return row?.open ?? true;
}

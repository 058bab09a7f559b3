import type { EntityManager } from 'typeorm';
import type { LoggedEvent } from '../realtime/event-log.js';
import { streams } from '../realtime/streams.js';
import { type Actor, can } from './policy.js';

/**
 * The one place that applies the sealed-review rule (policy.ts, 'review.readSealed') to what is
 * read. Whatever carries words of a review comment carries its seal, the id of the review
 * assignment that seals it: the thread (review_assignment_id), every event about it
 * (event.sealed_by) and every notification about it (notification.sealed_by). A seal is open to
 * a reader when the policy says so: the working group always, the expert of that review always,
 * everyone once the review is submitted or its due date (on the programme clock) has passed.
 * Lists read it as SQL; single items ask the policy itself. A seal whose review is gone is open.
 */

/** Whether the policy lets this reader through any seal, still closed, of someone else's review. */
const readsEverySeal = (actor: Actor) =>
  can(actor, 'review.readSealed', { type: 'sealed', programId: actor.programId, expertId: '', unsealed: false });

// The SQL form of the rule, for a seal column: no review that seals it is closed to the viewer
// (null: to anyone, for a reader who is no review's expert).
const closedSeal = (column: string, viewer: string | null, today: string) =>
  `NOT EXISTS (SELECT 1 FROM review_assignment ra WHERE ra.id = ${column}${
    viewer === null
      ? ''
      : `
     AND ra.expert_id <> ${viewer}`
  } AND ra.status <> 'SUBMITTED' AND ra.due_on >= ${today})`;

/** A WHERE condition (named parameters, for query builders): the seal in `column` is open to the viewer. */
export function visibleSealCondition(column: string, actor: Actor, today: string) {
  if (readsEverySeal(actor)) return { sql: 'TRUE', params: {} };
  // Who the reader is matters only to a review's expert: others' answer is their class's.
  if (actor.reviewer === false) return { sql: closedSeal(column, null, 'CAST(:today AS date)'), params: { today } };
  return { sql: closedSeal(column, ':viewerId', 'CAST(:today AS date)'), params: { viewerId: actor.id, today } };
}

/** The same condition for raw SQL with positional parameters, numbered from `first`. */
export function visibleSealSql(column: string, actor: Actor, today: string, first: number) {
  if (readsEverySeal(actor)) return { sql: 'TRUE', params: [] as unknown[] };
  if (actor.reviewer === false)
    return { sql: closedSeal(column, null, `$${first}::date`), params: [today] as unknown[] };
  return { sql: closedSeal(column, `$${first}::uuid`, `$${first + 1}::date`), params: [actor.id, today] as unknown[] };
}

/** Threads the viewer may see, on a thread alias (named parameters). */
export const visibleThreadCondition = (alias: string, actor: Actor, today: string) =>
  visibleSealCondition(`${alias}.review_assignment_id`, actor, today);

/** Threads the viewer may see, on a thread alias (positional parameters from `first`). */
export const visibleThreadSql = (alias: string, actor: Actor, today: string, first: number) =>
  visibleSealSql(`${alias}.review_assignment_id`, actor, today, first);

/**
 * Threads that no seal hides from anyone: what figures shared by the whole programme count (the
 * dashboard). `today` is a positional parameter reference, e.g. '$2::date'.
 */
export const unsealedThreadSql = (alias: string, today: string) =>
  closedSeal(`${alias}.review_assignment_id`, null, today);

/** What the rule reads of the review that seals something; `unsealed`: submitted, or past its due date. */
export interface SealingReview {
  expertId: string;
  unsealed: boolean;
}

/** The SQL that reads SealingReview rows for the ids in $1, on the programme day $2. */
export const SEALING_REVIEWS_SQL = `SELECT id, expert_id, (status = 'SUBMITTED' OR due_on < $2::date) AS unsealed
  FROM review_assignment WHERE id = ANY($1::uuid[])`;

/**
 * The rule for one seal (null: nothing is sealed), its review read by `review` only when the
 * rule needs it — so a page can hand in a batched reader.
 */
export async function sealOpen(
  actor: Actor,
  sealedBy: string | null | undefined,
  review: (id: string) => Promise<SealingReview | null>,
): Promise<boolean> {
  if (!sealedBy || readsEverySeal(actor)) return true;
  const ra = await review(sealedBy);
  if (!ra) return true;
  return can(actor, 'review.readSealed', {
    type: 'sealed',
    programId: actor.programId,
    expertId: ra.expertId,
    unsealed: ra.unsealed,
  });
}

/** The rule for one seal (null: nothing is sealed). */
export function canReadSeal(
  m: EntityManager,
  actor: Actor,
  sealedBy: string | null | undefined,
  today: string,
): Promise<boolean> {
  return sealOpen(actor, sealedBy, async (id) => {
    const [ra]: { expert_id: string; unsealed: boolean }[] = await m.query(SEALING_REVIEWS_SQL, [[id], today]);
    return ra ? { expertId: ra.expert_id, unsealed: ra.unsealed } : null;
  });
}

/** The same rule for one thread. */
export function canSeeThread(
  m: EntityManager,
  actor: Actor,
  thread: { reviewAssignmentId: string | null },
  today: string,
): Promise<boolean> {
  return canReadSeal(m, actor, thread.reviewAssignmentId, today);
}

/**
 * Whether a reader may read one event of the log, on any path (a subscription, node(id)): it is
 * of their programme; a person's own stream (their notifications) is theirs alone; and its seal
 * is open to them. Each path adds which streams and kinds it carries.
 */
export async function canReadEvent(
  m: EntityManager,
  actor: Actor | null,
  e: Pick<LoggedEvent, 'programId' | 'stream' | 'sealedBy'>,
  today: string,
): Promise<boolean> {
  if (!actor || !can(actor, 'program.read', { type: 'program', programId: e.programId })) return false;
  if (e.stream.startsWith('person:') && e.stream !== streams.person(actor.id)) return false;
  return canReadSeal(m, actor, e.sealedBy, today);
}

/** Events of the programme's shared feed the viewer may read, for raw SQL on an event alias. */
export function visibleFeedSql(alias: string, actor: Actor, today: string, first: number) {
  const seal = visibleSealSql(`${alias}.sealed_by`, actor, today, first);
  return { sql: `${alias}.stream NOT LIKE 'person:%' AND ${seal.sql}`, params: seal.params };
}

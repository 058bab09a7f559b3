import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/policy.js';
import { badInput, unauthenticated } from '../errors.js';
import { appendEvents, type NewEvent } from '../realtime/event-log.js';
import type { DistributiveOmit } from '../realtime/event-payloads.js';
import type { Context } from './context.js';

export interface WriteScope {
  m: EntityManager;
  actor: Actor;
  /** The programme clock's now, read once per write: what the write records, and its events carry. */
  now: Date;
  /** Appends an event to the log in this transaction. */
  emit(event: ScopedEvent): Promise<void>;
  /** Appends events to the log in this transaction, in order, in one statement. */
  emitAll(events: readonly ScopedEvent[]): Promise<void>;
}

type ScopedEvent = DistributiveOmit<NewEvent, 'actorId' | 'programId'> & { programId?: string };

/**
 * A write scope on `m` for `actor`, at one instant of the programme clock: `now` is what the
 * write records as its time, and every event it appends carries the same. `onEmit` hears that
 * something was written.
 */
export function writeScope(m: EntityManager, actor: Actor, now: Date, onEmit: () => void = () => {}): WriteScope {
  const emitAll = (events: readonly ScopedEvent[]) => {
    if (events.length > 0) onEmit();
    return appendEvents(
      m,
      events.map((e) => ({ ...e, programId: e.programId ?? actor.programId, actorId: actor.id, at: now }) as NewEvent),
    );
  };
  return { m, actor, now, emit: (e) => emitAll([e]), emitAll };
}

/**
 * Every authenticated write goes through here: one transaction holding the change and its
 * events; the doorbell after commit; and safe retries — a clientMutationId already seen from
 * this person returns the first result (a JSON reference to what was written) and writes nothing.
 * A concurrent repeat waits on the first one's receipt row, then returns its result. Each call
 * counts against the person's write limit (graphql/rate-limit.ts).
 */
export async function runMutation<R extends Record<string, unknown>>(
  ctx: Context,
  mutation: string,
  clientMutationId: string | null | undefined,
  work: (scope: WriteScope) => Promise<R>,
): Promise<R> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (clientMutationId !== undefined && clientMutationId !== null && !/^[\w.:-]{1,100}$/.test(clientMutationId)) {
    throw badInput('clientMutationId', {
      reason: 'CLIENT_MUTATION_ID_FORMAT',
      message: 'use 1–100 letters, digits, dots, colons, dashes or underscores.',
    });
  }
  // Writes per person per minute, over all their sessions and every replica (RATE_LIMITED when over).
  await ctx.limits.write(actor.id);
  let wrote = false;
  const result = await ctx.ds.transaction(async (m) => {
    if (clientMutationId) {
      const claimed: unknown[] = await m.query(
        `INSERT INTO mutation_receipt (person_id, client_mutation_id, mutation, result)
         VALUES ($1, $2, $3, '{}') ON CONFLICT DO NOTHING RETURNING 1`,
        [actor.id, clientMutationId, mutation],
      );
      if (claimed.length === 0) {
        const [first]: { mutation: string; result: R }[] = await m.query(
          `SELECT mutation, result FROM mutation_receipt WHERE person_id = $1 AND client_mutation_id = $2`,
          [actor.id, clientMutationId],
        );
        if (!first || first.mutation !== mutation) {
          throw badInput('clientMutationId', {
            reason: 'CLIENT_MUTATION_ID_REUSED',
            message: `this id was already used for ${first?.mutation ?? 'another mutation'}.`,
          });
        }
        return first.result;
      }
    }
    const r = await work(writeScope(m, actor, ctx.clock.now(), () => (wrote = true)));
    if (clientMutationId) {
      await m.query(`UPDATE mutation_receipt SET result = $3 WHERE person_id = $1 AND client_mutation_id = $2`, [
        actor.id,
        clientMutationId,
        JSON.stringify(r),
      ]);
    }
    return r;
  });
  if (wrote) ctx.doorbell.ring();
  return result;
}

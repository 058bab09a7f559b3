import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/policy.js';
import type { Clock } from '../clock.js';
import { badInput } from '../errors.js';
import { type Doorbell, eventInsert, type NewEvent } from '../realtime/event-log.js';
import { holdingWriteScope, type WriteScope } from './write-scope.js';

/** Refuses a clientMutationId that is not 1–100 letters, digits, dots, colons, dashes or underscores. */
export function checkClientMutationId(id: string | null | undefined): void {
  if (id !== undefined && id !== null && !/^[\w.:-]{1,100}$/.test(id)) {
    throw badInput('clientMutationId', {
      reason: 'CLIENT_MUTATION_ID_FORMAT',
      message: 'use 1–100 letters, digits, dots, colons, dashes or underscores.',
    });
  }
}

interface Receipt {
  personId: string;
  clientMutationId: string;
  result: Record<string, unknown>;
}

/**
 * A write's last statement before COMMIT: its events, in the order emitted, and the result its
 * receipt keeps for a retry — one statement for both (a data-modifying WITH), whatever the write
 * emitted.
 */
async function closeWrite(m: EntityManager, events: readonly NewEvent[], receipt: Receipt | null): Promise<void> {
  const insert = events.length > 0 ? eventInsert(events) : null;
  if (!receipt) {
    if (insert) await m.query(insert.sql, insert.params);
    return;
  }
  const params = [
    ...(insert?.params ?? []),
    JSON.stringify(receipt.result),
    receipt.personId,
    receipt.clientMutationId,
  ];
  const n = params.length;
  await m.query(
    `${insert ? `WITH logged AS (${insert.sql}) ` : ''}
     UPDATE mutation_receipt SET result = $${n - 2} WHERE person_id = $${n - 1} AND client_mutation_id = $${n}`,
    params,
  );
}

/**
 * One write, whoever asks for it (the GraphQL API, the CLI, the demo): one transaction holding the
 * change and its events, at one instant of the programme clock; the doorbell after commit; and
 * safe retries — a clientMutationId already seen from this person returns the first result (a
 * JSON reference to what was written) and writes nothing. A concurrent repeat waits on the first
 * one's receipt row (writes/receipt.entity.ts), then returns its result.
 *
 * Its statements: BEGIN, the receipt's claim (with a clientMutationId), the work's own, one
 * closing statement (closeWrite), COMMIT.
 */
export async function runWrite<R extends Record<string, unknown>>(
  services: { ds: DataSource; clock: Clock; doorbell: Doorbell },
  actor: Actor,
  write: { name: string; clientMutationId?: string | null },
  work: (scope: WriteScope) => Promise<R>,
): Promise<R> {
  const { clientMutationId } = write;
  checkClientMutationId(clientMutationId);
  let wrote = false;
  const result = await services.ds.transaction(async (m) => {
    if (clientMutationId) {
      const claimed: unknown[] = await m.query(
        `INSERT INTO mutation_receipt (person_id, client_mutation_id, mutation, result)
         VALUES ($1, $2, $3, '{}') ON CONFLICT DO NOTHING RETURNING 1`,
        [actor.id, clientMutationId, write.name],
      );
      if (claimed.length === 0) {
        const [first]: { mutation: string; result: R }[] = await m.query(
          `SELECT mutation, result FROM mutation_receipt WHERE person_id = $1 AND client_mutation_id = $2`,
          [actor.id, clientMutationId],
        );
        if (!first || first.mutation !== write.name) {
          throw badInput('clientMutationId', {
            reason: 'CLIENT_MUTATION_ID_REUSED',
            message: `this id was already used for ${first?.mutation ?? 'another mutation'}.`,
          });
        }
        return first.result;
      }
    }
    const { scope, held } = holdingWriteScope(m, actor, services.clock.now());
    const r = await work(scope);
    await closeWrite(m, held, clientMutationId ? { personId: actor.id, clientMutationId, result: r } : null);
    wrote = held.length > 0;
    return r;
  });
  if (wrote) services.doorbell.ring();
  return result;
}

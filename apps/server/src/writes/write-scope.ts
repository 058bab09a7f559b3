import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/policy.js';
import { appendEvents, type NewEvent } from '../realtime/event-log.js';
import type { DistributiveOmit } from '../realtime/event-payloads.js';

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

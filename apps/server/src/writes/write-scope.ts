import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/policy.js';
import { appendEvents, type NewEvent } from '../realtime/event-log.js';
import type { DistributiveOmit } from '../realtime/event-payloads.js';

export interface WriteScope {
  m: EntityManager;
  actor: Actor;
  /** The programme clock's now, read once per write: what the write records, and its events carry. */
  now: Date;
  /** Adds an event to the log in this transaction. */
  emit(event: ScopedEvent): Promise<void>;
  /** Adds events to the log in this transaction, in order. */
  emitAll(events: readonly ScopedEvent[]): Promise<void>;
}

type ScopedEvent = DistributiveOmit<NewEvent, 'actorId' | 'programId'> & { programId?: string };

/** An event as the scope's actor wrote it, at the write's one instant. */
const stamp = (actor: Actor, now: Date) => (e: ScopedEvent) =>
  ({ ...e, programId: e.programId ?? actor.programId, actorId: actor.id, at: now }) as NewEvent;

/**
 * A write scope on `m` for `actor`, at one instant of the programme clock: `now` is what the
 * write records as its time, and every event it appends carries the same. Each emit appends at
 * once (the demo's seed writes this way); `onEmit` hears that something was written.
 */
export function writeScope(m: EntityManager, actor: Actor, now: Date, onEmit: () => void = () => {}): WriteScope {
  const emitAll = (events: readonly ScopedEvent[]) => {
    if (events.length > 0) onEmit();
    return appendEvents(m, events.map(stamp(actor, now)));
  };
  return { m, actor, now, emit: (e) => emitAll([e]), emitAll };
}

/**
 * A write scope whose events are held, in order, for the write's closing statement
 * (writes/run-write.ts), which appends them all at once beside the receipt: still in the same
 * transaction, so they commit or vanish with the change, for one statement however many a
 * write emits. Nothing in a write reads the log back.
 */
export function holdingWriteScope(m: EntityManager, actor: Actor, now: Date): { scope: WriteScope; held: NewEvent[] } {
  const held: NewEvent[] = [];
  const emitAll = async (events: readonly ScopedEvent[]) => {
    held.push(...events.map(stamp(actor, now)));
  };
  return { scope: { m, actor, now, emit: (e) => emitAll([e]), emitAll }, held };
}

import { badInput, DomainError } from '../errors.js';

/**
 * A position in the event log: the commit's place in line (event_commit.position), then the
 * event's id within it. See db/migrations/1795983000000-CommitOrder.ts.
 */
export interface Cursor {
  position: bigint;
  id: bigint;
}

export const ORIGIN: Cursor = { position: 0n, id: 0n };

export function formatCursor(c: Cursor): string {
  return `${c.position}:${c.id}`;
}

export function parseCursor(s: string): Cursor | null {
  const m = /^(\d{1,19}):(\d{1,19})$/.exec(s);
  return m ? { position: BigInt(m[1] as string), id: BigInt(m[2] as string) } : null;
}

/** The refusal of a cursor whose events are no longer kept: the client reads afresh, then follows from "now". */
export function cursorExpired(): DomainError {
  return badInput('after', {
    reason: 'CURSOR_EXPIRED',
    message: 'this cursor is older than the event log keeps; load the page again and follow from there.',
  });
}

/**
 * A subscription's `after` argument as a cursor (null: follow from now). A cursor in the format
 * of an older server (transaction ids, "123.45") can no longer be placed in the log: expired.
 */
export function parseCursorArg(after: string | null | undefined): Cursor | null {
  if (!after) return null;
  const cursor = parseCursor(after);
  if (cursor) return cursor;
  if (/^\d{1,20}\.\d{1,20}$/.test(after)) throw cursorExpired();
  throw badInput('after', { reason: 'BAD_CURSOR', message: 'is not a cursor this server gave out.' });
}

export function compareCursors(a: Cursor, b: Cursor): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

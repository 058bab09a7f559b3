import type { EventKind } from './streams.js';

/** A payload with nothing in it: the event's subject says it all. */
type Empty = Record<string, never>;

/**
 * What each kind of event carries besides its subject, actor and summary. Every emit is checked
 * against it (NewEvent), and every reader sees it (LoggedEvent) — as Partial, since events logged
 * by older versions may lack a field added since. Adding a kind to EVENT_KINDS without a line
 * here does not compile.
 */
export interface EventPayloads {
  'program.seeded': Empty;
  'milestone.updated': { from: string; to: string };
  'topic.updated': { from: string; to: string };
  'person.invited': Empty;
  'person.joined': Empty;
  'draft.created': { planId: string; version: number; carried: number; orphaned: number };
  'thread.started': { threadId: string; commentId: string };
  'thread.replied': { threadId: string; commentId: string };
  'thread.edited': { threadId: string; commentId: string; version: number };
  'thread.disposed': { threadId: string; from: string; to: string; reason: string | null };
  /** `from`: the draft the thread was carried from. */
  'thread.reanchored': { threadId: string; from: string; state: string };
  'notification.created': Empty;
  'notification.read': Empty;
  'review.assigned': { draftId: string };
  'review.responded': { draftId: string; accept: boolean };
  'review.submitted': { draftId: string };
  'review.overdue': { draftId: string };
  'meeting.logged': Empty;
  'meeting.updated': Empty;
  'meeting.minutes': { version: number };
  /** `to`: the action item's new status, when it changed. */
  'meeting.actionItem': { to?: string };
  'meeting.opinion': { threadId: string };
  'phase.gateOverridden': { overridden: boolean; reason: string | null };
  'session.revoked': { sessionIds: string[]; reason: string };
}

// Compile-time check: every kind has a payload type, and nothing else does.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const EVERY_KIND_HAS_A_PAYLOAD: Exactly<keyof EventPayloads, EventKind> = true;

/** `payload` may be left out where the kind requires nothing. */
export type PayloadOf<K extends EventKind> =
  Record<string, never> extends EventPayloads[K] ? { payload?: EventPayloads[K] } : { payload: EventPayloads[K] };

/** Omit that keeps a union a union (one Omit per member). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

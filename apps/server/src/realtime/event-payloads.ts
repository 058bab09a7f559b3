/** A payload with nothing in it: the event's subject says it all. */
export type Empty = Record<string, never>;

/** Every kind of event the log holds. */
export type EventKind = keyof EventPayloads;

/**
 * What each kind of event carries besides its subject, actor and summary. Every emit is checked
 * against it (NewEvent), and every reader sees it (LoggedEvent) — as Partial, since events logged
 * by older versions may lack a field added since. Each module declares its own kinds here from
 * its folder (modules/<x>/<x>.events.ts, TypeScript declaration merging); the kernel declares
 * only the one it handles itself.
 */
export interface EventPayloads {
  'session.revoked': { sessionIds: string[]; reason: string };
}

/** `payload` may be left out where the kind requires nothing. */
export type PayloadOf<K extends EventKind> =
  Record<string, never> extends EventPayloads[K] ? { payload?: EventPayloads[K] } : { payload: EventPayloads[K] };

/** Omit that keeps a union a union (one Omit per member). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

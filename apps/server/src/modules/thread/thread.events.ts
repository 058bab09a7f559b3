// The thread module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'thread.started': { threadId: string; commentId: string };
    'thread.replied': { threadId: string; commentId: string };
    'thread.edited': { threadId: string; commentId: string; version: number };
    'thread.disposed': { threadId: string; from: string; to: string; reason: string | null };
    /** `from`: the draft the thread was carried from. */
    'thread.reanchored': { threadId: string; from: string; state: string };
    /** An adopted opinion checked against a newer version (`version`: that draft's id). */
    'thread.adoption-checked': { threadId: string; state: string; version: string };
    /** The lead unit said where an adopted opinion was carried out. */
    'thread.adoption-confirmed': { threadId: string; note: string };
  }
}

export {};

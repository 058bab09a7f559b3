// The alignment module's kinds of event (see realtime/event-payloads.ts), all on the programme's
// stream: every open matrix follows them through programEvents.
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'indicator.defined': { planId: string };
    'indicator.updated': { planId: string; version: number };
    'higher-target.defined': Record<string, never>;
    /** An issue found (subject: the indicator); its thread, when the plan has a draft to raise it on. */
    'alignment.raised': { kind: string; threadId?: string };
    /** An issue gone (subject: the indicator); its thread was told. */
    'alignment.resolved': { kind: string; threadId?: string };
  }
}

export {};

// The draft module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'draft.created': { planId: string; version: number; carried: number; orphaned: number };
  }
}

export {};

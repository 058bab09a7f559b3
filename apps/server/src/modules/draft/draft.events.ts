// The draft module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    /** `stage`: as published (the version's stage moves on when its plan is approved or issued). */
    'draft.created': { planId: string; version: number; stage?: string; carried: number; orphaned: number };
  }
}

export {};

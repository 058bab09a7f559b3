import type { Empty } from '../../realtime/event-payloads.js';

// The plan module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'plan.created': Empty;
    /** The plan's version after the edit, and which of its fields changed. */
    'plan.updated': { version: number; changed: string[] };
  }
}

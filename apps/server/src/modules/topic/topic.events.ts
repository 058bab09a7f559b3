import type { Empty } from '../../realtime/event-payloads.js';

// The topic module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'topic.updated': { from: string; to: string };
    'topic.created': Empty;
    /** The topic's version after the edit, and which of its fields changed. */
    'topic.edited': { version: number; changed: string[] };
  }
}

import type { Empty } from '../../realtime/event-payloads.js';

// The program module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'program.seeded': Empty;
    'milestone.updated': { from: string; to: string };
    'milestone.created': Empty;
    /** The milestone's version after the edit, and which of its fields changed. */
    'milestone.edited': { version: number; changed: string[] };
    'phase.gateOverridden': { overridden: boolean; reason: string | null };
  }
}

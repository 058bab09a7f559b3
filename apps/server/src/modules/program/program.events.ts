import type { Empty } from '../../realtime/event-payloads.js';

// The program module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'program.seeded': Empty;
    'milestone.updated': { from: string; to: string };
    'milestone.created': Empty;
    'phase.gateOverridden': { overridden: boolean; reason: string | null };
  }
}

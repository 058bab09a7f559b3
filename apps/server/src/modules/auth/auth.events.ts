import type { Empty } from '../../realtime/event-payloads.js';

// The auth module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'person.invited': Empty;
    'person.joined': Empty;
  }
}

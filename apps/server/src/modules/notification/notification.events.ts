import type { Empty } from '../../realtime/event-payloads.js';

// The notification module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'notification.created': Empty;
    'notification.read': Empty;
  }
}

import type { Empty } from '../../realtime/event-payloads.js';

// The meeting module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'meeting.logged': Empty;
    'meeting.updated': Empty;
    /** `update`: the Yjs update that made the minutes' document say the saved text (base64). */
    'meeting.minutes': { version: number; update?: string };
    /** `to`: the action item's new status, when it changed. */
    'meeting.actionItem': { to?: string };
    'meeting.opinion': { threadId: string };
    /** The conclusion recorded; `replaced`: the one it replaced, kept here since the row keeps only the current. */
    'meeting.conclusion': {
      verdict: string;
      text: string;
      replaced?: { verdict: string; text: string };
    };
  }
}

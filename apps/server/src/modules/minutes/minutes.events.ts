// The minutes module's kind of event (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    /** Typing in the live minutes: `update`, the Yjs update (base64); `version`, the minutes' version after it. */
    'minutes.typed': { version: number; update: string };
  }
}

export {};

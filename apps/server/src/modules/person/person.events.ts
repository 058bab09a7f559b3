// The person module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    /**
     * A person's memberships were set: the groups they now belong to, and those they belonged to
     * before. Every process forgets the person's cached sessions on it (app.ts), as the policy reads them.
     */
    'person.memberships': { groups: string[]; before: string[] };
  }
}

export {};

// The consultation module's kinds of event and what each carries (see realtime/event-payloads.ts).
// All are filed under the round's own stream (streams.consultation), which its moderation page follows.
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'consultation.opened': { draftId: string; slug: string };
    'consultation.closed': { draftId: string; slug: string };
    /** Sent by someone without an account (actor null): too many for the feed. */
    'public-opinion.submitted': { consultationId: string };
    'public-opinion.moderated': {
      consultationId: string;
      decision: string;
      threadId?: string;
      duplicateOfId?: string;
    };
    /** A group decided at once (subject: the round); `count` opinions, one event. */
    'public-opinion.group-moderated': {
      consultationId: string;
      decision: string;
      count: number;
      groupKey: string;
      duplicateOfId?: string;
    };
  }
}

export {};

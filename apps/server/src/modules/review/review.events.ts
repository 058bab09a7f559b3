// The review module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'review.assigned': { draftId: string };
    'review.responded': { draftId: string; accept: boolean };
    'review.submitted': { draftId: string };
    'review.overdue': { draftId: string };
  }
}

export {};

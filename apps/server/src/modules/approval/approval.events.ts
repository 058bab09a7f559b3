// The approval module's kinds of event and what each carries (see realtime/event-payloads.ts).
declare module '../../realtime/event-payloads.js' {
  interface EventPayloads {
    'approval.requested': { planId: string; draftId: string; step: string };
    /** `planApproved`: this decision completed the plan's approvals (its stage is now APPROVED). */
    'approval.decided': {
      planId: string;
      draftId: string;
      step: string;
      decision: string;
      meetingId: string | null;
      threadId: string | null;
      planApproved: boolean;
    };
    'plan.issued': { draftId: string; docNumber: string; issuedOn: string; issuer: string };
    'plan.filed': { filedOn: string };
  }
}

export {};

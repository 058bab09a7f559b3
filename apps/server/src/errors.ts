import { GraphQLError } from 'graphql';
import type { Refusal, RefusalReason } from './refusals.js';

/** The stable extensions.code values of the contract. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * A refusal: `extensions.code` (the contract's class of error), `extensions.reason` (which rule,
 * from refusals.ts) and `extensions.facts` (the values its sentence needs), so the client can say
 * it in the reader's language; `message` says it in English for logs and API users.
 */
export class DomainError extends GraphQLError {
  readonly reason: RefusalReason;

  constructor(code: ErrorCode, refusal: Refusal, extra: Record<string, unknown> = {}) {
    const facts = Object.fromEntries(Object.entries(refusal.facts ?? {}).map(([k, v]) => [k, String(v)]));
    super(refusal.message, { extensions: { code, ...extra, reason: refusal.reason, facts } });
    this.reason = refusal.reason;
  }
}

/** What notFound names, and the reason it gives for each. */
const MISSING = {
  programme: 'PROGRAMME_NOT_FOUND',
  phase: 'PHASE_NOT_FOUND',
  milestone: 'MILESTONE_NOT_FOUND',
  'research topic': 'TOPIC_NOT_FOUND',
  plan: 'PLAN_NOT_FOUND',
  draft: 'DRAFT_NOT_FOUND',
  thread: 'THREAD_NOT_FOUND',
  comment: 'COMMENT_NOT_FOUND',
  person: 'PERSON_NOT_FOUND',
  meeting: 'MEETING_NOT_FOUND',
  'action item': 'ACTION_ITEM_NOT_FOUND',
  'review assignment': 'REVIEW_NOT_FOUND',
  consultation: 'CONSULTATION_NOT_FOUND',
  'public opinion': 'PUBLIC_OPINION_NOT_FOUND',
  indicator: 'INDICATOR_NOT_FOUND',
  'higher target': 'HIGHER_TARGET_NOT_FOUND',
} as const satisfies Record<string, RefusalReason>;

export const unauthenticated = (refusal: Refusal = { reason: 'SIGN_IN_REQUIRED', message: 'Sign in first.' }) =>
  new DomainError('UNAUTHENTICATED', refusal);
export const forbidden = (refusal: Refusal) => new DomainError('FORBIDDEN', refusal);
export const notFound = (what: keyof typeof MISSING, id: string) =>
  new DomainError('NOT_FOUND', { reason: MISSING[what], message: `No ${what} with id ${id}.` }, { id });
/** A field's value refused; the message is prefixed with the field's name. */
export const badInput = (field: string, refusal: Refusal) =>
  new DomainError('BAD_USER_INPUT', { ...refusal, message: `${field}: ${refusal.message}` } as Refusal, { field });
export const conflict = (refusal: Refusal, current: unknown) => new DomainError('CONFLICT', refusal, { current });

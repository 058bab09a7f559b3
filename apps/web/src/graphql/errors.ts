import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The codes the server puts in `extensions.code`, plus two for failures that never reached it. */
export const SERVER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

interface FormattedError {
  message?: string;
  extensions?: { code?: unknown } | null;
}

function isServerCode(code: unknown): code is ServerErrorCode {
  return typeof code === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(code);
}

function codeOf(errors: readonly FormattedError[]): ErrorCode | null {
  for (const e of errors) {
    const code = e.extensions?.code;
    if (isServerCode(code)) return code;
  }
  return errors.length > 0 ? 'UNKNOWN' : null;
}

function codeFromStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400 || status === 413 || status === 422) return 'BAD_USER_INPUT';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'UNKNOWN';
}

function isCloseEventLike(error: unknown): error is { code: number; reason: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'number' &&
    'reason' in error
  );
}

/**
 * Reduces whatever a request failed with (Apollo's error classes, a graphql-ws error list or
 * close event, a fetch TypeError) to one code that the UI can translate.
 */
export function errorCode(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) return codeOf(error.errors) ?? 'UNKNOWN';
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry a GraphQL body with a precise code.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      const fromBody = body.errors ? codeOf(body.errors) : null;
      if (fromBody && fromBody !== 'UNKNOWN') return fromBody;
    } catch {
      // not JSON: fall back to the status
    }
    return codeFromStatus(error.statusCode);
  }
  if (Array.isArray(error)) return codeOf(error as FormattedError[]) ?? 'UNKNOWN';
  if (isCloseEventLike(error)) {
    if (error.code === 4401) return 'UNAUTHENTICATED';
    if (error.code === 4403) return 'FORBIDDEN';
    if (error.code === 4429) return 'RATE_LIMITED';
    return 'NETWORK';
  }
  if (error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/** The vue-i18n key of the message for an error. */
export function errorMessageKey(error: unknown): `errors.${ErrorCode}` {
  return `errors.${errorCode(error)}`;
}

function firstGraphQLError(error: unknown): FormattedError | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0] ?? null;
  if (Array.isArray(error)) return (error[0] as FormattedError | undefined) ?? null;
  return null;
}

/**
 * The server's `extensions.reason` of a refusal (e.g. COMMENT_WINDOW_CLOSED, CURSOR_EXPIRED): which
 * rule refused it, for the client to say in the reader's language (refusal-text.ts).
 */
export function errorReason(error: unknown): string | null {
  const reason = (firstGraphQLError(error)?.extensions as { reason?: unknown } | null | undefined)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** The server's `extensions.facts` of a refusal: the named values its sentence needs (raw: codes, ISO dates). */
export function errorFacts(error: unknown): Record<string, string> {
  const facts = (firstGraphQLError(error)?.extensions as { facts?: unknown } | null | undefined)?.facts;
  if (!facts || typeof facts !== 'object') return {};
  return Object.fromEntries(
    Object.entries(facts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * The server's own English explanation of a refusal ("Only its author may edit a comment."), for
 * an English reader when this client has no text for its reason; null for failures that never
 * reached the server.
 */
export function serverMessage(error: unknown): string | null {
  const code = errorCode(error);
  if (code === 'NETWORK' || code === 'INTERNAL_SERVER_ERROR' || code === 'UNKNOWN') return null;
  return firstGraphQLError(error)?.message ?? null;
}

/** `extensions.current` of a CONFLICT: what the server holds now. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (errorCode(error) !== 'CONFLICT') return null;
  const current = (firstGraphQLError(error)?.extensions as { current?: unknown } | null | undefined)?.current;
  return current && typeof current === 'object' ? (current as T) : null;
}

import { errorCode, errorReason } from '../../graphql/errors';

/**
 * Whether a page's lookup failed only because its id names nothing: a mistyped or pasted address
 * (/drafts/not-a-uuid) is refused as an id the server never gave out, an unknown one as NOT_FOUND.
 * Such a page says "not found", not that the server failed.
 */
export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'NOT_FOUND' || errorReason(error) === 'UNKNOWN_ID';
}

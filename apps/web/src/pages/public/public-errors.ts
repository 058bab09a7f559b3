import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode } from '../../graphql/errors';
import { refusalText, type Translator } from '../../graphql/refusal-text';

/** The `extensions.code` the server sent, whatever it is (the app's list knows only the common ones). */
function sentCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * What a refused opinion reads as to the public: the sentence for the server's reason when this
 * client has one (refusals.*), else the page's own message for the code (RATE_LIMITED,
 * CHALLENGE_INVALID, CONSULTATION_CLOSED …), else the app's message for it.
 */
export function publicErrorText(error: unknown, tr: Translator): string {
  const refusal = refusalText(error, tr);
  if (refusal.reason && tr.te(`refusals.${refusal.reason}`)) return refusal.text;
  for (const code of [sentCode(error), errorCode(error)]) {
    if (code && tr.te(`publicPage.errors.${code}`)) return tr.t(`publicPage.errors.${code}`);
  }
  return refusal.text;
}

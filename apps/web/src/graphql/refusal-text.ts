import { formatDateTime } from '../utils/dates';
import { errorFacts, errorMessageKey, errorReason, serverMessage } from './errors';

/** What of vue-i18n the wording needs (useI18n() or i18n.global). */
export interface Translator {
  t: (key: string, values?: Record<string, unknown> | number) => string;
  te: (key: string) => boolean;
  locale: string;
}

/** "45 秒", "2 minutes", "1 hour": a wait in the reader's language, rounded up as the server counts it. */
function waitText(seconds: number, { t }: Translator): string {
  if (seconds < 60) return t('refusals.wait.seconds', seconds);
  if (seconds < 3600) return t('refusals.wait.minutes', Math.ceil(seconds / 60));
  return t('refusals.wait.hours', Math.ceil(seconds / 3600));
}

/**
 * The facts of a refusal as its sentence shows them: codes through their own messages (a stage,
 * an opinion's or a review's status), instants in the reader's zone and language, waits in words;
 * names, numbers and dates stay as sent.
 */
function shownFacts(facts: Record<string, string>, tr: Translator): Record<string, string> {
  const code = (prefix: string, value: string) => (tr.te(`${prefix}.${value}`) ? tr.t(`${prefix}.${value}`) : value);
  const out = { ...facts };
  if (facts.stage) out.stage = code('plan.stage', facts.stage);
  if (facts.threadStatus) out.threadStatus = code('thread.status', facts.threadStatus);
  if (facts.reviewStatus) out.reviewStatus = code('reviews.status', facts.reviewStatus);
  for (const instant of ['deadline', 'expiresAt'] as const) {
    if (facts[instant]) out[instant] = formatDateTime(facts[instant], tr.locale);
  }
  if (facts.seconds && /^\d+$/.test(facts.seconds)) out.seconds = waitText(Number(facts.seconds), tr);
  return out;
}

/**
 * How a failed request reads to the person who made it: the sentence for the server's reason,
 * from its facts, in the reader's language; else the message for its code. `detail` is the
 * server's English explanation, offered to English readers only when no sentence of ours exists.
 */
export function refusalText(
  error: unknown,
  tr: Translator,
): { reason: string | null; text: string; detail: string | null } {
  const reason = errorReason(error);
  if (reason && tr.te(`refusals.${reason}`)) {
    return { reason, text: tr.t(`refusals.${reason}`, shownFacts(errorFacts(error), tr)), detail: null };
  }
  return { reason, text: tr.t(errorMessageKey(error)), detail: tr.locale === 'en' ? serverMessage(error) : null };
}

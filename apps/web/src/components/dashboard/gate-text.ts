import { type Segment, segmentsOf, words } from '../../i18n/segments';

/** A gate condition as the server sends it: a code and facts to word it from, and its Chinese fallback. */
export interface WordableCondition {
  code: string;
  label: string;
  met: boolean;
  detail: string | null;
  facts: readonly { name: string; value: string }[];
}

/** What of vue-i18n the wording needs. */
interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
}

// Conditions every plan must meet: their facts name each plan still missing as `plan`.
const EVERY_PLAN = new Set(['PLANS_FRAMEWORK', 'PLANS_REVIEW', 'MASTER_APPROVED', 'SPECIALS_ISSUED', 'SPECIALS_FILED']);

const all = (c: WordableCondition, name: string) => c.facts.filter((f) => f.name === name).map((f) => f.value);
const one = (c: WordableCondition, name: string) => c.facts.find((f) => f.name === name)?.value;

/**
 * Words a gate condition and what it still misses in the reader's language, from its code and
 * facts. Plan titles go through `planTitle` (the wall shortens them) and come back as data
 * segments. A code this client does not know shows the server's Chinese label and detail.
 */
export function gateText(tr: Translator, planTitle: (title: string) => string = (title) => title) {
  const { t, te } = tr;
  // ADOPTIONS_REFLECTED (issue 16) is worded from its own catalog (zh-CN.adoption.ts), which the
  // dashboard brings with its adoption figures; until then the server's Chinese shows.
  const labelKey = (code: string) =>
    code === 'ADOPTIONS_REFLECTED' ? 'adoption.gate.label' : `dashboard.gate.codes.${code}`;
  const known = (c: WordableCondition) => te(labelKey(c.code));

  const fill = (key: string, values: Record<string, unknown>, slots: Record<string, Segment[]> = {}) =>
    segmentsOf(t, `dashboard.gate.details.${key}`, values, slots);

  const plan = (title: string): Segment => ({ text: planTitle(title), data: true });
  const list = (items: Segment[][], separator: string): Segment[] =>
    items.flatMap((item, i) => (i ? [...words(t(`dashboard.gate.details.${separator}`)), ...item] : item));

  function label(c: WordableCondition): string {
    return known(c) ? t(labelKey(c.code), { total: one(c, 'total') ?? '' }) : c.label;
  }

  /** What the condition still misses, or nothing when it is met. */
  function missing(c: WordableCondition): Segment[] {
    if (c.met) return [];
    if (!known(c)) return c.detail ? [{ text: c.detail, data: true }] : [];
    if (EVERY_PLAN.has(c.code)) {
      const plans = all(c, 'plan').map((title) => [plan(title)]);
      return plans.length ? fill('plans', {}, { plans: list(plans, 'listSeparator') }) : [];
    }
    switch (c.code) {
      case 'TOPICS_DONE': {
        const [done, total] = [Number(one(c, 'done')), Number(one(c, 'total'))];
        return done < total ? fill('TOPICS_DONE', { done, total }) : [];
      }
      case 'CONSULTATION_OPINIONS_DECIDED': {
        // In pairs: a plan, then how many of its opinions are open.
        const open = all(c, 'open');
        const each = all(c, 'plan').map((title, i) =>
          fill('CONSULTATION_OPINIONS_DECIDED', { n: open[i] }, { plan: [plan(title)] }),
        );
        return list(each, 'openSeparator');
      }
      case 'ADOPTIONS_REFLECTED': {
        // In pairs: a plan, then how many adopted opinions its 送审稿 leaves unchanged.
        const count = all(c, 'count');
        const each = all(c, 'plan').map((title, i) =>
          segmentsOf(t, 'adoption.gate.detail', { n: count[i] }, { plan: [plan(title)] }),
        );
        return list(each, 'openSeparator');
      }
      case 'REVIEWS_SUBMITTED':
        return fill('REVIEWS_SUBMITTED', { n: one(c, 'pending') });
      default:
        return fill(c.code, {});
    }
  }

  return { label, missing };
}

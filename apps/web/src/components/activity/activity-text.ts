import { useI18n } from 'vue-i18n';
import { plainText, type Segment, segmentsOf } from '../../i18n/segments';

/** What the server sends for an activity or a notice: its kind, its raw values, its official Chinese text. */
export interface Worded {
  kind: string;
  summary: string;
  facts: readonly { name: string; value: string }[];
}
type Facts = Record<string, string>;

// The message of a kind, where the values choose between wordings (a decision with or without a reason …).
const ACTIVITY_KEY: Record<string, (f: Facts) => string> = {
  'thread.started': (f) => (f.quote ? 'thread_started' : 'thread_started_whole'),
  'thread.disposed': (f) =>
    f.status === 'OPEN' ? 'thread_reopened' : f.reason ? 'thread_disposed_reason' : 'thread_disposed',
  'review.responded': (f) => (f.accepted === 'false' ? 'review_declined' : 'review_accepted'),
  'meeting.actionItem': (f) => (f.status ? 'actionItem_updated' : 'actionItem_added'),
  'phase.gateOverridden': (f) =>
    f.overridden === 'false' ? 'gate_undone' : f.reason ? 'gate_confirmed_reason' : 'gate_confirmed',
  // Issue 16's sentences are whole keys in its own catalog (zh-CN.adoption.ts), which the pages that
  // show adoptions bring: the first load of the others stays as it was. Until it is there, a
  // Chinese page shows the server's Chinese text, as for any kind it does not know.
  'thread.adoption-checked': (f) => `adoption.activity.${f.state}`,
  'thread.adoption-confirmed': () => 'adoption.activity.confirmed',
};

// The message of a notice kind, where the values choose between wordings (a whole key, as above).
const NOTICE_KEY: Record<string, (f: Facts) => string> = {
  // Found in the new version, or confirmed by the lead unit in its own words.
  adoption: (f) => (f.note ? 'adoption.notice.note' : 'adoption.notice.reflected'),
  'adoption-gap': () => 'adoption.notice.gap',
};

/** A message name under `prefix`, or a whole key as it is. */
const keyOf = (prefix: string, name: string) => (name.includes('.') ? name : `${prefix}.${name}`);

// Facts that are codes, worded by our own messages; every other fact is data (a name, a title, quoted words).
const CODES = new Set(['status', 'stage', 'role', 'meetingKind', 'state', 'decision']);

// Kinds whose `status` is an opinion's decision; every other status is a work status.
const THREAD_STATUS = new Set(['thread.disposed', 'meeting.opinion', 'disposition']);

/**
 * Words activity entries and notices in the reader's language from their kind and facts. Codes
 * (stages, statuses, roles) go through their own messages; names, titles and quoted words stay as
 * written. A kind this client does not know shows the server's text.
 */
export function useActivityText() {
  const { t, te } = useI18n();

  function translated(kind: string, facts: Worded['facts']): Facts {
    const f: Facts = Object.fromEntries(facts.map((x) => [x.name, x.value]));
    const code = (prefix: string, value: string | undefined) =>
      value !== undefined && te(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value;
    const out: Facts = { ...f, actor: f.actor ?? t('activity.someone') };
    const set = (name: string, value: string | undefined) => {
      if (value !== undefined) out[name] = value;
    };
    set('status', code(THREAD_STATUS.has(kind) ? 'thread.status' : 'status', f.status));
    set('stage', code('plan.stage', f.stage));
    set('role', code('roles', f.role));
    set('meetingKind', code('meetings.kind', f.meetingKind));
    set('state', code('thread.anchorState', f.state));
    set('decision', code('moderation.decision', f.decision));
    return out;
  }

  /** The sentence, its data (names, titles, quoted words) apart so the template can mark it translate="no". */
  function word(key: string, item: Worded): Segment[] {
    if (!te(key)) return [{ text: item.summary, data: true }];
    const values = translated(item.kind, item.facts);
    const data = item.facts.map((f) => f.name).filter((name) => !CODES.has(name));
    return segmentsOf(t, key, values, data);
  }

  const activityParts = (item: Worded) => {
    const facts = Object.fromEntries(item.facts.map((x) => [x.name, x.value]));
    const name = ACTIVITY_KEY[item.kind]?.(facts) ?? item.kind.replace(/\W/g, '_');
    return word(keyOf('activity.kinds', name), item);
  };
  /** A run of `count` identical entries in one sentence, where the kind has a wording for many. */
  const activityCountParts = (item: Worded, count: number) => {
    const facts = Object.fromEntries(item.facts.map((x) => [x.name, x.value]));
    const name = ACTIVITY_KEY[item.kind]?.(facts) ?? item.kind.replace(/\W/g, '_');
    const many = `${keyOf('activity.kinds', name)}_many`;
    if (count < 2 || !te(many)) return null;
    return word(many, { ...item, facts: [...item.facts, { name: 'count', value: String(count) }] });
  };
  const noticeParts = (n: Worded) => {
    const facts = Object.fromEntries(n.facts.map((x) => [x.name, x.value]));
    const name = NOTICE_KEY[n.kind]?.(facts) ?? n.kind.replace(/\W/g, '_');
    return word(keyOf('notifications.text', name), n);
  };

  return {
    activityParts,
    activityCountParts,
    noticeParts,
    activityText: (item: Worded) => plainText(activityParts(item)),
    noticeText: (n: Worded) => plainText(noticeParts(n)),
  };
}

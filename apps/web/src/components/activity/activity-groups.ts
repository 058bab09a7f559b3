import type { ActivityItemFragment } from '@gongbian/graphql-client';
import type { RouteLocationRaw } from 'vue-router';

/** One line of the feed: an entry, or a run of identical ones shown once with their count. */
export interface ActivityLine {
  item: ActivityItemFragment;
  ids: readonly string[];
  count: number;
}

const sameWords = (a: ActivityItemFragment, b: ActivityItemFragment) =>
  a.kind === b.kind &&
  a.actor?.id === b.actor?.id &&
  a.facts.length === b.facts.length &&
  a.facts.every((f, i) => f.name === b.facts[i]?.name && f.value === b.facts[i]?.value);

/**
 * Folds runs of entries that would read the same into one line: publishing a version carries each
 * open opinion into it with an event of its own, and eight identical lines say less than one with "8".
 */
export function activityLines(items: readonly ActivityItemFragment[]): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last && sameWords(last.item, item)) {
      lines[lines.length - 1] = { item: last.item, ids: [...last.ids, item.id], count: last.count + 1 };
    } else {
      lines.push({ item, ids: [item.id], count: 1 });
    }
  }
  return lines;
}

// Kinds whose subject is a page of its own; the others (an opinion, an action item …) name no page
// the entry alone can open, and stay plain text.
const PAGE_OF_KIND: Record<string, (id: string) => RouteLocationRaw> = {
  'plan.created': (id) => ({ name: 'plan', params: { planId: id } }),
  'plan.updated': (id) => ({ name: 'plan', params: { planId: id } }),
  'plan.issued': (id) => ({ name: 'plan', params: { planId: id } }),
  'plan.filed': (id) => ({ name: 'plan', params: { planId: id } }),
  'draft.created': (id) => ({ name: 'draft', params: { draftId: id } }),
  'meeting.logged': (id) => ({ name: 'meeting', params: { id } }),
  'meeting.updated': (id) => ({ name: 'meeting', params: { id } }),
  'meeting.minutes': (id) => ({ name: 'meeting', params: { id } }),
  'meeting.conclusion': (id) => ({ name: 'meeting', params: { id } }),
};

/** The page an entry is about, when its subject has one. */
export function activityRoute(item: ActivityItemFragment): RouteLocationRaw | null {
  return PAGE_OF_KIND[item.kind]?.(item.subjectId) ?? null;
}

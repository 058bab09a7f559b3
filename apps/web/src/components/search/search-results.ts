import type { GlobalSearchQuery, SearchKind } from '@gongbian/graphql-client';
import type { RouteLocationRaw } from 'vue-router';

export type Hit = GlobalSearchQuery['search'][number];

/** The order the groups show in: the text first, then what is said about it, then the programme. */
export const KIND_ORDER: readonly SearchKind[] = [
  'DRAFT_BLOCK',
  'THREAD',
  'COMMENT',
  'MINUTES',
  'MEETING',
  'PLAN',
  'TOPIC',
  'MILESTONE',
];

export interface HitGroup {
  kind: SearchKind;
  hits: { hit: Hit; index: number }[];
}

/** Hits grouped by kind in KIND_ORDER, each with its place in the keyboard's order (top to bottom). */
export function groupHits(hits: readonly Hit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  let index = 0;
  for (const kind of KIND_ORDER) {
    const mine = hits.filter((h) => h.kind === kind);
    if (mine.length) groups.push({ kind, hits: mine.map((hit) => ({ hit, index: index++ })) });
  }
  return groups;
}

/** What a query must be before it is sent: the server refuses fewer than two characters. */
export const searchable = (q: string) => [...q.trim()].length >= 2;

/**
 * Where a hit opens: a passage in the reader with find open at it; an opinion or a reply with its
 * thread open beside its passage; a meeting's page; a plan's page; a topic or a milestone on the
 * overview (revealed there by `revealOnOverview`).
 */
export function placeOf(hit: Hit, query: string): RouteLocationRaw | null {
  switch (hit.kind) {
    case 'DRAFT_BLOCK':
      return hit.draftId
        ? {
            name: 'draft',
            params: { draftId: hit.draftId },
            query: { block: hit.blockId ?? undefined, find: query.trim() },
          }
        : null;
    case 'THREAD':
    case 'COMMENT':
      return hit.draftId && hit.threadId
        ? { name: 'draft', params: { draftId: hit.draftId }, query: { thread: hit.threadId } }
        : null;
    case 'MEETING':
    case 'MINUTES':
      return hit.meetingId ? { name: 'meeting', params: { id: hit.meetingId } } : null;
    case 'PLAN':
      return hit.planId ? { name: 'plan', params: { planId: hit.planId } } : null;
    case 'TOPIC':
      return hit.topicId ? { name: 'overview', hash: `#topic-${hit.topicId}` } : null;
    case 'MILESTONE':
      return hit.milestoneId ? { name: 'overview', hash: `#milestone-${hit.milestoneId}` } : null;
    default:
      return null;
  }
}

/** The element of the overview a topic or milestone hit stands for, from the hash `placeOf` gave. */
export function overviewTarget(hash: string): string | null {
  const m = /^#(topic|milestone)-([\w-]+)$/.exec(hash);
  return m ? `[data-${m[1]}-id="${m[2]}"]` : null;
}

/**
 * Scrolls the overview to a topic or milestone once it is drawn (the page loads after the route
 * changes), and flashes it. Gives up after `timeoutMs`.
 */
export function revealOnOverview(hash: string, timeoutMs = 8000): void {
  const selector = overviewTarget(hash);
  if (!selector) return;
  const started = Date.now();
  const tryNow = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.setAttribute('data-search-target', '');
      el.animate?.([{ boxShadow: '0 0 0 3px #fa8c16' }, { boxShadow: '0 0 0 3px transparent' }], {
        duration: 1600,
        iterations: 2,
      });
      return;
    }
    if (Date.now() - started < timeoutMs) setTimeout(tryNow, 100);
  };
  tryNow();
}

/** The snippet cut at each occurrence of the query, so the matches can be marked. */
export function emphasize(text: string, query: string): { text: string; match: boolean }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [{ text, match: false }];
  const out: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, from)) {
    if (at > from) out.push({ text: text.slice(from, at), match: false });
    out.push({ text: text.slice(at, at + q.length), match: true });
    from = at + q.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), match: false });
  return out;
}

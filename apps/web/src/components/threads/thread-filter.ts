import type { ThreadItemFragment, ThreadSource, ThreadStatus } from '@gongbian/graphql-client';

export const THREAD_STATUSES = [
  'OPEN',
  'ADOPTED',
  'PARTLY_ADOPTED',
  'NOT_ADOPTED',
  'WITHDRAWN',
] as const satisfies readonly ThreadStatus[];
export const THREAD_SOURCES = [
  'ONLINE',
  'MEETING',
  'REVIEW',
  'PUBLIC',
  'ALIGNMENT',
] as const satisfies readonly ThreadSource[];

/** What the thread panel filters on; empty / null: everything. */
export interface ThreadFilters {
  statuses: ThreadStatus[];
  /** the unit that raised the opinion (提出单位) */
  unitId: string | null;
  source: ThreadSource | null;
}

export const NO_FILTERS: ThreadFilters = { statuses: [], unitId: null, source: null };

/** The fields the filters and the ordering read: a full ThreadItemFragment or a test's stub. */
export type FilterableThread = Pick<ThreadItemFragment, 'id' | 'status' | 'source' | 'anchorState' | 'createdAt'> & {
  anchor: Pick<NonNullable<ThreadItemFragment['anchor']>, 'blockId' | 'start' | 'end'> | null;
  author: { unit: { id: string; shortName: string | null; name: string } | null };
};

export function matchesFilters(thread: FilterableThread, filters: ThreadFilters): boolean {
  if (filters.statuses.length && !filters.statuses.includes(thread.status)) return false;
  if (filters.source && thread.source !== filters.source) return false;
  if (filters.unitId && thread.author.unit?.id !== filters.unitId) return false;
  return true;
}

/** Its passage was deleted in this version: it has no place in the text, only its old quote. */
export const isOrphaned = (thread: Pick<FilterableThread, 'anchorState'>) => thread.anchorState === 'ORPHANED';

/**
 * Threads in reading order: opinions on the whole draft first (they frame the rest), then by the
 * position of their passage in the text, then oldest first.
 */
export function inReadingOrder<T extends FilterableThread>(
  threads: Iterable<T>,
  blockOrder: ReadonlyMap<string, number>,
): T[] {
  const place = (t: T) => (t.anchor ? (blockOrder.get(t.anchor.blockId) ?? Number.MAX_SAFE_INTEGER) : -1);
  return [...threads].sort(
    (a, b) =>
      place(a) - place(b) ||
      (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/** The panel's two tabs: threads placed in the text (or on the whole draft), and orphans. */
export function splitThreads<T extends FilterableThread>(
  threads: Iterable<T>,
  filters: ThreadFilters,
  blockOrder: ReadonlyMap<string, number>,
): { placed: T[]; orphaned: T[] } {
  const placed: T[] = [];
  const orphaned: T[] = [];
  for (const t of inReadingOrder(threads, blockOrder)) {
    if (!matchesFilters(t, filters)) continue;
    (isOrphaned(t) ? orphaned : placed).push(t);
  }
  return { placed, orphaned };
}

export type StatusCounts = Record<ThreadStatus, number> & { total: number };

export function countByStatus(threads: Iterable<Pick<FilterableThread, 'status'>>): StatusCounts {
  const counts: StatusCounts = { total: 0, OPEN: 0, ADOPTED: 0, PARTLY_ADOPTED: 0, NOT_ADOPTED: 0, WITHDRAWN: 0 };
  for (const t of threads) {
    counts[t.status]++;
    counts.total++;
  }
  return counts;
}

/** The units that raised opinions, for the unit filter, by name. */
export function raisingUnits(threads: Iterable<FilterableThread>): { id: string; label: string }[] {
  const units = new Map<string, string>();
  for (const t of threads)
    if (t.author.unit) units.set(t.author.unit.id, t.author.unit.shortName ?? t.author.unit.name);
  return [...units].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

import type { Mark } from './segments';

interface AnchoredThread {
  id: string;
  status: Mark['status'];
  anchorState: string;
  anchor: { blockId: string; start: number; end: number } | null;
}

/** The highlights of these threads, by block: those on a passage still found in the text. */
export function marksByBlock(threads: Iterable<AnchoredThread>): Map<string, Mark[]> {
  const map = new Map<string, Mark[]>();
  for (const th of threads) {
    if (!th.anchor || th.anchorState === 'ORPHANED') continue;
    const list = map.get(th.anchor.blockId) ?? [];
    list.push({ threadId: th.id, start: th.anchor.start, end: th.anchor.end, status: th.status });
    map.set(th.anchor.blockId, list);
  }
  return map;
}

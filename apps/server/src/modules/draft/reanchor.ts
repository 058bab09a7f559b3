import { type Anchor, createRelocator, makeAnchor, type Relocation, type TextBlock } from '@gongbian/anchoring';
import { WorkerFailure, WorkerPool } from './worker-pool.js';

const ENTRY = new URL('./reanchor.worker.mjs', import.meta.url);

/**
 * Below this much work (characters of both versions × (anchors + 1)), anchors are relocated on
 * the request's own thread: measured here, that is at most a few milliseconds (the test drafts,
 * the demo), less than copying the versions to a worker, and a first worker's start (~0.4 s).
 * Above it the cost grows fast: 3,000 blocks (360,000 characters) take ~0.4 s to align and then
 * 1–30 ms per anchor that did not stay in place — seconds for a few hundred threads.
 */
export const INLINE_WORK = 20_000;

// One worker is enough for one publication at a time; a second lets two plans publish at once.
const pool = new WorkerPool(ENTRY, { size: 2, memoryMb: 1024, idleMs: 30_000, keepWarm: 1 });

/** Starts a relocation worker now and keeps one ready from then on (see warm-workers.ts). */
export function warmRelocation(): void {
  pool.warm();
}

export interface Relocated {
  /** Where each anchor goes, in the order given; null for a thread without an anchor. */
  relocations: (Relocation | null)[];
  /** Where the work ran: on this thread (small inputs) or in a worker thread. */
  ranIn: 'thread' | 'worker';
}

/** How much relocating `anchors` costs, in INLINE_WORK's unit. */
export function relocationWork(oldBlocks: readonly TextBlock[], newBlocks: readonly TextBlock[], anchors: number) {
  let chars = 0;
  for (const b of oldBlocks) chars += b.text.length;
  for (const b of newBlocks) chars += b.text.length;
  return chars * (anchors + 1);
}

/**
 * Where each anchor of the old version goes in the new one (packages/anchoring's relocator).
 * Large inputs run in a worker thread, so the server keeps answering while they are worked out.
 */
export async function relocateAnchors(
  oldBlocks: TextBlock[],
  newBlocks: TextBlock[],
  anchors: (Anchor | null)[],
  options: { inlineWork?: number } = {},
): Promise<Relocated> {
  if (!anchors.some((a) => a !== null)) return { relocations: anchors.map(() => null), ranIn: 'thread' };
  if (relocationWork(oldBlocks, newBlocks, anchors.length) <= (options.inlineWork ?? INLINE_WORK)) {
    const relocate = createRelocator(oldBlocks, newBlocks);
    return { relocations: anchors.map((a) => (a ? relocate(a) : null)), ranIn: 'thread' };
  }
  let reply: { relocations: (Relocation | null)[] } | { failure: string };
  try {
    reply = await pool.run({ oldBlocks, newBlocks, anchors });
  } catch (err) {
    if (err instanceof WorkerFailure) throw new Error(`re-anchoring threads failed: ${err.message}`, { cause: err });
    throw err;
  }
  if ('failure' in reply) throw new Error(`re-anchoring threads failed: ${reply.failure}`);
  return { relocations: reply.relocations, ranIn: 'worker' };
}

/** Shorter quotes are common words: finding one again says nothing about the passage. */
export const REFIND_MIN_LENGTH = 4;

/**
 * Where an orphaned thread goes in a new version. It has no anchor left to follow (its passage was
 * deleted in an earlier version), only the quote it kept: if the new version has that exact text
 * once, the passage came back and the thread re-attaches there (MOVED); otherwise it stays ORPHANED
 * and keeps its quote, rather than turning into an opinion on the whole text.
 */
export function refound(quote: string | null, blocks: readonly TextBlock[]): Relocation {
  if (!quote || [...quote].length < REFIND_MIN_LENGTH) return { state: 'ORPHANED', anchor: null };
  let found: { block: TextBlock; start: number } | null = null;
  for (const block of blocks) {
    const start = block.text.indexOf(quote);
    if (start < 0) continue;
    if (found || block.text.indexOf(quote, start + 1) >= 0) return { state: 'ORPHANED', anchor: null };
    found = { block, start };
  }
  if (!found) return { state: 'ORPHANED', anchor: null };
  return { state: 'MOVED', anchor: makeAnchor(found.block, found.start, found.start + quote.length) };
}

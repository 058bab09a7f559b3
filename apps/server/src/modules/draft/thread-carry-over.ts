import type { Anchor, AnchorState, Relocation, TextBlock } from '@gongbian/anchoring';
import type { EntityManager } from 'typeorm';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { refound, relocateAnchors } from './reanchor.js';

/**
 * Carrying a plan's OPEN threads into its next version, in two steps. `prepareCarryOver` reads the
 * newest version and its open threads and works out where each anchor goes — before the write
 * transaction, in a worker thread when large. `carryThreads`, inside the transaction, locks those
 * threads and applies the moves that still hold: a thread opened, reopened or changed meanwhile is
 * relocated again, one decided meanwhile stays behind, and if another version was published
 * meanwhile everything is worked out again against that one. A stale move is never applied.
 */

/** An open thread as read from the database: its anchor and what it keeps when orphaned. */
interface OpenThread {
  id: string;
  blockId: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  reviewAssignmentId: string | null;
  anchorState: AnchorState;
}

export interface CarryOver {
  /** The version the moves were worked out from; null when the plan had none. */
  previousId: string | null;
  /** The new version's blocks the moves lead into (compared by identity). */
  blocks: readonly { id: string; text: string }[];
  oldBlocks: TextBlock[];
  newBlocks: TextBlock[];
  /** By thread id: the anchor as it was read (see basisOf) and where it goes. */
  moves: Map<string, { basis: string; relocation: Relocation | null }>;
}

const THREAD_COLUMNS = `id, block_id AS "blockId", anchor_start AS "anchorStart", anchor_end AS "anchorEnd",
  quote, prefix, suffix, review_assignment_id AS "reviewAssignmentId", anchor_state AS "anchorState"`;

const anchorOf = (t: OpenThread): Anchor | null =>
  t.blockId !== null && t.anchorStart !== null && t.anchorEnd !== null
    ? {
        blockId: t.blockId,
        start: t.anchorStart,
        end: t.anchorEnd,
        quote: t.quote ?? '',
        prefix: t.prefix ?? '',
        suffix: t.suffix ?? '',
      }
    : null;

/** Everything a move depends on: when any of it differs, the move is stale. */
const basisOf = (t: OpenThread) =>
  JSON.stringify([t.anchorState, t.blockId, t.anchorStart, t.anchorEnd, t.quote, t.prefix, t.suffix]);

/** A version's blocks as the relocator reads them (id and text), in order. */
export function textBlocksOf(m: EntityManager, draftId: string): Promise<TextBlock[]> {
  return m.query('SELECT block_id AS id, text FROM draft_block WHERE draft_id = $1 ORDER BY ord', [draftId]);
}

async function openThreads(m: EntityManager, draftId: string, lock: boolean): Promise<OpenThread[]> {
  return m.query(
    `SELECT ${THREAD_COLUMNS} FROM thread WHERE draft_id = $1 AND status = 'OPEN' ORDER BY created_at, id${lock ? ' FOR NO KEY UPDATE' : ''}`,
    [draftId],
  );
}

async function movesFor(
  threads: OpenThread[],
  oldBlocks: TextBlock[],
  newBlocks: TextBlock[],
  into: CarryOver['moves'],
): Promise<void> {
  const { relocations } = await relocateAnchors(oldBlocks, newBlocks, threads.map(anchorOf));
  threads.forEach((t, i) => {
    const relocation = t.anchorState === 'ORPHANED' ? refound(t.quote, newBlocks) : (relocations[i] ?? null);
    into.set(t.id, { basis: basisOf(t), relocation });
  });
}

async function computeCarryOver(
  m: EntityManager,
  previousId: string | null,
  blocks: readonly { id: string; text: string }[],
): Promise<CarryOver> {
  const newBlocks = blocks.map((b) => ({ id: b.id, text: b.text }));
  const carry: CarryOver = { previousId, blocks, oldBlocks: [], newBlocks, moves: new Map() };
  if (!previousId) return carry;
  carry.oldBlocks = await textBlocksOf(m, previousId);
  await movesFor(await openThreads(m, previousId, false), carry.oldBlocks, newBlocks, carry.moves);
  return carry;
}

/** Where the open threads of the plan's newest version would go in a version made of `blocks`. */
export async function prepareCarryOver(
  m: EntityManager,
  planId: string,
  blocks: readonly { id: string; text: string }[],
): Promise<CarryOver> {
  const [latest]: { id: string }[] = await m.query(
    'SELECT id FROM draft WHERE plan_id = $1 ORDER BY version DESC LIMIT 1',
    [planId],
  );
  return computeCarryOver(m, latest?.id ?? null, blocks);
}

// Rows per statement: each is a fixed number of array parameters whatever its size, and a batch
// keeps every statement short against statement_timeout.
const WRITE_BATCH = 5_000;

interface Change {
  id: string;
  state: AnchorState;
  blockId: string | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
}

async function writeChanges(m: EntityManager, draftId: string, changes: Change[]): Promise<void> {
  for (let from = 0; from < changes.length; from += WRITE_BATCH) {
    const batch = changes.slice(from, from + WRITE_BATCH);
    const column = <K extends keyof Change>(key: K) => batch.map((c) => c[key]);
    await m.query(
      `UPDATE thread AS t SET draft_id = $1, anchor_state = u.state, block_id = u.block_id,
         anchor_start = u.anchor_start, anchor_end = u.anchor_end, quote = u.quote, prefix = u.prefix, suffix = u.suffix
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[])
         AS u(id, state, block_id, anchor_start, anchor_end, quote, prefix, suffix)
       WHERE t.id = u.id`,
      [
        draftId,
        column('id'),
        column('state'),
        column('blockId'),
        column('start'),
        column('end'),
        column('quote'),
        column('prefix'),
        column('suffix'),
      ],
    );
    await m.query(
      `INSERT INTO thread_placement (thread_id, draft_id, block_id, anchor_start, anchor_end, quote, anchor_state)
       SELECT u.thread_id, $1::uuid, u.block_id, u.anchor_start, u.anchor_end, u.quote, u.state
       FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])
         AS u(thread_id, block_id, anchor_start, anchor_end, quote, state)`,
      [draftId, column('id'), column('blockId'), column('start'), column('end'), column('quote'), column('state')],
    );
  }
}

const PLACED_ZH: Record<AnchorState, string> = { ORPHANED: '原文已不存在', MOVED: '位置已调整', ATTACHED: '原位' };

/**
 * Moves every OPEN thread of `previous` to `draft` (inside the publishing transaction, after the
 * plan is locked), with `prepared` from prepareCarryOver where there is one. Decided threads stay
 * where they were decided.
 */
export async function carryThreads(
  scope: WriteScope,
  previous: { id: string },
  draft: { id: string; version: number },
  blocks: readonly { id: string; text: string }[],
  prepared?: CarryOver | null,
): Promise<{ carried: number; orphaned: number; previousBlocks: TextBlock[] }> {
  const { m } = scope;
  // Another version published since (or nothing prepared, as the seed does): all over again.
  const carry =
    prepared && prepared.previousId === previous.id && prepared.blocks === blocks
      ? prepared
      : await computeCarryOver(m, previous.id, blocks);
  // Locked until commit, so a thread cannot be decided halfway through being moved (deciding takes
  // FOR UPDATE). NO KEY: replies (whose foreign key takes KEY SHARE) need not wait.
  const open = await openThreads(m, previous.id, true);
  const stale = open.filter((t) => carry.moves.get(t.id)?.basis !== basisOf(t));
  if (stale.length > 0) await movesFor(stale, carry.oldBlocks, carry.newBlocks, carry.moves);

  const changes = open.map((thread): Change => {
    const moved = carry.moves.get(thread.id)?.relocation ?? null;
    const next = moved?.anchor ?? null;
    // An orphan keeps its old quote, so people can still see what it was about. A thread without an
    // anchor and not orphaned is about the whole text, and stays so.
    return {
      id: thread.id,
      state: moved ? moved.state : 'ATTACHED',
      blockId: next?.blockId ?? null,
      start: next?.start ?? null,
      end: next?.end ?? null,
      quote: next?.quote ?? thread.quote,
      prefix: next?.prefix ?? thread.prefix,
      suffix: next?.suffix ?? thread.suffix,
    };
  });
  await writeChanges(m, draft.id, changes);
  // One event per thread: the web app moves each highlight by its own event.
  await scope.emitAll(
    changes.map((change, i) => {
      const thread = open[i] as OpenThread;
      return {
        stream: streams.draft(draft.id),
        kind: 'thread.reanchored' as const,
        subjectId: thread.id,
        sealedBy: thread.reviewAssignmentId,
        summary: `意见随文本带入第 ${draft.version} 版（${PLACED_ZH[change.state]}）`,
        payload: { threadId: thread.id, from: previous.id, state: change.state },
      };
    }),
  );
  return {
    carried: changes.length,
    orphaned: changes.filter((c) => c.state === 'ORPHANED').length,
    previousBlocks: carry.oldBlocks,
  };
}

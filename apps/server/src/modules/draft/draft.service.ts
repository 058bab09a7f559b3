import type { TextBlock } from '@gongbian/anchoring';
import { type Block, DocumentError, importMarkdown } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { DraftFormat, DraftStage } from '../../domain.js';
import { badInput, DomainError } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { PlanEntity } from '../plan/index.js';
import { DraftBlockEntity, DraftEntity } from './draft.entity.js';
import { readStageFacts, STAGE_ZH, stageRefusal } from './publishable-stages.js';
import { type CarryOver, carryThreads } from './thread-carry-over.js';
import { type ImportLimits, importInWorker } from './upload-import.js';

export { STAGE_ZH } from './publishable-stages.js';

/** Limits on reading a draft's source into blocks (settings: GONGBIAN_MAX_DRAFT_BLOCKS, GONGBIAN_IMPORT_*). */
export interface ParseLimits extends ImportLimits {
  maxBlocks: number;
}

// Markdown this short reads in a millisecond or two on the request's own thread; longer text, and
// every Word file (mammoth holds the whole unpacked package in memory), goes to a worker thread.
const INLINE_MARKDOWN_CHARS = 64 * 1024;

/**
 * A draft's source as blocks. `content` is the Markdown text, a .docx as base64 (both as the
 * contract's `content` carries them) or the bytes of an upload. Refusals are BAD_USER_INPUT with
 * the document's `reason`, naming `field`.
 */
export async function parseContent(
  format: DraftFormat,
  content: string | Uint8Array,
  limits: ParseLimits,
  field = 'input.content',
): Promise<Block[]> {
  let blocks: Block[];
  try {
    if (typeof content === 'string' && format === 'MARKDOWN' && content.length <= INLINE_MARKDOWN_CHARS) {
      blocks = importMarkdown(content);
    } else {
      let file: Uint8Array;
      if (typeof content !== 'string') file = content;
      else if (format === 'MARKDOWN') file = new TextEncoder().encode(content);
      else if (/^[A-Za-z0-9+/=\s]*$/.test(content)) file = new Uint8Array(Buffer.from(content, 'base64'));
      else throw badInput(field, { reason: 'DOCX_NOT_BASE64', message: 'a .docx must be sent as base64.' });
      blocks = await importInWorker(format, file, limits);
    }
  } catch (err) {
    if (err instanceof DocumentError) {
      throw new DomainError('BAD_USER_INPUT', { reason: err.reason, message: err.message }, { field });
    }
    throw err;
  }
  if (blocks.length > limits.maxBlocks) {
    const n = (x: number) => x.toLocaleString('en-US');
    throw new DomainError(
      'BAD_USER_INPUT',
      {
        reason: 'TOO_MANY_BLOCKS',
        message: `文稿共 ${n(blocks.length)} 段，超过每版 ${n(limits.maxBlocks)} 段的上限，请精简或拆分后重试 / The draft has ${n(blocks.length)} blocks (headings, paragraphs, list items, tables); a version may have at most ${n(limits.maxBlocks)}.`,
        facts: { blocks: blocks.length, limit: limits.maxBlocks },
      },
      { field, blocks: blocks.length, limit: limits.maxBlocks },
    );
  }
  return blocks;
}

export async function blocksOf(m: EntityManager, draftId: string): Promise<DraftBlockEntity[]> {
  return m.getRepository(DraftBlockEntity).find({ where: { draftId }, order: { ord: 'ASC' } });
}

export async function latestDraftId(m: EntityManager, planId: string): Promise<string | null> {
  const latest = await m.getRepository(DraftEntity).findOne({ where: { planId }, order: { version: 'DESC' } });
  return latest?.id ?? null;
}

// Rows per INSERT. Each is 6 array parameters whatever its size (one row per parameter set would
// pass PostgreSQL's 65,535 bind parameters at 10,923 blocks); a batch keeps every statement short
// against statement_timeout. unnest is also 2–3 times quicker than TypeORM's multi-row insert.
const INSERT_BATCH = 5_000;

async function insertBlocks(m: EntityManager, draftId: string, blocks: readonly Block[], indexed: boolean) {
  for (let from = 0; from < blocks.length; from += INSERT_BATCH) {
    const batch = blocks.slice(from, from + INSERT_BATCH);
    await m.query(
      `INSERT INTO draft_block (draft_id, indexed, block_id, ord, kind, level, text, label, marks)
       SELECT $1::uuid, $7::boolean, *
         FROM unnest($2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $8::text[], $9::jsonb[])`,
      [
        draftId,
        batch.map((b) => b.id),
        batch.map((_, i) => from + i),
        batch.map((b) => b.kind),
        batch.map((b) => b.level),
        batch.map((b) => b.text),
        indexed,
        batch.map((b) => b.label ?? null),
        batch.map((b) => (b.marks?.length ? JSON.stringify(b.marks) : null)),
      ],
    );
  }
}

/** A version just published, as hooks see it (inside the publishing transaction, the plan locked). */
export interface PublishedVersion {
  programId: string;
  planId: string;
  /** The version it follows, and its blocks (as the threads' carry-over read them); null and [] for a plan's first. */
  previousId: string | null;
  previousBlocks: readonly TextBlock[];
  draft: { id: string; version: number };
  blocks: readonly { id: string; text: string }[];
}

export type PublishedHook = (scope: WriteScope, published: PublishedVersion) => Promise<void>;
const publishedHooks: PublishedHook[] = [];

/**
 * What else must follow a plan's text into its next version, in the same transaction (as threads
 * do, below): a module above this one registers it once, when it loads (modules/alignment does, for
 * the passages that state its indicators).
 */
export function onVersionPublished(hook: PublishedHook): void {
  if (!publishedHooks.includes(hook)) publishedHooks.push(hook);
}

export interface NewDraft {
  plan: PlanEntity;
  stage: DraftStage;
  title: string;
  blocks: Block[];
  commentDeadline: Date | null;
  sourceFormat: DraftFormat;
  /** Where the open threads go, worked out before the transaction (prepareCarryOver). */
  carryOver?: CarryOver | null;
  /**
   * 'after-commit': the blocks join the search index once the caller has committed and called
   * indexBlocksAfterCommit (block-index.ts), which keeps the index's upkeep out of the transaction.
   */
  searchIndex?: 'in-transaction' | 'after-commit';
}

/**
 * Publishes the next version of a plan's draft. Every OPEN thread of the previous version moves
 * to it, re-anchored by quote and context; decided threads stay where they were decided. The
 * re-anchoring is best worked out before the transaction (`input.carryOver`, from
 * prepareCarryOver): done here, it holds the plan's lock and the event log's delivery meanwhile.
 */
export async function createDraft(scope: WriteScope, input: NewDraft) {
  const { m } = scope;
  // Serialises concurrent publications for one plan, so versions never collide — and with a
  // request for approval, so the stage rule below reads what stands.
  await m.getRepository(PlanEntity).findOne({ where: { id: input.plan.id }, lock: { mode: 'pessimistic_write' } });
  // Forward only, one stage at a time, never APPROVED or ISSUED (those come from approvals and
  // issue), and nothing while the newest 送审稿 is under approval.
  const facts = (await readStageFacts(m, [input.plan.id])).get(input.plan.id);
  const refused = facts && stageRefusal(input.stage, facts);
  if (refused) throw refused;
  const previous = await m
    .getRepository(DraftEntity)
    .findOne({ where: { planId: input.plan.id }, order: { version: 'DESC' } });
  const draft = await m.getRepository(DraftEntity).save({
    createdAt: scope.now,
    programId: input.plan.programId,
    planId: input.plan.id,
    version: (previous?.version ?? 0) + 1,
    stage: input.stage,
    title: input.title.trim(),
    sourceFormat: input.sourceFormat,
    createdBy: scope.actor.id,
    commentDeadline: input.commentDeadline,
  });
  await insertBlocks(m, draft.id, input.blocks, input.searchIndex !== 'after-commit');
  await m.getRepository(PlanEntity).update({ id: input.plan.id }, { stage: input.stage });

  const { carried, orphaned, previousBlocks } = previous
    ? await carryThreads(scope, previous, draft, input.blocks, input.carryOver)
    : { carried: 0, orphaned: 0, previousBlocks: [] };
  await scope.emit({
    stream: streams.program(draft.programId),
    kind: 'draft.created',
    subjectId: draft.id,
    summary: `${scope.actor.name} 发布《${input.plan.title}》${STAGE_ZH[input.stage]}（第 ${draft.version} 版）`,
    payload: { planId: input.plan.id, version: draft.version, stage: input.stage, carried, orphaned },
  });
  for (const hook of publishedHooks) {
    await hook(scope, {
      programId: draft.programId,
      planId: input.plan.id,
      previousId: previous?.id ?? null,
      previousBlocks,
      draft: { id: draft.id, version: draft.version },
      blocks: input.blocks,
    });
  }
  return { draftId: draft.id, carriedThreads: carried, orphanedThreads: orphaned };
}

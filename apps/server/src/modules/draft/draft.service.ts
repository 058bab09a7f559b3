import { type Anchor, createRelocator, type TextBlock } from '@gongbian/anchoring';
import { type Block, DocumentError, importDocx, importMarkdown } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { DraftFormat, DraftStage } from '../../domain.js';
import { DomainError, notFound } from '../../errors.js';
import type { WriteScope } from '../../graphql/mutation.js';
import { streams } from '../../realtime/streams.js';
import { PlanEntity } from '../plan/plan.entity.js';
import { ThreadEntity, ThreadPlacementEntity } from '../thread/thread.entity.js';
import { DraftBlockEntity, DraftEntity } from './draft.entity.js';

export const STAGE_ZH: Record<DraftStage, string> = {
  OUTLINE: '编制思路',
  FRAMEWORK: '规划框架',
  CONSULTATION: '征求意见稿',
  REVIEW: '送审稿',
  APPROVED: '审定稿',
  ISSUED: '印发稿',
};

const COMMENTABLE: ReadonlySet<DraftStage> = new Set(['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW']);

export async function parseContent(format: DraftFormat, content: string): Promise<Block[]> {
  try {
    if (format === 'MARKDOWN') return importMarkdown(content);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) {
      throw new DomainError('BAD_USER_INPUT', 'input.content: a .docx must be sent as base64.', {
        field: 'input.content',
      });
    }
    return await importDocx(new Uint8Array(Buffer.from(content, 'base64')));
  } catch (err) {
    if (err instanceof DocumentError) {
      throw new DomainError('BAD_USER_INPUT', err.message, { field: 'input.content', reason: err.reason });
    }
    throw err;
  }
}

export async function blocksOf(m: EntityManager, draftId: string): Promise<DraftBlockEntity[]> {
  return m.getRepository(DraftBlockEntity).find({ where: { draftId }, order: { ord: 'ASC' } });
}

export async function latestDraftId(m: EntityManager, planId: string): Promise<string | null> {
  const latest = await m.getRepository(DraftEntity).findOne({ where: { planId }, order: { version: 'DESC' } });
  return latest?.id ?? null;
}

/** Whether new threads may be started on a draft now: the newest version, a commentable stage, before the deadline. */
export function commentsOpen(draft: DraftEntity, isLatest: boolean, now: Date): boolean {
  return isLatest && COMMENTABLE.has(draft.stage) && (!draft.commentDeadline || now < draft.commentDeadline);
}

const anchorOf = (t: ThreadEntity): Anchor | null =>
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

export interface NewDraft {
  plan: PlanEntity;
  stage: DraftStage;
  title: string;
  blocks: Block[];
  commentDeadline: Date | null;
  sourceFormat: DraftFormat;
}

/**
 * Publishes the next version of a plan's draft. Every OPEN thread of the previous version moves
 * to it, re-anchored by quote and context; decided threads stay where they were decided.
 */
export async function createDraft(scope: WriteScope, input: NewDraft) {
  const { m } = scope;
  // Serialises concurrent publications for one plan, so versions never collide.
  await m.getRepository(PlanEntity).findOne({ where: { id: input.plan.id }, lock: { mode: 'pessimistic_write' } });
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
  await m.getRepository(DraftBlockEntity).insert(
    input.blocks.map((b, ord) => ({
      draftId: draft.id,
      blockId: b.id,
      ord,
      kind: b.kind,
      level: b.level,
      text: b.text,
    })),
  );
  await m.getRepository(PlanEntity).update({ id: input.plan.id }, { stage: input.stage });

  let carried = 0;
  let orphaned = 0;
  if (previous) {
    const oldBlocks: TextBlock[] = (await blocksOf(m, previous.id)).map((b) => ({ id: b.blockId, text: b.text }));
    const newBlocks: TextBlock[] = input.blocks.map((b) => ({ id: b.id, text: b.text }));
    const open = await m.getRepository(ThreadEntity).find({ where: { draftId: previous.id, status: 'OPEN' } });
    const relocate = createRelocator(oldBlocks, newBlocks);
    for (const thread of open) {
      const anchor = anchorOf(thread);
      const moved = anchor ? relocate(anchor) : null;
      const state = moved ? moved.state : 'ATTACHED';
      const next = moved?.anchor ?? null;
      // An orphan keeps its old quote, so people can still see what it was about.
      const change = {
        draftId: draft.id,
        anchorState: state,
        blockId: moved && !next ? null : (next?.blockId ?? null),
        anchorStart: next?.start ?? null,
        anchorEnd: next?.end ?? null,
        quote: next?.quote ?? thread.quote,
        prefix: next?.prefix ?? thread.prefix,
        suffix: next?.suffix ?? thread.suffix,
      };
      await m.getRepository(ThreadEntity).update({ id: thread.id }, change);
      await m.getRepository(ThreadPlacementEntity).insert({
        threadId: thread.id,
        draftId: draft.id,
        blockId: change.blockId,
        anchorStart: change.anchorStart,
        anchorEnd: change.anchorEnd,
        quote: change.quote,
        anchorState: state,
      });
      carried++;
      if (state === 'ORPHANED') orphaned++;
      await scope.emit({
        stream: streams.draft(draft.id),
        kind: 'thread.reanchored',
        subjectId: thread.id,
        summary: `意见随文本带入第 ${draft.version} 版（${state === 'ORPHANED' ? '原文已不存在' : state === 'MOVED' ? '位置已调整' : '原位'}）`,
        payload: { threadId: thread.id, from: previous.id, state },
      });
    }
  }
  await scope.emit({
    stream: streams.program(draft.programId),
    kind: 'draft.created',
    subjectId: draft.id,
    summary: `${scope.actor.name} 发布《${input.plan.title}》${STAGE_ZH[input.stage]}（第 ${draft.version} 版）`,
    payload: { planId: input.plan.id, version: draft.version, carried, orphaned },
  });
  return { draftId: draft.id, carriedThreads: carried, orphanedThreads: orphaned };
}

export async function findDraft(m: EntityManager, id: string): Promise<DraftEntity> {
  const draft = await m.getRepository(DraftEntity).findOneBy({ id });
  if (!draft) throw notFound('draft', id);
  return draft;
}

import { compareBlocks } from '@gongbian/anchoring';
import type { Block as DocumentBlock } from '@gongbian/documents';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import { badInput, notFound } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { Person, personLoader } from '../person/index.js';
import { Plan, PlanEntity, planLoader } from '../plan/index.js';
import { indexBlocksAfterCommit } from './block-index.js';
import { type DraftBlockEntity, DraftEntity } from './draft.entity.js';
import { draftLoader, draftsByPlan } from './draft.loaders.js';
import { blocksOf, createDraft, parseContent } from './draft.service.js';
import {
  Block,
  BlockChange,
  BlockDiffPart,
  CreateDraftInput,
  CreateDraftPayload,
  Draft,
  DraftPermissions,
} from './draft.types.js';
import { commentWindowRefusal, draftPermissions } from './draft-permissions.js';
import { prepareCarryOver } from './thread-carry-over.js';
import { consumeUpload, readUpload } from './upload.service.js';

async function receiptExists(ctx: Context, personId: string, clientMutationId: string | null | undefined) {
  if (!clientMutationId) return false;
  const rows: unknown[] = await ctx.ds.query(
    'SELECT 1 FROM mutation_receipt WHERE person_id = $1 AND client_mutation_id = $2',
    [personId, clientMutationId],
  );
  return rows.length > 0;
}

/** Loads a draft the actor may read, or NOT_FOUND. */
export async function readableDraft(ctx: Context, id: string): Promise<DraftEntity> {
  const actor = requireActor(ctx);
  const draft = await ctx.ds.getRepository(DraftEntity).findOneBy({ id });
  if (!draft || !can(actor, 'program.read', { type: 'program', programId: draft.programId }))
    throw notFound('draft', id);
  return draft;
}

export const toBlock = (b: DraftBlockEntity) =>
  Object.assign(new Block(), {
    id: b.blockId,
    kind: b.kind,
    level: b.level,
    text: b.text,
    label: b.label,
    marks: (b.marks ?? []).map((m) => ({ start: m.start, end: m.end, bold: !!m.bold, italic: !!m.italic })),
  });

@Resolver(() => Plan)
export class PlanDraftsResolver {
  @FieldResolver(() => [Draft], { description: 'Every version, oldest first.' })
  async drafts(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Draft[]> {
    return (await draftsByPlan(ctx).load(plan.id)).map(Draft.from);
  }

  @FieldResolver(() => Draft, { nullable: true, description: 'The newest version.' })
  async currentDraft(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Draft | null> {
    const row = (await draftsByPlan(ctx).load(plan.id)).at(-1);
    return row ? Draft.from(row) : null;
  }
}

@Resolver(() => Draft)
export class DraftResolver {
  @Query(() => Draft, { nullable: true })
  async draft(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Draft> {
    const draft = await readableDraft(ctx, id);
    // What the page asks of it next (its threads' viewerCan, …) finds it read.
    draftLoader(ctx).prime(draft.id, draft);
    return Draft.from(draft);
  }

  @FieldResolver(() => Plan)
  async plan(@Root() draft: Draft, @Ctx() ctx: Context): Promise<Plan> {
    const plan = await planLoader(ctx).load(draft.planId);
    if (!plan) throw new Error(`Draft ${draft.id} has no plan ${draft.planId}.`);
    return plan;
  }

  @FieldResolver(() => [Block])
  async blocks(@Root() draft: Draft, @Ctx() ctx: Context): Promise<Block[]> {
    return (await blocksOf(ctx.ds.manager, draft.id)).map(toBlock);
  }

  @FieldResolver(() => Person)
  async createdBy(@Root() draft: Draft, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(draft.createdById)) as Person;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether new threads may be started now (newest version, open stage, before the deadline).',
  })
  async commentsOpen(@Root() draft: Draft, @Ctx() ctx: Context): Promise<boolean> {
    const isLatest = (await draftsByPlan(ctx).load(draft.planId)).at(-1)?.id === draft.id;
    return commentWindowRefusal(draft, isLatest, ctx.clock.now()) === null;
  }

  @FieldResolver(() => DraftPermissions, { description: 'What the signed-in person may do with it now.' })
  viewerCan(@Root() draft: Draft, @Ctx() ctx: Context): Promise<DraftPermissions> {
    return draftPermissions(ctx, draft);
  }

  @Query(() => [BlockChange], {
    description: 'Two versions of one plan side by side: blocks added, removed and changed.',
  })
  async compareDrafts(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: Context,
  ): Promise<BlockChange[]> {
    const [from, to] = [await readableDraft(ctx, fromId), await readableDraft(ctx, toId)];
    if (from.planId !== to.planId) {
      throw badInput('toId', {
        reason: 'COMPARE_OTHER_PLAN',
        message: 'both drafts must be versions of the same plan.',
      });
    }
    const [a, b] = [await blocksOf(ctx.ds.manager, from.id), await blocksOf(ctx.ds.manager, to.id)];
    const byId = (rows: typeof a) => new Map(rows.map((r) => [r.blockId, r]));
    const [oldById, newById] = [byId(a), byId(b)];
    const changes = compareBlocks(
      a.map((r) => ({ id: r.blockId, text: r.text })),
      b.map((r) => ({ id: r.blockId, text: r.text })),
    );
    return changes.map((c) => {
      const old = 'old' in c && c.old ? oldById.get(c.old.id) : undefined;
      const next = 'new' in c && c.new ? newById.get(c.new.id) : undefined;
      const parts = c.kind === 'CHANGED' ? c.parts.map((p) => Object.assign(new BlockDiffPart(), p)) : [];
      return Object.assign(new BlockChange(), {
        kind: c.kind,
        old: old ? toBlock(old) : null,
        next: next ? toBlock(next) : null,
        parts,
      });
    });
  }

  @Mutation(() => CreateDraftPayload)
  async createDraft(
    @Arg('input', () => CreateDraftInput) input: CreateDraftInput,
    @Ctx() ctx: Context,
  ): Promise<CreateDraftPayload> {
    const actor = requireActor(ctx);
    const plan = await ctx.ds.getRepository(PlanEntity).findOneBy({ id: input.planId });
    if (!plan || plan.programId !== actor.programId) throw notFound('plan', input.planId);
    authorize(
      ctx,
      'draft.create',
      { type: 'plan', programId: plan.programId, leadUnitId: plan.leadUnitId },
      {
        reason: 'PUBLISH_LEAD_UNIT_ONLY',
        message: 'Only the plan’s lead unit or the working group may publish its drafts.',
      },
    );
    if (input.commentDeadline && input.commentDeadline <= ctx.clock.now()) {
      throw badInput('input.commentDeadline', { reason: 'DEADLINE_NOT_IN_FUTURE', message: 'must be in the future.' });
    }
    const { uploadId } = input;
    if (uploadId && input.content !== '') {
      throw badInput('input.content', {
        reason: 'CONTENT_WITH_UPLOAD',
        message: 'must be empty when the file comes from an upload (uploadId).',
      });
    }
    // A retry of a publication that went through finds its upload used up: it gets the first answer.
    const replay = await receiptExists(ctx, actor.id, input.clientMutationId);
    const { config } = ctx;
    const limits = {
      maxBlocks: config.maxDraftBlocks,
      timeoutMs: config.importTimeoutMs,
      memoryMb: config.importMemoryMb,
    };
    // Parsed before the transaction: a large Word file should not hold locks while it is read.
    let blocks: DocumentBlock[] = [];
    if (!replay && uploadId) {
      const upload = await readUpload(ctx.ds.manager, uploadId, actor.id, ctx.clock.wallNow());
      blocks = await parseContent(input.format, upload.data, limits, 'input.uploadId');
    } else if (!replay) {
      blocks = await parseContent(input.format, input.content, limits);
    }
    // Likewise where the open threads go (seconds for a few hundred threads in thousands of
    // blocks); the transaction only checks that nothing moved meanwhile and writes.
    const carryOver = replay ? null : await prepareCarryOver(ctx.ds.manager, plan.id, blocks);
    const result = await runMutation(ctx, 'createDraft', input.clientMutationId, async (scope) => {
      if (uploadId) await consumeUpload(scope.m, uploadId, actor.id);
      return createDraft(scope, {
        plan,
        stage: input.stage,
        title: input.title,
        blocks,
        commentDeadline: input.commentDeadline ?? null,
        sourceFormat: input.format,
        carryOver,
        searchIndex: 'after-commit',
      });
    });
    await indexBlocksAfterCommit(ctx.ds.manager, result.draftId);
    const draft = await ctx.ds.getRepository(DraftEntity).findOneByOrFail({ id: result.draftId });
    return {
      draft: Draft.from(draft),
      carriedThreads: result.carriedThreads,
      orphanedThreads: result.orphanedThreads,
      clientMutationId: input.clientMutationId ?? null,
    };
  }
}

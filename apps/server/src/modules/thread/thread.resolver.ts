import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import { canSeeThread, visibleThreadCondition } from '../../auth/visibility.js';
import type { ThreadStatus } from '../../domain.js';
import { notFound } from '../../errors.js';
import { keysetPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutationReturning } from '../../graphql/mutation.js';
import { Draft, draftLoader } from '../draft/index.js';
import { Person, personLoader } from '../person/index.js';
import { PlanCoUnitEntity } from '../plan/index.js';
import { sealOpenTo } from '../review/index.js';
import { coUnitLoaderOf, Unit, unitLoader } from '../unit/index.js';
import { renderComment } from './render.js';
import { CommentEntity, ThreadEntity } from './thread.entity.js';
import { commentsByThread, mentionsByComment, statusCountsByDraft, threadFacts, visibleKey } from './thread.loaders.js';
import { disposeThread, editComment, reply, startThread } from './thread.service.js';
import {
  Comment,
  CommentPermissions,
  DisposeThreadInput,
  DisposeThreadPayload,
  Disposition,
  EditCommentInput,
  EditCommentPayload,
  ReplyInput,
  ReplyPayload,
  StartThreadInput,
  StartThreadPayload,
  Thread,
  ThreadConnection,
  ThreadFilter,
  ThreadPermissions,
  ThreadPlacement,
  ThreadStats,
} from './thread.types.js';
import { commentSubject, threadPermissions } from './thread-permissions.js';

/** A thread the reader may see; NOT_FOUND otherwise, exactly as if it did not exist. */
async function loadThread(ctx: Context, id: string): Promise<Thread> {
  const actor = requireActor(ctx);
  const row = await ctx.ds.getRepository(ThreadEntity).findOneBy({ id });
  if (
    !row ||
    !can(actor, 'program.read', { type: 'program', programId: row.programId }) ||
    !(await canSeeThread(ctx.ds.manager, actor, row, ctx.clock.today()))
  ) {
    throw notFound('thread', id);
  }
  return Thread.from(row);
}

/**
 * loadThread's check for what never changes on a thread (its programme and seal), batched: every
 * comment on a page asks it. NOT_FOUND when the reader may not see the thread.
 */
async function seeableThreadFacts(ctx: Context, id: string): Promise<ThreadEntity> {
  const actor = requireActor(ctx);
  const row = await threadFacts(ctx).load(id);
  if (
    !row ||
    !can(actor, 'program.read', { type: 'program', programId: row.programId }) ||
    !(await sealOpenTo(ctx, actor, row.reviewAssignmentId))
  ) {
    throw notFound('thread', id);
  }
  return row;
}

// A thread's draft, read with every other thread's on the page.
async function draftOf(ctx: Context, draftId: string): Promise<Draft> {
  const draft = await draftLoader(ctx).load(draftId);
  if (!draft) throw new Error(`No draft ${draftId}.`);
  return Draft.from(draft);
}

@Resolver(() => Draft)
export class DraftThreadsResolver {
  @FieldResolver(() => ThreadConnection)
  async threads(
    @Root() draft: Draft,
    @Arg('filter', () => ThreadFilter, { nullable: true }) filter: ThreadFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ThreadConnection> {
    const visible = visibleThreadCondition('t', requireActor(ctx), ctx.clock.today());
    const q = ctx.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.draft_id = :draftId', { draftId: draft.id })
      .andWhere(visible.sql, visible.params);
    if (filter?.status?.length) q.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter?.unitId) q.andWhere('t.assigned_unit_id = :unitId', { unitId: filter.unitId });
    if (filter?.source) q.andWhere('t.source = :source', { source: filter.source });
    if (filter?.blockId) q.andWhere('t.block_id = :blockId', { blockId: filter.blockId });
    return keysetPage(q, {
      alias: 't',
      column: 'created_at',
      key: (t) => t.createdAt,
      direction: 'ASC',
      first,
      after,
      node: Thread.from,
      defaultSize: 100,
      maxSize: 1000,
    });
  }

  @FieldResolver(() => ThreadStats)
  async stats(@Root() draft: Draft, @Ctx() ctx: Context): Promise<ThreadStats> {
    const rows = await statusCountsByDraft(ctx).load(visibleKey(ctx, draft.id));
    const n = (s: ThreadStatus) => rows.find((r) => r.status === s)?.n ?? 0;
    return {
      total: rows.reduce((sum, r) => sum + r.n, 0),
      open: n('OPEN'),
      adopted: n('ADOPTED'),
      partlyAdopted: n('PARTLY_ADOPTED'),
      notAdopted: n('NOT_ADOPTED'),
      withdrawn: n('WITHDRAWN'),
      adoptedNotReflected: rows.reduce((sum, r) => sum + r.notReflected, 0),
    };
  }
}

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => Thread, { nullable: true })
  thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Thread> {
    return loadThread(ctx, id);
  }

  @FieldResolver(() => Draft)
  draft(@Root() t: Thread, @Ctx() ctx: Context): Promise<Draft> {
    return draftOf(ctx, t.draftId);
  }

  @FieldResolver(() => Disposition, { nullable: true })
  disposition(@Root() t: Thread): Disposition | null {
    const e = t.entity;
    if (t.status === 'OPEN' || !e.decidedAt || !e.decidedBy) return null;
    return Object.assign(new Disposition(), {
      status: t.status,
      reason: e.dispositionReason ?? '',
      decidedAt: e.decidedAt,
      decidedById: e.decidedBy,
    });
  }

  @FieldResolver(() => Unit, { description: 'Who must answer: the plan’s lead unit unless reassigned.' })
  async assignedUnit(@Root() t: Thread, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitLoader(ctx).load(t.assignedUnitId)) as Unit;
  }

  @FieldResolver(() => Person)
  async author(@Root() t: Thread, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(t.authorId)) as Person;
  }

  @FieldResolver(() => [ThreadPlacement], { description: 'Its place in each version it has been in, oldest first.' })
  async placements(@Root() t: Thread, @Ctx() ctx: Context): Promise<ThreadPlacement[]> {
    const rows: {
      draft_id: string;
      block_id: string | null;
      anchor_start: number | null;
      anchor_end: number | null;
      quote: string | null;
      anchor_state: ThreadPlacement['anchorState'];
    }[] = await ctx.ds.query(
      `SELECT tp.draft_id, tp.block_id, tp.anchor_start, tp.anchor_end, tp.quote, tp.anchor_state
           FROM thread_placement tp JOIN draft d ON d.id = tp.draft_id WHERE tp.thread_id = $1 ORDER BY d.version`,
      [t.id],
    );
    return rows.map((r) =>
      Object.assign(new ThreadPlacement(), {
        draftId: r.draft_id,
        blockId: r.block_id,
        start: r.anchor_start,
        end: r.anchor_end,
        quote: r.quote,
        anchorState: r.anchor_state,
      }),
    );
  }

  @FieldResolver(() => ThreadPermissions, { description: 'What the signed-in person may do with it now.' })
  viewerCan(@Root() t: Thread, @Ctx() ctx: Context): Promise<ThreadPermissions> {
    return threadPermissions(ctx, t.entity);
  }

  @FieldResolver(() => [Comment])
  async comments(@Root() t: Thread, @Ctx() ctx: Context): Promise<Comment[]> {
    return (await commentsByThread(ctx).load(t.id)).map((c) =>
      Object.assign(Comment.from(c), { readThrough: t.entity }),
    );
  }

  @Mutation(() => StartThreadPayload)
  async startThread(
    @Arg('input', () => StartThreadInput) input: StartThreadInput,
    @Ctx() ctx: Context,
  ): Promise<StartThreadPayload> {
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'startThread',
      input.clientMutationId,
      async (scope) => {
        const written = await startThread(scope, {
          draftId: input.draftId,
          anchor: input.anchor ?? null,
          body: input.body,
          source: input.source ?? 'ONLINE',
          meetingId: input.meetingId,
          raisedById: input.raisedById,
          externalAuthor: input.externalAuthor,
        });
        return { receipt: { threadId: written.threadId }, answer: written };
      },
    );
    if (answer) {
      // What the thread's fields ask of its draft and comments was written just now: not read again.
      draftLoader(ctx).prime(answer.draft.id, answer.draft);
      commentsByThread(ctx).prime(answer.thread.id, [answer.comment]);
      coUnitLoaderOf(PlanCoUnitEntity, ctx)?.prime(answer.draft.planId, answer.coUnitIds);
    }
    return {
      thread: answer ? Thread.from(answer.thread) : await loadThread(ctx, receipt.threadId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => ReplyPayload)
  async reply(@Arg('input', () => ReplyInput) input: ReplyInput, @Ctx() ctx: Context): Promise<ReplyPayload> {
    const { receipt, answer } = await runMutationReturning(ctx, 'reply', input.clientMutationId, async (scope) => {
      const written = await reply(scope, input.threadId, input.body);
      return { receipt: { commentId: written.commentId }, answer: written };
    });
    return {
      comment: await writtenComment(ctx, receipt.commentId, answer),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => EditCommentPayload)
  async editComment(
    @Arg('input', () => EditCommentInput) input: EditCommentInput,
    @Ctx() ctx: Context,
  ): Promise<EditCommentPayload> {
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'editComment',
      input.clientMutationId,
      async (scope) => {
        const written = await editComment(scope, input.commentId, input.body, input.expectedVersion);
        return { receipt: { commentId: written.commentId }, answer: written };
      },
    );
    return {
      comment: await writtenComment(ctx, receipt.commentId, answer),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => DisposeThreadPayload)
  async disposeThread(
    @Arg('input', () => DisposeThreadInput) input: DisposeThreadInput,
    @Ctx() ctx: Context,
  ): Promise<DisposeThreadPayload> {
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'disposeThread',
      input.clientMutationId,
      async (scope) => {
        const written = await disposeThread(scope, input.threadId, input.status, input.reason);
        return { receipt: { threadId: written.threadId }, answer: written };
      },
    );
    if (answer) {
      draftLoader(ctx).prime(answer.draft.id, answer.draft);
      coUnitLoaderOf(PlanCoUnitEntity, ctx)?.prime(answer.draft.planId, answer.coUnitIds);
    }
    return {
      thread: answer ? Thread.from(answer.thread) : await loadThread(ctx, receipt.threadId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }
}

/**
 * A reply's or edit's comment: as the write returned it, read through the thread the write
 * checked the writer may see; read afresh when a retry found the first one's receipt.
 */
async function writtenComment(
  ctx: Context,
  commentId: string,
  written: { comment: CommentEntity; thread: ThreadEntity } | null,
): Promise<Comment> {
  if (written) return Object.assign(Comment.from(written.comment), { readThrough: written.thread });
  return Comment.from(await ctx.ds.getRepository(CommentEntity).findOneByOrFail({ id: commentId }));
}

@Resolver(() => Disposition)
export class DispositionResolver {
  @FieldResolver(() => Person)
  async decidedBy(@Root() d: Disposition, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(d.decidedById)) as Person;
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => Thread)
  thread(@Root() c: Comment, @Ctx() ctx: Context): Promise<Thread> {
    return loadThread(ctx, c.threadId);
  }

  @FieldResolver(() => Person)
  async author(@Root() c: Comment, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(c.authorId)) as Person;
  }

  @FieldResolver(() => [Person])
  async mentions(@Root() c: Comment, @Ctx() ctx: Context): Promise<Person[]> {
    const people = await personLoader(ctx).loadMany(await mentionsByComment(ctx).load(c.id));
    return people.filter((p): p is Person => p instanceof Person);
  }

  @FieldResolver(() => CommentPermissions)
  async viewerCan(@Root() c: Comment, @Ctx() ctx: Context): Promise<CommentPermissions> {
    const thread = c.readThrough ?? (await seeableThreadFacts(ctx, c.threadId));
    return { edit: can(ctx.actor, 'comment.edit', commentSubject(thread, c)) };
  }

  @FieldResolver(() => String, { description: 'The body rendered as HTML, sanitized: nothing in it can run.' })
  bodyHtml(@Root() c: Comment): string {
    return renderComment(c.body);
  }
}

@Resolver(() => ThreadPlacement)
export class ThreadPlacementResolver {
  @FieldResolver(() => Draft)
  draft(@Root() pl: ThreadPlacement, @Ctx() ctx: Context): Promise<Draft> {
    return draftOf(ctx, pl.draftId);
  }
}

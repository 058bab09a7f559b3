import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { Draft, draftLoader } from '../draft/index.js';
import { Person, personLoader } from '../person/index.js';
import { ReviewAssignmentEntity } from './review.entity.js';
import { assignmentsByDraft, averagesByDraft } from './review.loaders.js';
import { assignReview, respondToReview, submitReview } from './review.service.js';
import {
  AssignReviewInput,
  AssignReviewPayload,
  RespondToReviewInput,
  RespondToReviewPayload,
  Review,
  ReviewAssignment,
  ReviewAverages,
  ReviewBoard,
  SubmitReviewInput,
  SubmitReviewPayload,
} from './review.types.js';

const isOverdue = (a: ReviewAssignmentEntity, today: string) =>
  (a.status === 'INVITED' || a.status === 'ACCEPTED') && a.dueOn < today;

async function loadAssignment(ctx: Context, id: string) {
  return ReviewAssignment.from(await ctx.ds.getRepository(ReviewAssignmentEntity).findOneByOrFail({ id }));
}

@Resolver(() => Draft)
export class DraftReviewsResolver {
  @FieldResolver(() => [ReviewAssignment], {
    description: 'The working group and leaders see every assignment; an expert sees their own; others none.',
  })
  async reviewAssignments(@Root() draft: Draft, @Ctx() ctx: Context): Promise<ReviewAssignment[]> {
    const actor = requireActor(ctx);
    const all = can(actor, 'review.board', { type: 'program', programId: draft.programId });
    const rows = await ctx.ds.getRepository(ReviewAssignmentEntity).find({
      where: { draftId: draft.id, ...(all ? {} : { expertId: actor.id }) },
      order: { createdAt: 'ASC' },
    });
    return rows.map(ReviewAssignment.from);
  }

  @FieldResolver(() => ReviewBoard, {
    description: 'Every review of this draft at a glance (working group and leaders).',
  })
  async reviewBoard(@Root() draft: Draft, @Ctx() ctx: Context): Promise<ReviewBoard> {
    authorize(
      ctx,
      'review.board',
      { type: 'program', programId: draft.programId },
      { reason: 'REVIEW_BOARD_ROLE', message: 'The review board is for the working group and leaders.' },
    );
    const [rows, avg] = await Promise.all([
      assignmentsByDraft(ctx).load(draft.id),
      averagesByDraft(ctx).load(draft.id),
    ]);
    const today = ctx.clock.today();
    return Object.assign(new ReviewBoard(), {
      assignments: rows.map(ReviewAssignment.from),
      averages: Object.assign(new ReviewAverages(), avg),
      overdue: rows.filter((a) => isOverdue(a, today)).map(ReviewAssignment.from),
    });
  }
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentResolver {
  @Query(() => [ReviewAssignment], { description: 'The signed-in expert’s review assignments.' })
  async myReviewAssignments(@Ctx() ctx: Context): Promise<ReviewAssignment[]> {
    const actor = requireActor(ctx);
    const rows = await ctx.ds
      .getRepository(ReviewAssignmentEntity)
      .find({ where: { expertId: actor.id }, order: { dueOn: 'ASC' } });
    return rows.map(ReviewAssignment.from);
  }

  @Query(() => ReviewAssignment, {
    nullable: true,
    description:
      'One review assignment, for its expert and for those who see the review board; null otherwise, as if it did not exist.',
  })
  async reviewAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewAssignment | null> {
    const actor = requireActor(ctx);
    const row = await ctx.ds.getRepository(ReviewAssignmentEntity).findOneBy({ id });
    // The same rule as Draft.reviewAssignments: the board sees every assignment, an expert their own.
    const visible =
      row &&
      can(actor, 'program.read', { type: 'program', programId: row.programId }) &&
      (can(actor, 'review.board', { type: 'program', programId: row.programId }) || row.expertId === actor.id);
    return visible ? ReviewAssignment.from(row) : null;
  }

  @FieldResolver(() => Draft)
  async draft(@Root() a: ReviewAssignment, @Ctx() ctx: Context): Promise<Draft> {
    const draft = await draftLoader(ctx).load(a.draftId);
    if (!draft) throw new Error(`Review assignment ${a.id} has no draft ${a.draftId}.`);
    return Draft.from(draft);
  }

  @FieldResolver(() => Person)
  async expert(@Root() a: ReviewAssignment, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(a.expertId)) as Person;
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not submitted (or declined).' })
  overdue(@Root() a: ReviewAssignment, @Ctx() ctx: Context): boolean {
    return isOverdue(a.entity, ctx.clock.today());
  }

  @FieldResolver(() => Review, { nullable: true })
  review(@Root() a: ReviewAssignment): Review | null {
    const e = a.entity;
    if (e.status !== 'SUBMITTED' || !e.verdict || !e.submittedAt) return null;
    return Object.assign(new Review(), {
      verdict: e.verdict,
      foresight: e.foresight ?? 0,
      scientific: e.scientific ?? 0,
      operability: e.operability ?? 0,
      summary: e.summary ?? '',
      submittedAt: e.submittedAt,
      assignmentId: e.id,
    });
  }

  @Mutation(() => AssignReviewPayload)
  async assignReview(
    @Arg('input', () => AssignReviewInput) input: AssignReviewInput,
    @Ctx() ctx: Context,
  ): Promise<AssignReviewPayload> {
    const actor = requireActor(ctx);
    authorize(
      ctx,
      'review.assign',
      { type: 'program', programId: actor.programId },
      { reason: 'ASSIGN_WORKING_GROUP_ONLY', message: 'Only the working group assigns expert reviews.' },
    );
    const { assignmentId } = await runMutation(ctx, 'assignReview', input.clientMutationId, (scope) =>
      assignReview(scope, ctx.clock, input.draftId, input.expertId, input.dueOn),
    );
    return { assignment: await loadAssignment(ctx, assignmentId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => RespondToReviewPayload)
  async respondToReview(
    @Arg('input', () => RespondToReviewInput) input: RespondToReviewInput,
    @Ctx() ctx: Context,
  ): Promise<RespondToReviewPayload> {
    const { assignmentId } = await runMutation(ctx, 'respondToReview', input.clientMutationId, (scope) =>
      respondToReview(scope, input.assignmentId, input.accept, input.reason),
    );
    return { assignment: await loadAssignment(ctx, assignmentId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => SubmitReviewPayload)
  async submitReview(
    @Arg('input', () => SubmitReviewInput) input: SubmitReviewInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitReviewPayload> {
    const { assignmentId } = await runMutation(ctx, 'submitReview', input.clientMutationId, (scope) =>
      submitReview(scope, ctx.clock, input.assignmentId, input),
    );
    return { assignment: await loadAssignment(ctx, assignmentId), clientMutationId: input.clientMutationId ?? null };
  }
}

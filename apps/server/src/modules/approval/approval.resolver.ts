import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import type { ApprovalStep, DraftStage } from '../../domain.js';
import type { Context } from '../../graphql/context.js';
import { DraftStageEnum } from '../../graphql/enums.js';
import { runMutation } from '../../graphql/mutation.js';
import { Draft, draftLoader, publishableStages } from '../draft/index.js';
import { Meeting, meetingLoader } from '../meeting/index.js';
import { Person, personLoader } from '../person/index.js';
import { Plan, PlanEntity, planLoader } from '../plan/index.js';
import { ApprovalEntity } from './approval.entity.js';
import { lifeByPlan } from './approval.loaders.js';
import { decideApproval, requestApproval } from './approval.service.js';
import {
  Approval,
  ApprovalStepEnum,
  DecideApprovalInput,
  DecideApprovalPayload,
  Issuance,
  IssuePlanInput,
  IssuePlanPayload,
  PlanPermissions,
  RecordFilingInput,
  RecordFilingPayload,
  RequestApprovalInput,
  RequestApprovalPayload,
} from './approval.types.js';
import { stepsFor } from './approval-steps.js';
import { issuePlan, recordFiling } from './issue.service.js';
import { planPermissions } from './plan-permissions.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadDraft(ctx: Context, id: string): Promise<Draft> {
  const row = await draftLoader(ctx).load(id);
  if (!row) throw new Error(`No draft ${id}.`);
  return Draft.from(row);
}

async function loadPlan(ctx: Context, id: string): Promise<Plan> {
  return Plan.from(await ctx.ds.getRepository(PlanEntity).findOneByOrFail({ id }));
}

@Resolver(() => Plan)
export class PlanApprovalsResolver {
  @FieldResolver(() => [Approval], { description: 'Every step requested, oldest first, on every 送审稿.' })
  async approvals(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Approval[]> {
    return ((await lifeByPlan(ctx).load(plan.id))?.approvals ?? []).map(Approval.from);
  }

  @FieldResolver(() => [ApprovalStepEnum], {
    description:
      'The steps of approval this plan goes through, in order (a special plan is not sent to the provincial government).',
  })
  approvalSteps(@Root() plan: Plan): ApprovalStep[] {
    return stepsFor(plan);
  }

  @FieldResolver(() => Issuance, { nullable: true, description: 'Its issue (印发) and filing (备案), once issued.' })
  async issued(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Issuance | null> {
    const row = (await lifeByPlan(ctx).load(plan.id))?.issuance;
    return row ? Issuance.from(row) : null;
  }

  @FieldResolver(() => [DraftStageEnum], {
    description:
      'Stages a new version may be published at now: the current stage and the next drafting stage; empty once approval has begun.',
  })
  async publishableStages(@Root() plan: Plan, @Ctx() ctx: Context): Promise<DraftStage[]> {
    const life = await lifeByPlan(ctx).load(plan.id);
    return life ? publishableStages(life.facts) : [];
  }

  @FieldResolver(() => PlanPermissions, { description: 'What the signed-in person may do with it now.' })
  viewerCan(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanPermissions> {
    return planPermissions(ctx, plan);
  }
}

@Resolver(() => Issuance)
export class IssuanceResolver {
  @FieldResolver(() => Draft, { description: 'The version issued.' })
  draft(@Root() issuance: Issuance, @Ctx() ctx: Context): Promise<Draft> {
    return loadDraft(ctx, issuance.draftId);
  }
}

@Resolver(() => Approval)
export class ApprovalResolver {
  @Query(() => Approval, { nullable: true })
  async approval(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Approval | null> {
    requireActor(ctx);
    if (!UUID.test(id)) return null;
    const row = await ctx.ds.getRepository(ApprovalEntity).findOneBy({ id });
    if (!row || !can(ctx.actor, 'program.read', { type: 'program', programId: row.programId })) return null;
    return Approval.from(row);
  }

  @FieldResolver(() => Plan)
  async plan(@Root() approval: Approval, @Ctx() ctx: Context): Promise<Plan> {
    const plan = await planLoader(ctx).load(approval.planId);
    if (!plan) throw new Error(`Approval ${approval.id} has no plan ${approval.planId}.`);
    return plan;
  }

  @FieldResolver(() => Draft)
  draft(@Root() approval: Approval, @Ctx() ctx: Context): Promise<Draft> {
    return loadDraft(ctx, approval.draftId);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The 专家论证会 or 领导小组会议 where it was decided, when there was one.',
  })
  async meeting(@Root() approval: Approval, @Ctx() ctx: Context): Promise<Meeting | null> {
    return approval.meetingId ? meetingLoader(ctx).load(approval.meetingId) : null;
  }

  @FieldResolver(() => Person)
  async requestedBy(@Root() approval: Approval, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(approval.requestedById)) as Person;
  }

  @FieldResolver(() => Person, { nullable: true })
  async decidedBy(@Root() approval: Approval, @Ctx() ctx: Context): Promise<Person | null> {
    return approval.decidedById ? personLoader(ctx).load(approval.decidedById) : null;
  }

  @Mutation(() => RequestApprovalPayload)
  async requestApproval(
    @Arg('input', () => RequestApprovalInput) input: RequestApprovalInput,
    @Ctx() ctx: Context,
  ): Promise<RequestApprovalPayload> {
    const { approvalId } = await runMutation(ctx, 'requestApproval', input.clientMutationId, async (scope) => {
      const { approval } = await requestApproval(scope, { draftId: input.draftId, step: input.step });
      return { approvalId: approval.id };
    });
    const row = await ctx.ds.getRepository(ApprovalEntity).findOneByOrFail({ id: approvalId });
    return { approval: Approval.from(row), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => DecideApprovalPayload)
  async decideApproval(
    @Arg('input', () => DecideApprovalInput) input: DecideApprovalInput,
    @Ctx() ctx: Context,
  ): Promise<DecideApprovalPayload> {
    const { approvalId } = await runMutation(ctx, 'decideApproval', input.clientMutationId, async (scope) => {
      const { approval } = await decideApproval(scope, {
        approvalId: input.approvalId,
        decision: input.decision,
        opinion: input.opinion,
        meetingId: input.meetingId ?? null,
        expectedVersion: input.expectedVersion,
      });
      return { approvalId: approval.id };
    });
    const row = await ctx.ds.getRepository(ApprovalEntity).findOneByOrFail({ id: approvalId });
    return {
      approval: Approval.from(row),
      plan: await loadPlan(ctx, row.planId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => IssuePlanPayload)
  async issuePlan(
    @Arg('input', () => IssuePlanInput) input: IssuePlanInput,
    @Ctx() ctx: Context,
  ): Promise<IssuePlanPayload> {
    const { planId } = await runMutation(ctx, 'issuePlan', input.clientMutationId, (scope) =>
      issuePlan(scope, {
        draftId: input.draftId,
        docNumber: input.docNumber,
        issuedOn: input.issuedOn,
        issuer: input.issuer,
      }),
    );
    return { plan: await loadPlan(ctx, planId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => RecordFilingPayload)
  async recordFiling(
    @Arg('input', () => RecordFilingInput) input: RecordFilingInput,
    @Ctx() ctx: Context,
  ): Promise<RecordFilingPayload> {
    const { planId } = await runMutation(ctx, 'recordFiling', input.clientMutationId, (scope) =>
      recordFiling(scope, { planId: input.planId, filedOn: input.filedOn }),
    );
    return { plan: await loadPlan(ctx, planId), clientMutationId: input.clientMutationId ?? null };
  }
}

import { suggestIndicators } from '@gongbian/alignment';
import { makeAnchor } from '@gongbian/anchoring';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import type { ExportFormat } from '../../domain.js';
import { createExportLink, Export } from '../../exports/export-link.js';
import type { Context } from '../../graphql/context.js';
import { ExportFormatEnum } from '../../graphql/enums.js';
import { runMutation } from '../../graphql/mutation.js';
import { blocksOf, readableDraft } from '../draft/index.js';
import { Plan, planLoader } from '../plan/index.js';
import { Program, readableProgram } from '../program/index.js';
import { Thread, threadFacts } from '../thread/index.js';
import { HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';
import {
  higherTargetById,
  higherTargetsByProgram,
  indicatorById,
  indicatorsByPlan,
  issuesByIndicator,
} from './alignment.loaders.js';
import { defineHigherTarget, defineIndicator, updateIndicator } from './alignment.service.js';
import {
  AlignmentIssue,
  AlignmentMatrix,
  DefineHigherTargetInput,
  DefineHigherTargetPayload,
  DefineIndicatorInput,
  DefineIndicatorPayload,
  HigherTarget,
  Indicator,
  IndicatorSuggestion,
  UpdateIndicatorInput,
  UpdateIndicatorPayload,
} from './alignment.types.js';
import { readAlignment } from './alignment-read.js';
import { alignmentTableName } from './alignment-table.js';

async function loadIndicator(ctx: Context, id: string): Promise<Indicator> {
  return Indicator.from(await ctx.ds.getRepository(IndicatorEntity).findOneByOrFail({ id }));
}

/** The programme's 1+X as a matrix: master indicators × the X plans, with every issue that stands. */
export async function alignmentMatrix(ctx: Context, programId: string): Promise<AlignmentMatrix> {
  const read = await readAlignment(ctx.ds.manager, programId, () => higherTargetsByProgram(ctx).load(programId));
  // What the page asks next (each indicator's plan, what it supports, its issues) is read already.
  for (const p of read.plans) planLoader(ctx).prime(p.id, Plan.from(p));
  for (const i of read.indicators) indicatorById(ctx).prime(i.id, i);
  for (const h of read.highers) higherTargetById(ctx).prime(h.id, h);
  for (const i of read.indicators) issuesByIndicator(ctx).prime(i.id, read.issuesOf(i.id));
  return Object.assign(new AlignmentMatrix(), {
    plans: read.others.map(Plan.from),
    rows: read.masters.map((master) => ({
      master: Indicator.from(master),
      cells: read.others.map((plan) => ({
        plan: Plan.from(plan),
        indicators: read
          .supportersOf(master.id)
          .filter((i) => i.planId === plan.id)
          .map(Indicator.from),
      })),
    })),
    unlinked: read.unlinked.map(Indicator.from),
    issues: read.issues.map(AlignmentIssue.from),
  });
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Plan)
  async plan(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Plan> {
    return (await planLoader(ctx).load(i.entity.planId)) as Plan;
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The master-plan indicator this one serves.' })
  async supports(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Indicator | null> {
    const row = i.entity.supportsId ? await indicatorById(ctx).load(i.entity.supportsId) : null;
    return row && Indicator.from(row);
  }

  @FieldResolver(() => HigherTarget, { nullable: true })
  async cites(@Root() i: Indicator, @Ctx() ctx: Context): Promise<HigherTarget | null> {
    const row = i.entity.citesId ? await higherTargetById(ctx).load(i.entity.citesId) : null;
    return row && HigherTarget.from(row);
  }

  @FieldResolver(() => [AlignmentIssue])
  async issues(@Root() i: Indicator, @Ctx() ctx: Context): Promise<AlignmentIssue[]> {
    return (await issuesByIndicator(ctx).load(i.id)).map(AlignmentIssue.from);
  }

  @Query(() => [IndicatorSuggestion], {
    description: 'Indicators read from a draft’s tables and sentences with figures, for a person to confirm.',
  })
  async suggestIndicators(
    @Arg('draftId', () => ID) draftId: string,
    @Ctx() ctx: Context,
  ): Promise<IndicatorSuggestion[]> {
    const draft = await readableDraft(ctx, draftId);
    const blocks = await blocksOf(ctx.ds.manager, draft.id);
    const byBlock = new Map(blocks.map((b) => [b.blockId, b]));
    return suggestIndicators(blocks.map((b) => ({ id: b.blockId, kind: b.kind, text: b.text }))).map((s) => {
      const block = byBlock.get(s.source.blockId);
      const anchor = makeAnchor({ id: s.source.blockId, text: block?.text ?? '' }, s.source.start, s.source.end);
      return Object.assign(new IndicatorSuggestion(), {
        name: s.name,
        unit: s.unit,
        baseline: s.baseline ?? null,
        baselineYear: s.baselineYear ?? null,
        target: s.target ?? null,
        targetYear: s.targetYear ?? null,
        kind: s.kind ?? null,
        direction: s.direction ?? null,
        source: anchor,
      });
    });
  }

  @Mutation(() => DefineIndicatorPayload, {
    description: 'A new indicator of a plan (its lead unit or the working group), checked at once.',
  })
  async defineIndicator(
    @Arg('input', () => DefineIndicatorInput) input: DefineIndicatorInput,
    @Ctx() ctx: Context,
  ): Promise<DefineIndicatorPayload> {
    const { indicatorId } = await runMutation(ctx, 'defineIndicator', input.clientMutationId, (scope) =>
      defineIndicator(scope, input.indicator),
    );
    return { indicator: await loadIndicator(ctx, indicatorId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => UpdateIndicatorPayload, {
    description: 'Changes an indicator if it is still at expectedVersion (else CONFLICT INDICATOR_CHANGED).',
  })
  async updateIndicator(
    @Arg('input', () => UpdateIndicatorInput) input: UpdateIndicatorInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateIndicatorPayload> {
    const { indicatorId } = await runMutation(ctx, 'updateIndicator', input.clientMutationId, (scope) =>
      updateIndicator(scope, input.indicatorId, input.indicator, input.expectedVersion),
    );
    return { indicator: await loadIndicator(ctx, indicatorId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => DefineHigherTargetPayload, { description: 'A higher plan’s target (the working group).' })
  async defineHigherTarget(
    @Arg('input', () => DefineHigherTargetInput) input: DefineHigherTargetInput,
    @Ctx() ctx: Context,
  ): Promise<DefineHigherTargetPayload> {
    const { higherTargetId } = await runMutation(ctx, 'defineHigherTarget', input.clientMutationId, (scope) =>
      defineHigherTarget(scope, input),
    );
    const row = await ctx.ds.getRepository(HigherTargetEntity).findOneByOrFail({ id: higherTargetId });
    return { higherTarget: HigherTarget.from(row), clientMutationId: input.clientMutationId ?? null };
  }

  @Query(() => Export, {
    description: '规划指标衔接表 as .docx or .xlsx: a link for the asker, for a few minutes.',
  })
  async alignmentTable(
    @Arg('programId', () => ID) programId: string,
    @Arg('format', () => ExportFormatEnum) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<Export> {
    const program = await readableProgram(ctx, programId);
    const actor = requireActor(ctx);
    return createExportLink(
      ctx,
      actor.id,
      { kind: 'alignment', programId },
      format,
      alignmentTableName(program, format),
    );
  }
}

@Resolver(() => AlignmentIssue)
export class AlignmentIssueResolver {
  @FieldResolver(() => Indicator)
  async indicator(@Root() issue: AlignmentIssue, @Ctx() ctx: Context): Promise<Indicator> {
    const row = await indicatorById(ctx).load(issue.row.indicatorId);
    if (!row) throw new Error(`alignment issue of a missing indicator ${issue.row.indicatorId}`);
    return Indicator.from(row);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The master-plan indicator it is against.' })
  async against(@Root() issue: AlignmentIssue, @Ctx() ctx: Context): Promise<Indicator | null> {
    const row =
      issue.row.against === 'MASTER' && issue.row.againstId ? await indicatorById(ctx).load(issue.row.againstId) : null;
    return row && Indicator.from(row);
  }

  @FieldResolver(() => HigherTarget, { nullable: true, description: 'The higher plan’s target it is against.' })
  async againstHigher(@Root() issue: AlignmentIssue, @Ctx() ctx: Context): Promise<HigherTarget | null> {
    const row =
      issue.row.against === 'HIGHER' && issue.row.againstId
        ? await higherTargetById(ctx).load(issue.row.againstId)
        : null;
    return row && HigherTarget.from(row);
  }

  @FieldResolver(() => Thread, {
    nullable: true,
    description: 'The thread raised for it, assigned to the plan’s lead unit (null while the plan has no draft).',
  })
  async thread(@Root() issue: AlignmentIssue, @Ctx() ctx: Context): Promise<Thread | null> {
    const row = issue.row.threadId ? await threadFacts(ctx).load(issue.row.threadId) : null;
    // Raised by the checks, never sealed by a review; a thread that is would not be shown here.
    return row && row.reviewAssignmentId === null ? Thread.from(row) : null;
  }
}

@Resolver(() => Plan)
export class PlanIndicatorsResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the signed-in person may define and update its indicators (its lead unit, the working group).',
  })
  viewerCanKeepIndicators(@Root() plan: Plan, @Ctx() ctx: Context): boolean {
    return can(ctx.actor, 'indicator.edit', { type: 'plan', programId: plan.programId, leadUnitId: plan.leadUnitId });
  }

  @FieldResolver(() => [Indicator], { description: 'Its targets (目标指标), in the order they were set.' })
  async indicators(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Indicator[]> {
    return (await indicatorsByPlan(ctx).load(plan.id)).map(Indicator.from);
  }
}

@Resolver(() => Program)
export class ProgramAlignmentResolver {
  @FieldResolver(() => AlignmentMatrix, { description: '衔接: master indicators × the X plans, and every issue.' })
  alignment(@Root() program: Program, @Ctx() ctx: Context): Promise<AlignmentMatrix> {
    requireActor(ctx);
    return alignmentMatrix(ctx, program.id);
  }

  @FieldResolver(() => [HigherTarget], { description: 'The higher plans’ targets its indicators may cite.' })
  async higherTargets(@Root() program: Program, @Ctx() ctx: Context): Promise<HigherTarget[]> {
    requireActor(ctx);
    return (await higherTargetsByProgram(ctx).load(program.id)).map(HigherTarget.from);
  }
}

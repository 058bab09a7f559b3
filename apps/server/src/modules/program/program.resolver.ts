import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import type { WorkStatus } from '../../domain.js';
import { notFound } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { WorkStatusEnum } from '../../graphql/enums.js';
import { runMutation, runMutationReturning } from '../../graphql/mutation.js';
import { readAtLogHead, sharedMemo } from '../../graphql/shared-loaders.js';
import { currentPhaseOf, isOverdue, phaseProgress, phaseStatus } from '../../progress.js';
import { formatCursor } from '../../realtime/cursor.js';
import { streams } from '../../realtime/streams.js';
import { Person, PersonEntity, personLoader } from '../person/index.js';
import { Plan } from '../plan/index.js';
import { ResearchTopic } from '../topic/index.js';
import { programmeUnits, Unit, unitLoader } from '../unit/index.js';
import { type GateFacts, gateConditions, gateFactsAt, readGateRecords } from './gate.js';
import { createMilestone, findMilestone, updateMilestone } from './milestone.service.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';
import { programById, programmeOf, rowsOfProgramme } from './program.loaders.js';
import {
  ClockInfo,
  CreateMilestoneInput,
  CreateMilestonePayload,
  Gate,
  GateCondition,
  Milestone,
  OverridePhaseGateInput,
  OverridePhaseGatePayload,
  Phase,
  Program,
  UpdateMilestoneInput,
  UpdateMilestonePayload,
} from './program.types.js';

// The four gates of a programme read the same facts: once per log position for every viewer.
async function gateFactsOf(ctx: Context, programId: string): Promise<GateFacts> {
  const records = await sharedMemo(ctx, `gate-records:${programId}`, () => readGateRecords(ctx.ds.manager, programId));
  return gateFactsAt(records, ctx.clock.now());
}

/** Refuses a programme the actor may not read, before anything is read. */
function mayRead(ctx: Context, id: string): void {
  if (!can(requireActor(ctx), 'program.read', { type: 'program', programId: id })) throw notFound('programme', id);
}

/** Loads a programme the actor may read, or says why not. */
export async function readableProgram(ctx: Context, id: string): Promise<ProgramEntity> {
  mayRead(ctx, id);
  const program = await programById(ctx).load(id);
  if (!program) throw notFound('programme', id);
  return program;
}

export async function phasesOf(ctx: Context, programId: string): Promise<Phase[]> {
  return (await rowsOfProgramme(ctx, programId)).timeline.phases.map(Phase.from);
}

async function milestonesOf(ctx: Context, phase: Phase): Promise<MilestoneEntity[]> {
  return (await rowsOfProgramme(ctx, phase.programId)).timeline.milestones.get(phase.id) ?? [];
}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program])
  async programs(@Ctx() ctx: Context): Promise<Program[]> {
    const actor = requireActor(ctx);
    const rows = await ctx.ds.getRepository(ProgramEntity).findBy({ id: actor.programId });
    return rows.map(Program.from);
  }

  @Query(() => Program, { nullable: true })
  async program(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Program> {
    mayRead(ctx, id);
    // A programme's pages (overview, dashboard, meetings, reviews) first bring this process up to
    // the log's head: what they read that every viewer sees alike is then shared at that position.
    await readAtLogHead(ctx);
    // Its units, plans, topics and timeline come with it: each page shows some of them.
    const programme = await programmeOf(ctx, id);
    if (!programme) throw notFound('programme', id);
    return Program.from(programme.program);
  }

  @Query(() => ClockInfo)
  clock(@Ctx() ctx: Context): ClockInfo {
    return { today: ctx.clock.today(), now: ctx.clock.now(), fixed: ctx.clock.fixed };
  }

  @FieldResolver(() => String, {
    description:
      'Where the event log stood when this query began: subscribe to programEvents after it and miss nothing. ' +
      'Ask for it first in the query.',
  })
  eventCursor(@Ctx() ctx: Context): string {
    return formatCursor(ctx.tailer.position);
  }

  @FieldResolver(() => [Phase])
  phases(@Root() program: Program, @Ctx() ctx: Context): Promise<Phase[]> {
    return phasesOf(ctx, program.id);
  }

  @FieldResolver(() => Phase, { nullable: true })
  async currentPhase(@Root() program: Program, @Ctx() ctx: Context): Promise<Phase | null> {
    return currentPhaseOf(await phasesOf(ctx, program.id), ctx.clock.today());
  }

  @FieldResolver(() => [Plan])
  async plans(@Root() program: Program, @Ctx() ctx: Context): Promise<Plan[]> {
    return (await rowsOfProgramme(ctx, program.id)).plans.map(Plan.from);
  }

  @FieldResolver(() => [ResearchTopic])
  async topics(@Root() program: Program, @Ctx() ctx: Context): Promise<ResearchTopic[]> {
    return (await rowsOfProgramme(ctx, program.id)).topics.map(ResearchTopic.from);
  }

  @FieldResolver(() => [Unit])
  units(@Root() program: Program, @Ctx() ctx: Context): Promise<Unit[]> {
    return programmeUnits(ctx, program.id);
  }

  @FieldResolver(() => [Person])
  async people(@Root() program: Program, @Ctx() ctx: Context): Promise<Person[]> {
    const rows = await ctx.ds
      .getRepository(PersonEntity)
      .find({ where: { programId: program.id }, order: { createdAt: 'ASC' } });
    return rows.map(Person.from);
  }
}

@Resolver(() => Phase)
export class PhaseResolver {
  @FieldResolver(() => [Milestone])
  async milestones(@Root() phase: Phase, @Ctx() ctx: Context): Promise<Milestone[]> {
    return (await milestonesOf(ctx, phase)).map(Milestone.from);
  }

  @FieldResolver(() => WorkStatusEnum)
  async status(@Root() phase: Phase, @Ctx() ctx: Context): Promise<WorkStatus> {
    return phaseStatus(phase, await milestonesOf(ctx, phase), ctx.clock.today());
  }

  @FieldResolver(() => Float, { description: 'Share of its milestones done, 0..1.' })
  async progress(@Root() phase: Phase, @Ctx() ctx: Context): Promise<number> {
    return phaseProgress(await milestonesOf(ctx, phase));
  }

  @FieldResolver(() => Gate)
  async gate(@Root() phase: Phase, @Ctx() ctx: Context): Promise<Gate> {
    const facts = await gateFactsOf(ctx, phase.programId);
    const conditions = gateConditions(phase.order, facts).map(GateCondition.from);
    return Object.assign(new Gate(), {
      met: conditions.every((c) => c.met),
      conditions,
      overriddenAt: phase.gateOverriddenAt,
      overriddenById: phase.gateOverriddenBy,
    });
  }
}

@Resolver(() => Gate)
export class GateResolver {
  @FieldResolver(() => Person, { nullable: true })
  overriddenBy(@Root() gate: Gate, @Ctx() ctx: Context): Promise<Person | null> | null {
    return gate.overriddenById ? personLoader(ctx).load(gate.overriddenById) : null;
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Phase)
  async phase(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Phase> {
    return Phase.from(await ctx.ds.getRepository(PhaseEntity).findOneByOrFail({ id: milestone.phaseId }));
  }

  @FieldResolver(() => Unit, { nullable: true })
  ownerUnit(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return milestone.ownerUnitId ? unitLoader(ctx).load(milestone.ownerUnitId) : null;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() milestone: Milestone, @Ctx() ctx: Context): boolean {
    return isOverdue(milestone, ctx.clock.today());
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change this milestone.' })
  canUpdate(@Root() milestone: Milestone, @Ctx() ctx: Context): boolean {
    return can(ctx.actor, 'milestone.update', {
      type: 'milestone',
      programId: milestone.programId,
      ownerUnitId: milestone.ownerUnitId,
    });
  }

  @Mutation(() => OverridePhaseGatePayload, {
    description: 'The working group moves on although the gate is not met; the dashboard says who did and when.',
  })
  async overridePhaseGate(
    @Arg('input', () => OverridePhaseGateInput) input: OverridePhaseGateInput,
    @Ctx() ctx: Context,
  ): Promise<OverridePhaseGatePayload> {
    const { phaseId } = await runMutation(ctx, 'overridePhaseGate', input.clientMutationId, async (scope) => {
      const phase = await scope.m
        .getRepository(PhaseEntity)
        .findOne({ where: { id: input.phaseId }, lock: { mode: 'pessimistic_write' } });
      if (!phase || phase.programId !== scope.actor.programId) throw notFound('phase', input.phaseId);
      authorize(
        ctx,
        'phase.override',
        { type: 'program', programId: phase.programId },
        { reason: 'GATE_OVERRIDE_WORKING_GROUP_ONLY', message: 'Only the working group may override a phase gate.' },
      );
      const overridden = !input.undo;
      await scope.m.getRepository(PhaseEntity).update(
        { id: phase.id },
        {
          gateOverriddenBy: overridden ? scope.actor.id : null,
          gateOverriddenAt: overridden ? ctx.clock.now() : null,
        },
      );
      await scope.emit({
        stream: streams.program(phase.programId),
        kind: 'phase.gateOverridden',
        subjectId: phase.id,
        summary: `${scope.actor.name} ${overridden ? '确认' : '撤销确认'}「${phase.name}」阶段可进入下一阶段${input.reason ? `：${input.reason}` : ''}`,
        payload: { overridden, reason: input.reason ?? null },
      });
      return { phaseId: phase.id };
    });
    return {
      phase: Phase.from(await ctx.ds.getRepository(PhaseEntity).findOneByOrFail({ id: phaseId })),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => UpdateMilestonePayload)
  async updateMilestone(
    @Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateMilestonePayload> {
    const { milestoneId } = await runMutation(ctx, 'updateMilestone', input.clientMutationId, async (scope) => {
      const milestone = await findMilestone(scope, input.milestoneId);
      authorize(
        ctx,
        'milestone.update',
        { type: 'milestone', programId: milestone.programId, ownerUnitId: milestone.ownerUnitId },
        {
          reason: 'MILESTONE_UPDATE_ROLE',
          message: 'Only the working group or a member of the owning unit may update this milestone.',
        },
      );
      await updateMilestone(scope, ctx.clock, milestone, input.status);
      return { milestoneId: milestone.id };
    });
    const milestone = await ctx.ds.getRepository(MilestoneEntity).findOneByOrFail({ id: milestoneId });
    return { milestone: Milestone.from(milestone), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => CreateMilestonePayload, {
    description: 'A new milestone in a phase, due within it: the working group and administrators.',
  })
  async createMilestone(
    @Arg('input', () => CreateMilestoneInput) input: CreateMilestoneInput,
    @Ctx() ctx: Context,
  ): Promise<CreateMilestonePayload> {
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'createMilestone',
      input.clientMutationId,
      async (scope) => {
        const milestone = await createMilestone(scope, input);
        return { receipt: { milestoneId: milestone.id }, answer: milestone };
      },
    );
    const milestone =
      answer ?? (await ctx.ds.getRepository(MilestoneEntity).findOneByOrFail({ id: receipt.milestoneId }));
    return { milestone: Milestone.from(milestone), clientMutationId: input.clientMutationId ?? null };
  }
}

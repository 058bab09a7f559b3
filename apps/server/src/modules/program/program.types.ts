import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WORK_STATUSES, type WorkStatus } from '../../domain.js';
import { WorkStatusEnum } from '../../graphql/enums.js';
import { Fact } from '../../graphql/fact.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { Condition } from './gate.js';
import type { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';

@ObjectType('Program', { implements: Node })
export class Program extends Node {
  @Field(() => String) name: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;

  static from(e: ProgramEntity): Program {
    return Object.assign(new Program(), { id: e.id, name: e.name, startsOn: e.startsOn, endsOn: e.endsOn });
  }
}

@ObjectType('GateCondition')
export class GateCondition {
  @Field(() => String, { description: 'A stable name for the condition, for clients to translate.' }) code: string;
  @Field(() => String, {
    description: 'The condition in Chinese (official documents; clients that do not know the code).',
  })
  label: string;
  @Field(() => Boolean) met: boolean;
  @Field(() => String, { nullable: true, description: 'What is still missing, in Chinese; null when nothing is.' })
  detail: string | null;
  @Field(() => [Fact], {
    description:
      'The values the condition and what it still misses are written from (total and done topics; each plan still ' +
      'missing as `plan`; for CONSULTATION_OPINIONS_DECIDED, `plan` then its `open` opinions, in pairs).',
  })
  facts: Fact[];

  static from(c: Condition): GateCondition {
    const facts = c.facts.map(([name, value]) => Object.assign(new Fact(), { name, value: String(value) }));
    return Object.assign(new GateCondition(), { ...c, facts });
  }
}

@ObjectType('Gate')
export class Gate {
  @Field(() => Boolean) met: boolean;
  @Field(() => [GateCondition]) conditions: GateCondition[];
  @Field(() => DateTimeScalar, { nullable: true }) overriddenAt: Date | null;
  overriddenById: string | null;
}

@ObjectType('Phase', { implements: Node })
export class Phase extends Node {
  @Field(() => Int) order: number;
  @Field(() => String) name: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;
  programId: string;
  gateOverriddenBy: string | null;
  gateOverriddenAt: Date | null;

  static from(e: PhaseEntity): Phase {
    return Object.assign(new Phase(), {
      id: e.id,
      order: e.order,
      name: e.name,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      programId: e.programId,
      gateOverriddenBy: e.gateOverriddenBy,
      gateOverriddenAt: e.gateOverriddenAt,
    });
  }
}

@ObjectType('Milestone', { implements: Node })
export class Milestone extends Node {
  @Field(() => String) title: string;
  @Field(() => DateScalar) dueOn: string;
  @Field(() => WorkStatusEnum) status: WorkStatus;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => Int, {
    description: 'Raised by every change to the milestone (its status too); editMilestone takes it as expectedVersion.',
  })
  version: number;
  programId: string;
  phaseId: string;
  ownerUnitId: string | null;

  static from(e: MilestoneEntity): Milestone {
    return Object.assign(new Milestone(), {
      id: e.id,
      title: e.title,
      dueOn: e.dueOn,
      status: e.status,
      completedAt: e.completedAt,
      version: e.version,
      programId: e.programId,
      phaseId: e.phaseId,
      ownerUnitId: e.ownerUnitId,
    });
  }
}

@ObjectType('Clock', { description: 'The programme clock: what today is for due dates and phases.' })
export class ClockInfo {
  @Field(() => DateScalar) today: string;
  @Field(() => DateTimeScalar) now: Date;
  @Field(() => Boolean, { description: 'True when the clock is set to a date rather than following the calendar.' })
  fixed: boolean;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a milestone id' }) milestoneId: string;
  @Field(() => WorkStatusEnum) @IsIn(WORK_STATUSES) status: WorkStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class UpdateMilestonePayload {
  @Field(() => Milestone) milestone: Milestone;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a phase id' }) phaseId: string;
  @Field(() => String) @MaxLength(200) title: string;
  @Field(() => DateScalar) dueOn: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a unit id' })
  ownerUnitId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class CreateMilestonePayload {
  @Field(() => Milestone) milestone: Milestone;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class OverridePhaseGateInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a phase id' }) phaseId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) reason?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Withdraw an earlier override.' }) @IsOptional() undo?:
    | boolean
    | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class OverridePhaseGatePayload {
  @Field(() => Phase) phase: Phase;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

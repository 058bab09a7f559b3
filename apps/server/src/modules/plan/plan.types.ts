import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { type DraftStage, PLAN_KINDS, type PlanKind } from '../../domain.js';
import { DraftStageEnum, PlanKindEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import type { PlanEntity } from './plan.entity.js';

@ObjectType('Plan', { implements: Node })
export class Plan extends Node {
  @Field(() => String) title: string;
  @Field(() => PlanKindEnum) kind: PlanKind;
  @Field(() => String, { nullable: true }) issuance: string | null;
  @Field(() => DraftStageEnum) stage: DraftStage;
  @Field(() => Int, { description: 'Raised by every edit of the plan; updatePlan takes it as expectedVersion.' })
  version: number;
  programId: string;
  leadUnitId: string;

  static from(e: PlanEntity): Plan {
    return Object.assign(new Plan(), {
      id: e.id,
      title: e.title,
      kind: e.kind,
      issuance: e.issuance,
      stage: e.stage,
      version: e.version,
      programId: e.programId,
      leadUnitId: e.leadUnitId,
    });
  }
}

@InputType()
export class CreatePlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a programme id' }) programId: string;
  @Field(() => String) @MaxLength(200) title: string;
  @Field(() => PlanKindEnum) @IsIn(PLAN_KINDS) kind: PlanKind;
  @Field(() => ID) @IsUUID('all', { message: 'must be a unit id' }) leadUnitId: string;
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be unit ids' })
  coUnitIds: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) issuance?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class CreatePlanPayload {
  @Field(() => Plan) plan: Plan;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a plan id' }) planId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a unit id' })
  leadUnitId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be unit ids' })
  coUnitIds?: string[] | null;
  @Field(() => String, { nullable: true, description: '印发形式; null clears it, leaving it out keeps it.' })
  @IsOptional()
  @MaxLength(200)
  issuance?: string | null;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class UpdatePlanPayload {
  @Field(() => Plan) plan: Plan;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

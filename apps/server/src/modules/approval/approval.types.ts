import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { APPROVAL_DECISIONS, APPROVAL_STEPS, type ApprovalDecision, type ApprovalStep } from '../../domain.js';
import { asEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Plan } from '../plan/index.js';
import type { ApprovalEntity, PlanIssuanceEntity } from './approval.entity.js';

export const ApprovalStepEnum = asEnum(APPROVAL_STEPS);
export const ApprovalDecisionEnum = asEnum(APPROVAL_DECISIONS);
registerEnumType(ApprovalStepEnum, { name: 'ApprovalStep' });
registerEnumType(ApprovalDecisionEnum, { name: 'ApprovalDecision' });

@ObjectType('Approval', { implements: Node, description: 'One step of a plan’s approval on one 送审稿.' })
export class Approval extends Node {
  @Field(() => ApprovalStepEnum) step: ApprovalStep;
  @Field(() => ApprovalDecisionEnum) decision: ApprovalDecision;
  @Field(() => String, { nullable: true }) opinion: string | null;
  @Field(() => DateTimeScalar) requestedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  @Field(() => Int) version: number;
  programId: string;
  planId: string;
  draftId: string;
  meetingId: string | null;
  requestedById: string;
  decidedById: string | null;

  static from(e: ApprovalEntity): Approval {
    return Object.assign(new Approval(), {
      id: e.id,
      step: e.step,
      decision: e.decision,
      opinion: e.opinion,
      requestedAt: e.requestedAt,
      decidedAt: e.decidedAt,
      version: e.version,
      programId: e.programId,
      planId: e.planId,
      draftId: e.draftId,
      meetingId: e.meetingId,
      requestedById: e.requestedBy,
      decidedById: e.decidedBy,
    });
  }
}

@ObjectType('Issuance', { description: 'How a plan was issued (印发) and filed (备案).' })
export class Issuance {
  @Field(() => String, { description: '文号, e.g. 浙应急〔2021〕12号.' }) docNumber: string;
  @Field(() => DateScalar) issuedOn: string;
  @Field(() => String) issuer: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it was filed with the DRC (备案).' })
  filedOn: string | null;
  draftId: string;

  static from(e: PlanIssuanceEntity): Issuance {
    return Object.assign(new Issuance(), {
      docNumber: e.docNumber,
      issuedOn: e.issuedOn,
      issuer: e.issuer,
      filedOn: e.filedOn,
      draftId: e.draftId,
    });
  }
}

@ObjectType('PlanPermissions', { description: 'What the signed-in person may do with a plan now.' })
export class PlanPermissions {
  @Field(() => Boolean, { description: 'Publish a new version (some stage is publishable now).' })
  publishDraft: boolean;
  @Field(() => Boolean, { description: 'Request the next step of approval of its newest 送审稿.' })
  requestApproval: boolean;
  @Field(() => Boolean, { description: 'Decide the step of approval now pending.' }) decideApproval: boolean;
  @Field(() => Boolean, { description: 'Record its issue (approved, not yet issued).' }) issue: boolean;
  @Field(() => Boolean, { description: 'Edit its title, units and issuance note.' }) edit: boolean;
}

@InputType()
export class RequestApprovalInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a draft id' }) draftId: string;
  @Field(() => ApprovalStepEnum) @IsIn(APPROVAL_STEPS) step: ApprovalStep;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class RequestApprovalPayload {
  @Field(() => Approval) approval: Approval;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

export const MAX_OPINION = 20_000;

@InputType()
export class DecideApprovalInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an approval id' }) approvalId: string;
  @Field(() => ApprovalDecisionEnum) @IsIn(APPROVAL_DECISIONS) decision: ApprovalDecision;
  @Field(() => String) @MaxLength(MAX_OPINION) opinion: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId?: string | null;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class DecideApprovalPayload {
  @Field(() => Approval) approval: Approval;
  @Field(() => Plan) plan: Plan;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class IssuePlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a draft id' }) draftId: string;
  // Lengths are checked by the service, so a refusal names its reason (DOC_NUMBER_FORMAT, …).
  @Field(() => String) docNumber: string;
  @Field(() => DateScalar) issuedOn: string;
  @Field(() => String) issuer: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class IssuePlanPayload {
  @Field(() => Plan) plan: Plan;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class RecordFilingInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a plan id' }) planId: string;
  @Field(() => DateScalar) filedOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class RecordFilingPayload {
  @Field(() => Plan) plan: Plan;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

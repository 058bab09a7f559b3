import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { type AssignmentStatus, REVIEW_VERDICTS, type ReviewVerdict } from '../../domain.js';
import { AssignmentStatusEnum, ReviewVerdictEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { ReviewAssignmentEntity } from './review.entity.js';

@ObjectType('Review')
export class Review {
  @Field(() => ReviewVerdictEnum) verdict: ReviewVerdict;
  @Field(() => Int, { description: '前瞻性, 1–5' }) foresight: number;
  @Field(() => Int, { description: '科学性, 1–5' }) scientific: number;
  @Field(() => Int, { description: '可操作性, 1–5' }) operability: number;
  @Field(() => String) summary: string;
  @Field(() => DateTimeScalar) submittedAt: Date;
  assignmentId: string;
}

@ObjectType('ReviewAssignment', { implements: Node })
export class ReviewAssignment extends Node {
  @Field(() => DateScalar) dueOn: string;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatus;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  programId: string;
  draftId: string;
  expertId: string;
  entity: ReviewAssignmentEntity;

  static from(e: ReviewAssignmentEntity): ReviewAssignment {
    return Object.assign(new ReviewAssignment(), {
      id: e.id,
      dueOn: e.dueOn,
      status: e.status,
      declineReason: e.declineReason,
      programId: e.programId,
      draftId: e.draftId,
      expertId: e.expertId,
      entity: e,
    });
  }
}

@ObjectType('ReviewAverages', { description: 'Average scores of the submitted reviews (null when none).' })
export class ReviewAverages {
  @Field(() => Float, { nullable: true }) foresight: number | null;
  @Field(() => Float, { nullable: true }) scientific: number | null;
  @Field(() => Float, { nullable: true }) operability: number | null;
  @Field(() => Int) submitted: number;
}

@ObjectType('ReviewBoard', { description: 'Every expert review of one draft, for the working group and leaders.' })
export class ReviewBoard {
  @Field(() => [ReviewAssignment]) assignments: ReviewAssignment[];
  @Field(() => ReviewAverages) averages: ReviewAverages;
  @Field(() => [ReviewAssignment]) overdue: ReviewAssignment[];
}

@InputType()
export class AssignReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a draft id' }) draftId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a person id' }) expertId: string;
  @Field(() => DateScalar) dueOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class AssignReviewPayload {
  @Field(() => ReviewAssignment) assignment: ReviewAssignment;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

const score = { message: 'must be a whole number from 1 to 5' };

@InputType()
export class SubmitReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a review assignment id' }) assignmentId: string;
  @Field(() => ReviewVerdictEnum) @IsIn(REVIEW_VERDICTS) verdict: ReviewVerdict;
  @Field(() => Int) @IsInt(score) @Min(1, score) @Max(5, score) foresight: number;
  @Field(() => Int) @IsInt(score) @Min(1, score) @Max(5, score) scientific: number;
  @Field(() => Int) @IsInt(score) @Min(1, score) @Max(5, score) operability: number;
  @Field(() => String) @MaxLength(20_000) summary: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class SubmitReviewPayload {
  @Field(() => ReviewAssignment) assignment: ReviewAssignment;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class RespondToReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a review assignment id' }) assignmentId: string;
  @Field(() => Boolean) @IsBoolean() accept: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) reason?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class RespondToReviewPayload {
  @Field(() => ReviewAssignment) assignment: ReviewAssignment;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

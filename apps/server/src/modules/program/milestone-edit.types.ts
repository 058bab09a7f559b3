import { IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { Milestone } from './program.types.js';

@InputType()
export class EditMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a milestone id' }) milestoneId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Within the milestone’s phase.' })
  @IsOptional()
  dueOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'null clears the owning unit, leaving it out keeps it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a unit id' })
  ownerUnitId?: string | null;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class EditMilestonePayload {
  @Field(() => Milestone) milestone: Milestone;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

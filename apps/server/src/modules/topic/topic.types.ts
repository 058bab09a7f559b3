import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WORK_STATUSES, type WorkStatus } from '../../domain.js';
import { WorkStatusEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { TopicEntity } from './topic.entity.js';

@ObjectType('ResearchTopic', { implements: Node })
export class ResearchTopic extends Node {
  @Field(() => Int) number: number;
  @Field(() => String) title: string;
  @Field(() => String) content: string;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => WorkStatusEnum) status: WorkStatus;
  @Field(() => String, { nullable: true }) progressNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => Int, {
    description: 'Raised by every change to the topic (its status too); editTopic takes it as expectedVersion.',
  })
  version: number;
  programId: string;
  leadUnitId: string;

  static from(e: TopicEntity): ResearchTopic {
    return Object.assign(new ResearchTopic(), {
      id: e.id,
      number: e.number,
      title: e.title,
      content: e.content,
      dueOn: e.dueOn,
      status: e.status,
      progressNote: e.progressNote,
      completedAt: e.completedAt,
      version: e.version,
      programId: e.programId,
      leadUnitId: e.leadUnitId,
    });
  }
}

@InputType()
export class UpdateTopicInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a research topic id' }) topicId: string;
  @Field(() => WorkStatusEnum) @IsIn(WORK_STATUSES) status: WorkStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) progressNote?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class UpdateTopicPayload {
  @Field(() => ResearchTopic) topic: ResearchTopic;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class CreateTopicInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a programme id' }) programId: string;
  @Field(() => String) @MaxLength(200) title: string;
  @Field(() => String) @MaxLength(4000) content: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a unit id' }) leadUnitId: string;
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be unit ids' })
  coUnitIds: string[];
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class CreateTopicPayload {
  @Field(() => ResearchTopic) topic: ResearchTopic;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class EditTopicInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a research topic id' }) topicId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) content?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a unit id' })
  leadUnitId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be unit ids' })
  coUnitIds?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'null clears the due date, leaving it out keeps it.' })
  @IsOptional()
  dueOn?: string | null;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class EditTopicPayload {
  @Field(() => ResearchTopic) topic: ResearchTopic;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Activity } from '../activity/index.js';
import type { ActionItemEntity, MeetingEntity } from '../meeting/index.js';
import type { MilestoneEntity } from '../program/index.js';
import type { TopicEntity } from '../topic/index.js';

@ObjectType()
export class CountByStatus {
  @Field(() => String) status: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A count for one plan (id).' })
export class CountById {
  @Field(() => ID) id: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Counts by status for one plan or unit (id).' })
export class GroupCounts {
  @Field(() => ID) id: string;
  @Field(() => [CountByStatus]) counts: CountByStatus[];
}

@ObjectType({ description: 'Average scores of the submitted reviews of one draft.' })
export class ReviewScores {
  @Field(() => ID) draftId: string;
  @Field(() => Float) foresight: number;
  @Field(() => Float) scientific: number;
  @Field(() => Float) operability: number;
  @Field(() => Int) submitted: number;
}

@ObjectType()
export class UnitLoad {
  @Field(() => Int, { description: 'Open threads the unit must answer.' }) openThreads: number;
  @Field(() => Int, { description: 'Its milestones, topics and action items past due.' }) overdueItems: number;
  unitId: string;
}

@ObjectType('Dashboard')
export class Dashboard {
  @Field(() => ID) programId: string;
  @Field(() => DateTimeScalar) asOf: Date;
  @Field(() => [CountByStatus]) plansByStage: CountByStatus[];
  @Field(() => [CountByStatus]) topicsByStatus: CountByStatus[];
  @Field(() => [CountByStatus]) threadsByStatus: CountByStatus[];
  @Field(() => [CountByStatus]) reviewsByStatus: CountByStatus[];
  @Field(() => [GroupCounts], { description: 'Threads by status, per plan (id = plan id).' })
  threadsByPlan: GroupCounts[];
  @Field(() => [GroupCounts], { description: 'Threads by status, per assigned unit (id = unit id).' })
  threadsByUnit: GroupCounts[];
  @Field(() => [GroupCounts], { description: 'Topics by status, per lead unit (id = unit id).' })
  topicsByUnit: GroupCounts[];
  @Field(() => [ReviewScores]) reviewScores: ReviewScores[];
  @Field(() => [UnitLoad]) unitLoad: UnitLoad[];
  @Field(() => Int, { description: 'Adopted opinions a newer version left unchanged (落实情况 未落实).' })
  adoptedNotReflected: number;
  @Field(() => [CountById], { description: 'The same, per plan (id = plan id), plans with none left out.' })
  adoptedNotReflectedByPlan: CountById[];
  /** What is past due, read with the figures (the `overdue*` fields show it). */
  overdueRows: {
    milestones: MilestoneEntity[];
    topics: TopicEntity[];
    actionItems: { item: ActionItemEntity; meeting: MeetingEntity }[];
  };
}

@ObjectType()
export class ProgramEvent {
  @Field(() => String) cursor: string;
  @Field(() => Activity) activity: Activity;
  @Field(() => Int, { description: 'How many events this push stands for (more than 1 when coalesced).' })
  coalesced: number;
  programId: string;
}

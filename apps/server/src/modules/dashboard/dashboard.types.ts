import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Activity } from '../activity/activity.types.js';

@ObjectType()
export class CountByStatus {
  @Field(() => String) status: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class UnitLoad {
  @Field(() => Int) openThreads: number;
  @Field(() => Int) overdueItems: number;
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
  @Field(() => [UnitLoad]) unitLoad: UnitLoad[];
  overdueMilestoneIds: string[];
}

@ObjectType()
export class ProgramEvent {
  @Field(() => String) cursor: string;
  @Field(() => Activity) activity: Activity;
  programId: string;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: '待我答复: an open opinion on a plan the reader’s unit leads.' })
export class TodoOpinion {
  @Field(() => ID) threadId: string;
  @Field(() => ID, { description: 'The newest version that shows the thread.' }) draftId: string;
  @Field(() => String) plan: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'The passage; null for an opinion on the whole text.' })
  quote: string | null;
  @Field(() => String, { description: 'The opinion’s first words.' }) excerpt: string;
  @Field(() => String, { description: 'Who raised it (a name, or the outside person a recorder named).' })
  author: string;
  @Field(() => DateTimeScalar) at: Date;
}

@ObjectType({ description: '待我评审: a review the reader was invited to or accepted and has not submitted.' })
export class TodoReview {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) draftId: string;
  @Field(() => String) plan: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'INVITED or ACCEPTED.' }) status: string;
  @Field(() => DateScalar) dueOn: string;
}

@ObjectType({ description: '待我处理: a meeting’s action item the reader’s unit owns, not done.' })
export class TodoActionItem {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => String) meeting: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'WorkStatus: PLANNED, IN_PROGRESS or BLOCKED.' }) status: string;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
}

@ObjectType({ description: '待我处理: an approval waiting for a decision the reader may record now.' })
export class TodoApproval {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field(() => String) plan: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'ApprovalStep.' }) step: string;
  @Field(() => DateTimeScalar) requestedAt: Date;
}

@ObjectType({ description: 'What waits for the signed-in person, newest or soonest due first.' })
export class Todo {
  @Field(() => [TodoOpinion]) answer: TodoOpinion[];
  @Field(() => [TodoReview]) review: TodoReview[];
  @Field(() => [TodoActionItem]) actionItems: TodoActionItem[];
  @Field(() => [TodoApproval]) approvals: TodoApproval[];
}

import { ArrayMaxSize, IsDate, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  MEETING_KINDS,
  MEETING_VERDICTS,
  type MeetingKind,
  type MeetingVerdict,
  WORK_STATUSES,
  type WorkStatus,
} from '../../domain.js';
import { MeetingKindEnum, WorkStatusEnum } from '../../graphql/enums.js';
import { Node, PageInfo } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { ActionItemEntity, MeetingEntity } from './meeting.entity.js';
import { conclusionOfRow, MAX_CONCLUSION } from './meeting-conclusion.js';

export const MAX_MINUTES = 500_000;

export const MeetingVerdictEnum = Object.fromEntries(MEETING_VERDICTS.map((v) => [v, v])) as {
  [K in MeetingVerdict]: K;
};
registerEnumType(MeetingVerdictEnum, { name: 'MeetingVerdict' });

@ObjectType('MeetingConclusion', {
  description: 'What a 专家论证会 or 领导小组会议 concluded; recording it again replaces it (the log keeps the old).',
})
export class MeetingConclusion {
  @Field(() => MeetingVerdictEnum) verdict: MeetingVerdict;
  @Field(() => String) text: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
  recordedById: string;
}

@ObjectType('Meeting', { implements: Node })
export class Meeting extends Node {
  @Field(() => MeetingKindEnum) kind: MeetingKind;
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) startsAt: Date;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => [String], { description: 'Outside attendees as text, e.g. 人大代表 ×3.' }) externalAttendees: string[];
  @Field(() => String, { nullable: true }) agenda: string | null;
  @Field(() => String, { description: 'Markdown' }) minutes: string;
  @Field(() => Int) minutesVersion: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the minutes were last saved.' })
  minutesEditedAt: Date | null;
  @Field(() => MeetingConclusion, {
    nullable: true,
    description: 'For an expert review or leading group meeting that has taken place: its recorded conclusion.',
  })
  conclusion: MeetingConclusion | null;
  programId: string;
  hostUnitId: string;
  minutesEditedById: string | null;

  static from(e: MeetingEntity): Meeting {
    const conclusion = conclusionOfRow(e);
    return Object.assign(new Meeting(), {
      id: e.id,
      kind: e.kind,
      title: e.title,
      startsAt: e.startsAt,
      location: e.location,
      externalAttendees: e.externalAttendees,
      agenda: e.agenda,
      minutes: e.minutes,
      minutesVersion: e.minutesVersion,
      minutesEditedAt: e.minutesEditedAt,
      programId: e.programId,
      hostUnitId: e.hostUnitId,
      minutesEditedById: e.minutesEditedBy,
      conclusion: conclusion && Object.assign(new MeetingConclusion(), conclusion),
    });
  }
}

@ObjectType('ActionItem', { implements: Node })
export class ActionItem extends Node {
  @Field(() => String) title: string;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => WorkStatusEnum) status: WorkStatus;
  meetingId: string;
  ownerUnitId: string;
  programId: string;

  static from(e: ActionItemEntity): ActionItem {
    return Object.assign(new ActionItem(), {
      id: e.id,
      title: e.title,
      dueOn: e.dueOn,
      status: e.status,
      meetingId: e.meetingId,
      ownerUnitId: e.ownerUnitId,
      programId: e.programId,
    });
  }
}

@ObjectType()
export class MeetingEdge {
  @Field(() => String) cursor: string;
  @Field(() => Meeting) node: Meeting;
}

@ObjectType()
export class MeetingConnection {
  @Field(() => [MeetingEdge]) edges: MeetingEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType({ description: 'Narrows Program.meetings.' })
export class MeetingFilter {
  @Field(() => [MeetingKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(MEETING_KINDS, { each: true })
  kinds?: MeetingKind[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') planId?: string;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() to?: Date;
}

const text = (max: number) => MaxLength(max);

@InputType()
export class LogMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a programme id' }) programId: string;
  @Field(() => MeetingKindEnum) @IsIn(MEETING_KINDS) kind: MeetingKind;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @text(200) title: string;
  @Field(() => DateTimeScalar) @IsDate() startsAt: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @text(200) location?: string | null;
  @Field(() => ID) @IsUUID('all', { message: 'must be a unit id' }) hostUnitId: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) planIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) @IsUUID('all', { each: true }) attendeeIds?:
    | string[]
    | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(200, { each: true })
  externalAttendees?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @text(20_000) agenda?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class LogMeetingPayload {
  @Field(() => Meeting) meeting: Meeting;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType({ description: 'Changes a meeting’s details; fields left out stay as they are.' })
export class UpdateMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => MeetingKindEnum, { nullable: true }) @IsOptional() @IsIn(MEETING_KINDS) kind?: MeetingKind;
  @Field(() => String, { nullable: true }) @IsOptional() @MinLength(1) @text(200) title?: string;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @text(200) location?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') hostUnitId?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) planIds?: string[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  attendeeIds?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(200, { each: true })
  externalAttendees?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @text(20_000) agenda?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class UpdateMeetingPayload {
  @Field(() => Meeting) meeting: Meeting;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class EditMinutesInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => String) @MaxLength(MAX_MINUTES) minutes: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class EditMinutesPayload {
  @Field(() => Meeting) meeting: Meeting;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @text(500) title: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a unit id' }) ownerUnitId: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class AddActionItemPayload {
  @Field(() => ActionItem) actionItem: ActionItem;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an action item id' }) actionItemId: string;
  @Field(() => WorkStatusEnum) @IsIn(WORK_STATUSES) status: WorkStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class RecordConclusionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => MeetingVerdictEnum) @IsIn(MEETING_VERDICTS) verdict: MeetingVerdict;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @text(MAX_CONCLUSION) text: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class RecordConclusionPayload {
  @Field(() => Meeting) meeting: Meeting;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType()
export class UpdateActionItemPayload {
  @Field(() => ActionItem) actionItem: ActionItem;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

export const MEETING_EVENT_KINDS = {
  'meeting.logged': 'UPDATED',
  'meeting.updated': 'UPDATED',
  'meeting.minutes': 'MINUTES_EDITED',
  'meeting.actionItem': 'ACTION_ITEM_CHANGED',
  'meeting.opinion': 'OPINION_RECORDED',
  'meeting.conclusion': 'CONCLUSION_RECORDED',
} as const;
type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[keyof typeof MEETING_EVENT_KINDS];
const MeetingEventKindEnum = {
  UPDATED: 'UPDATED',
  MINUTES_EDITED: 'MINUTES_EDITED',
  ACTION_ITEM_CHANGED: 'ACTION_ITEM_CHANGED',
  OPINION_RECORDED: 'OPINION_RECORDED',
  CONCLUSION_RECORDED: 'CONCLUSION_RECORDED',
} as const;
registerEnumType(MeetingEventKindEnum, { name: 'MeetingEventKind' });

@ObjectType()
export class MeetingEvent {
  @Field(() => String) cursor: string;
  @Field(() => MeetingEventKindEnum) kind: MeetingEventKind;
  @Field(() => Int, { nullable: true, description: 'For MINUTES_EDITED: the version the save produced.' })
  minutesVersion: number | null;
  meetingId: string;
  editedById: string | null;
}

@ObjectType('MeetingPermissions', {
  description: 'What the signed-in person may do with a meeting now, asked of the policy.',
})
export class MeetingPermissions {
  @Field(() => Boolean, { description: 'Change its details.' }) edit: boolean;
  @Field(() => Boolean, { description: 'Save its minutes.' }) editMinutes: boolean;
  @Field(() => Boolean) addActionItem: boolean;
  @Field(() => Boolean, {
    description:
      'Record an opinion raised in it, in someone’s name, on a draft of a plan it concerned that is open for comments.',
  })
  recordOpinion: boolean;
  @Field(() => Boolean, {
    description: 'Record the conclusion of an expert review or leading group meeting (once it has taken place).',
  })
  recordConclusion: boolean;
}

@ObjectType({ description: 'What the signed-in person may do with an action item now, asked of the policy.' })
export class ActionItemPermissions {
  @Field(() => Boolean, { description: 'Change its status (updateActionItem).' }) update: boolean;
}

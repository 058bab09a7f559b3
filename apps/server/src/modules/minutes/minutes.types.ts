import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class PushMinutesUpdateInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => String, { description: 'A Yjs update of the minutes’ document, base64 (at most 256 KB decoded).' })
  update: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class PushMinutesUpdatePayload {
  @Field(() => ID) meetingId: string;
  @Field(() => Int, { description: 'The minutes’ version after this update (Meeting.minutesVersion).' })
  minutesVersion: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType({ description: 'A change to a meeting’s live minutes, or their whole document to start from.' })
export class MinutesUpdate {
  @Field(() => ID) meetingId: string;
  @Field(() => String, { description: 'Resume after this (minutesUpdates `after`) to miss nothing.' })
  cursor: string;
  @Field(() => String, {
    description: 'A Yjs update, base64: apply it to the Y.Doc whose Y.Text "minutes" is the text.',
  })
  update: string;
  @Field(() => Boolean, { description: 'The whole document as it stood at `cursor`, sent first when not resuming.' })
  whole: boolean;
}

@InputType()
export class RelayMinutesAwarenessInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a meeting id' }) meetingId: string;
  @Field(() => String, { description: 'A Yjs awareness update (y-protocols), base64: the sender’s cursor and colour.' })
  @MaxLength(4000)
  update: string;
}

@ObjectType()
export class MeetingViewer {
  personId: string;
  @Field(() => Float, { nullable: true, description: 'The Yjs client of their page (awareness), if it said.' })
  clientId: number | null;
}

@ObjectType({
  description:
    'The meeting page’s room: who has it open (viewers), or an awareness update of a live editor (awareness); one of the two.',
})
export class MeetingPresence {
  @Field(() => ID) meetingId: string;
  @Field(() => [MeetingViewer], { nullable: true }) viewers: MeetingViewer[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'A Yjs awareness update, base64, names as the server knows them.',
  })
  awareness: string | null;
}

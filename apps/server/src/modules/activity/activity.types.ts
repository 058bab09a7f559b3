import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { LoggedEvent } from '../../realtime/event-log.js';

/** An entry of the activity feed: every event of the log, as a person reads it. */
@ObjectType('Activity', { implements: Node })
export class Activity extends Node {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) summary: string;
  @Field(() => ID) subjectId: string;
  @Field(() => String, { description: 'What happened, e.g. milestone.updated.' }) kind: string;
  actorId: string | null;
  programId: string;
  /** The event's stored payload when the reader has it at hand (a live event); read by id otherwise. */
  payload?: Record<string, unknown>;

  static from(
    e: Pick<LoggedEvent, 'id' | 'at' | 'summary' | 'subjectId' | 'kind' | 'actorId' | 'programId'> &
      Partial<Pick<LoggedEvent, 'payload'>>,
  ): Activity {
    return Object.assign(new Activity(), {
      id: e.id,
      at: e.at,
      summary: e.summary,
      subjectId: e.subjectId,
      kind: e.kind,
      actorId: e.actorId,
      programId: e.programId,
      payload: e.payload,
    });
  }
}

import { Repeater } from '@repeaterjs/repeater';
import { Arg, Ctx, ID, Mutation, Resolver, Root, type SubscribeResolverData, Subscription } from 'type-graphql';
import * as Y from 'yjs';
import { canReadEvent } from '../../auth/visibility.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { formatCursor } from '../../realtime/cursor.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, replayableCursor } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { minutesDocOf, readableMeeting } from '../meeting/index.js';
import { pushMinutesUpdate } from './minutes.service.js';
import { MinutesUpdate, PushMinutesUpdateInput, PushMinutesUpdatePayload } from './minutes.types.js';

/** The update an event carries to the live minutes, if it carries one. */
function updateOf(e: LoggedEvent): string | null {
  if (e.kind === 'minutes.typed' || e.kind === 'meeting.minutes') {
    return typeof e.payload.update === 'string' && e.payload.update.length > 0 ? e.payload.update : null;
  }
  return null;
}

@Resolver(() => MinutesUpdate)
export class MinutesResolver {
  @Mutation(() => PushMinutesUpdatePayload, {
    description: 'Merges typing into the live minutes (a Yjs update); every other editor receives it (minutesUpdates).',
  })
  async pushMinutesUpdate(
    @Arg('input', () => PushMinutesUpdateInput) input: PushMinutesUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<PushMinutesUpdatePayload> {
    const done = await runMutation(ctx, 'pushMinutesUpdate', input.clientMutationId, (scope) =>
      pushMinutesUpdate(scope, input.meetingId, input.update),
    );
    return { ...done, clientMutationId: input.clientMutationId ?? null };
  }

  @Subscription(() => MinutesUpdate, {
    description:
      'The live minutes of a meeting: first their whole document (or, resuming, every update after `after`), then each update as it is made — typing (pushMinutesUpdate) and saves (editMinutes) alike.',
    subscribe: async ({
      args,
      context,
    }: SubscribeResolverData<unknown, { meetingId: string; after?: string | null }, Context>) => {
      const meeting = await readableMeeting(context, args.meetingId);
      const resumeFrom = await replayableCursor(context.ds, args.after);
      const { ds, tailer, actor } = context;
      // Not resuming: the document as it stands, at least up to the tailer's position, and the
      // updates after that position. An update both in the document and after it is applied
      // twice, which changes nothing in Yjs; none is missed.
      const from = resumeFrom ?? tailer.position;
      let whole: MinutesUpdate | null = null;
      if (!resumeFrom) {
        const [row] = await ds.query(
          'SELECT m.minutes, d.state FROM meeting m LEFT JOIN meeting_minutes_doc d ON d.meeting_id = m.id WHERE m.id = $1',
          [meeting.id],
        );
        const doc = minutesDocOf({ minutes: row?.minutes ?? '' }, row?.state ?? null);
        whole = Object.assign(new MinutesUpdate(), {
          meetingId: meeting.id,
          cursor: formatCursor(from),
          update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
          whole: true,
        });
      }
      const source = liveEvents(ds, tailer, {
        after: from,
        programId: meeting.programId,
        stream: streams.meeting(meeting.id),
        accept: (e) => updateOf(e) !== null && canReadEvent(ds.manager, actor, e, context.clock.today()),
      });
      return new Repeater<MinutesUpdate>(async (push, stop) => {
        if (whole) await push(whole);
        const events = source[Symbol.asyncIterator]();
        stop.then(() => void events.return?.());
        for (;;) {
          const next = await Promise.race([events.next(), stop.then(() => null)]);
          if (!next || next.done) break;
          await push(
            Object.assign(new MinutesUpdate(), {
              meetingId: meeting.id,
              cursor: next.value.cursor,
              update: updateOf(next.value) ?? '',
              whole: false,
            }),
          );
        }
        stop();
      });
    },
  })
  minutesUpdates(
    @Root() u: MinutesUpdate,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): MinutesUpdate {
    return u;
  }
}

import { Repeater } from '@repeaterjs/repeater';
import {
  Arg,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { readableMeeting } from '../meeting/index.js';
import { Person, personLoader } from '../person/index.js';
import { decodeAwareness, encodeAwareness } from './awareness-update.js';
import type { RoomSignal } from './meeting-room.js';
import { MeetingPresence, MeetingViewer, RelayMinutesAwarenessInput } from './minutes.types.js';

// A live editor's colour, the same for a person on every screen.
const COLOURS = ['#1f6feb', '#2e8b57', '#c2410c', '#8e5bd6', '#b7791f', '#0e7490', '#be185d', '#4d7c0f'];
export function colourOf(personId: string): string {
  let h = 0;
  for (const ch of personId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[h % COLOURS.length] as string;
}

const badAwareness = (why: string) =>
  badInput('input.update', { reason: 'MINUTES_UPDATE_INVALID', message: `is not an awareness update: ${why}.` });

@Resolver(() => MeetingPresence)
export class MeetingRoomResolver {
  @Subscription(() => MeetingPresence, {
    description:
      'The meeting page’s room: who has it open now, then again whenever someone arrives or leaves, and the live editors’ cursors (awareness) as they move. `clientId`: this page’s Yjs client.',
    subscribe: async ({
      args,
      context,
    }: SubscribeResolverData<unknown, { meetingId: string; clientId?: number | null }, Context>) => {
      const actor = requireActor(context);
      const meeting = await readableMeeting(context, args.meetingId);
      const rooms = context.meetingRooms;
      const clientId =
        typeof args.clientId === 'number' && Number.isSafeInteger(args.clientId) && args.clientId >= 0
          ? args.clientId
          : null;
      return new Repeater<MeetingPresence>(async (push, stop) => {
        // Presence signals come in bursts: one read at a time, and only a changed list goes out.
        // Awareness updates go out as they come, in order.
        let dirty = true;
        let stopped = false;
        const cursors: string[] = [];
        let wake = () => {};
        const unwatch = rooms.watch(meeting.id, (signal: RoomSignal) => {
          if (signal.kind === 'presence') dirty = true;
          else cursors.push(signal.update);
          wake();
        });
        const connectionId = await rooms.join(meeting.id, actor.id, clientId);
        stop.then(() => {
          stopped = true;
          unwatch();
          wake();
          void rooms.leave(connectionId).catch(() => {});
        });
        let sent: string | null = null;
        while (!stopped) {
          const awareness = cursors.shift();
          if (awareness !== undefined) {
            await push({ meetingId: meeting.id, viewers: null, awareness });
            continue;
          }
          if (!dirty) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          dirty = false;
          const viewers = await rooms.viewers(meeting.id);
          const key = JSON.stringify(viewers);
          if (key === sent) continue;
          sent = key;
          await push({
            meetingId: meeting.id,
            viewers: viewers.map((v) => Object.assign(new MeetingViewer(), v)),
            awareness: null,
          });
        }
      });
    },
  })
  meetingPresence(
    @Root() e: MeetingPresence,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('clientId', () => Float, { nullable: true }) _clientId: number | null,
  ): MeetingPresence {
    return Object.assign(new MeetingPresence(), e);
  }

  @Mutation(() => Boolean, {
    description:
      'Tells everyone with the meeting open where this editor’s cursor is (a Yjs awareness update); not kept. The name shown is the sender’s own.',
  })
  async relayMinutesAwareness(
    @Arg('input', () => RelayMinutesAwarenessInput) input: RelayMinutesAwarenessInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const actor = requireActor(ctx);
    const meeting = await readableMeeting(ctx, input.meetingId);
    let entries: ReturnType<typeof decodeAwareness>;
    try {
      entries = decodeAwareness(new Uint8Array(Buffer.from(input.update, 'base64')));
    } catch (err) {
      throw badAwareness(err instanceof Error ? err.message : 'does not decode');
    }
    // Whatever name the page put in its state, the others see the sender's own, in their colour.
    const named = entries.map((e) =>
      e.state === null
        ? e
        : { ...e, state: { ...e.state, user: { id: actor.id, name: actor.name, color: colourOf(actor.id) } } },
    );
    const update = Buffer.from(encodeAwareness(named)).toString('base64');
    // A NOTIFY payload holds under 8,000 bytes.
    if (update.length > 7000) throw badAwareness('too large');
    await ctx.meetingRooms.relay(meeting.id, update);
    return true;
  }
}

@Resolver(() => MeetingViewer)
export class MeetingViewerResolver {
  @FieldResolver(() => Person)
  async person(@Root() v: MeetingViewer, @Ctx() ctx: Context): Promise<Person> {
    return (await personLoader(ctx).load(v.personId)) as Person;
  }
}

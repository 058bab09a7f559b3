import { Repeater } from '@repeaterjs/repeater';
import type { SubscribeResolverData } from 'type-graphql';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import type { Context } from '../../graphql/context.js';
import { liveEvents } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { readableDraft } from '../draft/draft.resolver.js';
import { Person } from '../person/person.types.js';

@ObjectType()
export class PresenceEvent {
  @Field(() => ID) draftId: string;
  viewerIds: string[];
}

@Resolver(() => PresenceEvent)
export class PresenceResolver {
  @Subscription(() => PresenceEvent, {
    description: 'Who has the draft open: the list now, then again whenever someone arrives or leaves.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { draftId: string }, Context>) => {
      const actor = requireActor(context);
      const draft = await readableDraft(context, args.draftId);
      const { ds, tailer, presence } = context;
      const stream = streams.draft(draft.id);
      const changes = liveEvents(ds, tailer, {
        after: null,
        programId: draft.programId,
        accept: (e) => e.stream === stream && e.kind === 'presence.changed',
      });
      const snapshot = async () => ({ draftId: draft.id, viewerIds: await presence.viewers(ds.manager, draft.id) });
      return new Repeater<PresenceEvent>(async (push, stop) => {
        const connectionId = await presence.join(draft.id, draft.programId, actor.id);
        const iterator = changes[Symbol.asyncIterator]();
        stop.then(() => {
          void iterator.return?.();
          void presence.leave(connectionId);
        });
        await push(await snapshot());
        for (;;) {
          const next = await Promise.race([iterator.next(), stop.then(() => null)]);
          if (!next || next.done) break;
          await push(await snapshot());
        }
      });
    },
  })
  presence(@Root() e: PresenceEvent, @Arg('draftId', () => ID) _draftId: string): PresenceEvent {
    return Object.assign(new PresenceEvent(), e);
  }

  @FieldResolver(() => [Person])
  async viewers(@Root() e: PresenceEvent, @Ctx() ctx: Context): Promise<Person[]> {
    const people = await ctx.loaders.person.loadMany(e.viewerIds);
    return people.filter((p): p is Person => p instanceof Person);
  }
}

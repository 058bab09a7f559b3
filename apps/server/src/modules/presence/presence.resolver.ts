import { Repeater } from '@repeaterjs/repeater';
import type { SubscribeResolverData } from 'type-graphql';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import type { Context } from '../../graphql/context.js';
import { readableDraft } from '../draft/index.js';
import { Person, personLoader } from '../person/index.js';

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
      const { ds, presence } = context;
      return new Repeater<PresenceEvent>(async (push, stop) => {
        // Signals come in bursts, and twice over after a reconnect (see PresenceKeeper): one read
        // at a time, and only a list that differs from the last one sent goes out.
        let dirty = true;
        let stopped = false;
        let wake = () => {};
        const unwatch = presence.watch(draft.id, () => {
          dirty = true;
          wake();
        });
        const connectionId = await presence.join(draft.id, actor.id);
        stop.then(() => {
          stopped = true;
          unwatch();
          wake();
          void presence.leave(connectionId);
        });
        let sent: string | null = null;
        while (!stopped) {
          if (!dirty) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          dirty = false;
          const viewerIds = await presence.viewers(ds.manager, draft.id);
          if (viewerIds.join() === sent) continue;
          sent = viewerIds.join();
          await push({ draftId: draft.id, viewerIds });
        }
      });
    },
  })
  presence(@Root() e: PresenceEvent, @Arg('draftId', () => ID) _draftId: string): PresenceEvent {
    return Object.assign(new PresenceEvent(), e);
  }

  @FieldResolver(() => [Person])
  async viewers(@Root() e: PresenceEvent, @Ctx() ctx: Context): Promise<Person[]> {
    const people = await personLoader(ctx).loadMany(e.viewerIds);
    return people.filter((p): p is Person => p instanceof Person);
  }
}

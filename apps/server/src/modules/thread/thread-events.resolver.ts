import type { SubscribeResolverData } from 'type-graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
  registerEnumType,
  Subscription,
} from 'type-graphql';
import { canReadEvent } from '../../auth/visibility.js';
import type { Context } from '../../graphql/context.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, replayableCursor } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { readableDraft } from '../draft/index.js';
import { CommentEntity, ThreadEntity } from './thread.entity.js';
import { Comment, Thread } from './thread.types.js';

const KINDS = {
  'thread.started': 'STARTED',
  'thread.replied': 'REPLIED',
  'thread.edited': 'EDITED',
  'thread.disposed': 'DISPOSED',
  'thread.reanchored': 'REANCHORED',
  'thread.adoption-checked': 'ADOPTION_CHECKED',
  'thread.adoption-confirmed': 'ADOPTION_CONFIRMED',
} as const;
type Kind = (typeof KINDS)[keyof typeof KINDS];
const ThreadEventKind = Object.fromEntries(Object.values(KINDS).map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(ThreadEventKind, { name: 'ThreadEventKind' });

@ObjectType()
export class ThreadEvent {
  @Field(() => String) cursor: string;
  @Field(() => ThreadEventKind) kind: Kind;
  threadId: string;
  commentId: string | null;
}

interface Args {
  draftId: string;
  after?: string | null;
}

@Resolver(() => ThreadEvent)
export class ThreadEventResolver {
  @Subscription(() => ThreadEvent, {
    description: 'Everything that happens to the threads of one draft: replays after `after`, then live.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const draft = await readableDraft(context, args.draftId);
      const after = await replayableCursor(context.ds, args.after);
      const stream = streams.draft(draft.id);
      const actor = context.actor;
      return liveEvents(context.ds, context.tailer, {
        after,
        programId: draft.programId,
        stream,
        // Asked again for every event: the person may have lost access, and an event about a
        // sealed review thread is delivered only to those who may see it.
        accept: (e) => e.kind in KINDS && canReadEvent(context.ds.manager, actor, e, context.clock.today()),
      });
    },
  })
  threadEvents(
    @Root() e: LoggedEvent,
    @Arg('draftId', () => ID) _draftId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): ThreadEvent {
    return Object.assign(new ThreadEvent(), {
      cursor: e.cursor,
      kind: KINDS[e.kind as keyof typeof KINDS],
      threadId: ('threadId' in e.payload ? e.payload.threadId : undefined) ?? e.subjectId,
      commentId: ('commentId' in e.payload ? e.payload.commentId : undefined) ?? null,
    });
  }

  @FieldResolver(() => Thread)
  async thread(@Root() e: ThreadEvent, @Ctx() ctx: Context): Promise<Thread> {
    return Thread.from(await ctx.ds.getRepository(ThreadEntity).findOneByOrFail({ id: e.threadId }));
  }

  @FieldResolver(() => Comment, { nullable: true })
  async comment(@Root() e: ThreadEvent, @Ctx() ctx: Context): Promise<Comment | null> {
    if (!e.commentId) return null;
    const c = await ctx.ds.getRepository(CommentEntity).findOneBy({ id: e.commentId });
    return c ? Comment.from(c) : null;
  }
}

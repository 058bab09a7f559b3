import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import type { SubscribeResolverData } from 'type-graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { In, IsNull } from 'typeorm';
import { requireActor } from '../../auth/authorize.js';
import type { Actor } from '../../auth/policy.js';
import { canReadEvent, visibleSealCondition } from '../../auth/visibility.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, replayableCursor } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { NotificationEntity } from './notification.entity.js';

@ObjectType('Notification', { implements: Node })
export class Notification extends Node {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) kind: string;
  @Field(() => String) summary: string;
  @Field(() => ID) subjectId: string;
  @Field(() => Boolean) read: boolean;

  entity: NotificationEntity;

  static from(e: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      entity: e,
      id: e.id,
      at: e.createdAt,
      kind: e.kind,
      summary: e.summary,
      subjectId: e.subjectId,
      read: e.readAt !== null,
    });
  }
}

@ObjectType()
export class NotificationEvent {
  @Field(() => String) cursor: string;
  notificationId: string;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID])
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be notification ids' })
  ids: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many are still unread.' }) unread: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

/** The reader's notices they may read now: a notice about a sealed review thread waits for its seal to open. */
function inbox(ctx: Context, actor: Actor) {
  const visible = visibleSealCondition('n.sealed_by', actor, ctx.clock.today());
  return ctx.ds
    .getRepository(NotificationEntity)
    .createQueryBuilder('n')
    .where('n.person_id = :personId', { personId: actor.id })
    .andWhere(visible.sql, visible.params);
}

async function unreadCount(ctx: Context, actor: Actor): Promise<number> {
  return inbox(ctx, actor).andWhere('n.read_at IS NULL').getCount();
}

@Resolver(() => Notification)
export class NotificationResolver {
  // Read only through the inbox and the notice stream, which apply the notice's seal.
  @Query(() => [Notification], { description: 'The signed-in person’s inbox, newest first.' })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Notification[]> {
    const actor = requireActor(ctx);
    const q = inbox(ctx, actor);
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    const rows = await q
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(Math.min(Math.max(first ?? 50, 1), 200))
      .getMany();
    return rows.map(Notification.from);
  }

  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkNotificationsReadPayload> {
    const actor = requireActor(ctx);
    await runMutation(ctx, 'markNotificationsRead', input.clientMutationId, async (scope) => {
      // Only one's own: ids of other people's notifications are ignored, not revealed.
      const result = await scope.m
        .getRepository(NotificationEntity)
        .update({ id: In(input.ids), personId: actor.id, readAt: IsNull() }, { readAt: ctx.clock.now() });
      if (result.affected) {
        await scope.emit({
          stream: streams.person(actor.id),
          kind: 'notification.read',
          subjectId: actor.id,
          summary: '',
        });
      }
      return { marked: result.affected ?? 0 };
    });
    return { unread: await unreadCount(ctx, actor), clientMutationId: input.clientMutationId ?? null };
  }

  @Subscription(() => NotificationEvent, {
    description: 'New notifications for the signed-in person: replays after `after`, then live.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => {
      const actor = requireActor(context);
      const after = await replayableCursor(context.ds, args.after);
      const stream = streams.person(actor.id);
      return liveEvents(context.ds, context.tailer, {
        after,
        programId: actor.programId,
        stream,
        accept: (e) =>
          e.kind === 'notification.created' && canReadEvent(context.ds.manager, actor, e, context.clock.today()),
      });
    },
  })
  notificationEvents(
    @Root() e: LoggedEvent,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): NotificationEvent {
    return Object.assign(new NotificationEvent(), { cursor: e.cursor, notificationId: e.subjectId });
  }
}

@Resolver(() => NotificationEvent)
export class NotificationEventResolver {
  @FieldResolver(() => Notification)
  async notification(@Root() e: NotificationEvent, @Ctx() ctx: Context): Promise<Notification> {
    return Notification.from(await ctx.ds.getRepository(NotificationEntity).findOneByOrFail({ id: e.notificationId }));
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Fact } from '../../graphql/fact.js';
import type { EventKind } from '../../realtime/streams.js';
import { Notification } from '../notification/index.js';
import { Person, PersonEntity } from '../person/index.js';
import { Activity } from './activity.types.js';
import { eventFacts } from './activity-facts.js';
import { eventPayloads, rowsById } from './fact-loaders.js';
import { notificationFacts } from './notification-facts.js';
import { NoticeLink, notificationLink } from './notification-link.js';

@Resolver(() => Activity)
export class ActivityResolver {
  // Read with the facts' rows (the actor's name is one of them): one statement for both.
  @FieldResolver(() => Person, { nullable: true })
  async actor(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Person | null> {
    const row = activity.actorId ? await rowsById(ctx, PersonEntity).load(activity.actorId) : null;
    return row && Person.from(row);
  }

  // Every path that hands out an Activity has already applied the event's seal (visibility.ts):
  // facts come from the same event and its subject, so they show nothing the summary may not.
  @FieldResolver(() => [Fact], { description: 'The named values of this entry, for the client to word it.' })
  async facts(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Fact[]> {
    const payload = activity.payload ?? (await eventPayloads(ctx).load(activity.id));
    return eventFacts({
      kind: activity.kind as EventKind,
      subjectId: activity.subjectId,
      actorId: activity.actorId,
      summary: activity.summary,
      payload,
      ctx,
    });
  }
}

@Resolver(() => Notification)
export class NotificationFactsResolver {
  // Read only through the inbox and the notice stream, which apply the notice's seal.
  @FieldResolver(() => [Fact], { description: 'The named values of this notice, for the client to word it.' })
  facts(@Root() n: Notification, @Ctx() ctx: Context): Promise<Fact[]> {
    return notificationFacts(ctx, n.entity);
  }

  @FieldResolver(() => NoticeLink, { description: 'The page this notice opens, and what it is about there.' })
  link(@Root() n: Notification, @Ctx() ctx: Context): Promise<NoticeLink> {
    return notificationLink(ctx, n.entity);
  }
}

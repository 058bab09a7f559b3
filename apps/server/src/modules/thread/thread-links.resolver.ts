import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { draftLoader } from '../draft/index.js';
import { Meeting, meetingLoader } from '../meeting/index.js';
import { Person, personLoader } from '../person/index.js';
import { Plan, planLoader } from '../plan/index.js';
import { Review } from '../review/index.js';
import type { ThreadEntity } from './thread.entity.js';
import { threadsByMeeting, threadsByReview, visibleKey } from './thread.loaders.js';
import { Thread } from './thread.types.js';

// The threads a meeting or a review gave rise to, as the viewer may see them, oldest first: a
// page of meetings (or reviews) reads them all in one query, with their drafts, plans and
// authors — handed to the request's loaders before the threads' own fields ask for them.
function withWhatTheyShow(ctx: Context, rows: ThreadEntity[]): Thread[] {
  for (const t of rows) {
    if (t.draft) draftLoader(ctx).prime(t.draft.id, t.draft);
    if (t.draft?.plan) planLoader(ctx).prime(t.draft.plan.id, Plan.from(t.draft.plan));
    if (t.author) personLoader(ctx).prime(t.author.id, Person.from(t.author));
  }
  return rows.map(Thread.from);
}

@Resolver(() => Meeting)
export class MeetingThreadsResolver {
  @FieldResolver(() => [Thread], { description: 'Opinions raised in this meeting, with their dispositions.' })
  async threads(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Thread[]> {
    return withWhatTheyShow(ctx, await threadsByMeeting(ctx).load(visibleKey(ctx, m.id)));
  }
}

@Resolver(() => Review)
export class ReviewThreadsResolver {
  @FieldResolver(() => [Thread], { description: 'The passage comments made in this review (source REVIEW).' })
  async threads(@Root() r: Review, @Ctx() ctx: Context): Promise<Thread[]> {
    return withWhatTheyShow(ctx, await threadsByReview(ctx).load(visibleKey(ctx, r.assignmentId)));
  }
}

@Resolver(() => Thread)
export class ThreadMeetingResolver {
  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting an opinion was raised in (source MEETING).',
  })
  meeting(@Root() t: Thread, @Ctx() ctx: Context): Promise<Meeting | null> | null {
    return t.meetingId ? meetingLoader(ctx).load(t.meetingId) : null;
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { visibleThreadCondition } from '../../auth/visibility.js';
import type { Context } from '../../graphql/context.js';
import { Meeting, MeetingEntity } from '../meeting/index.js';
import { Review } from '../review/index.js';
import { ThreadEntity } from './thread.entity.js';
import { Thread } from './thread.types.js';

/** The threads a meeting or a review gave rise to, as the viewer may see them, oldest first. */
async function threadsWhere(ctx: Context, column: 'meeting_id' | 'review_assignment_id', id: string) {
  const visible = visibleThreadCondition('t', requireActor(ctx), ctx.clock.today());
  const rows = await ctx.ds
    .getRepository(ThreadEntity)
    .createQueryBuilder('t')
    .where(`t.${column} = :id`, { id })
    .andWhere(visible.sql, visible.params)
    .orderBy('t.created_at', 'ASC')
    .getMany();
  return rows.map(Thread.from);
}

@Resolver(() => Meeting)
export class MeetingThreadsResolver {
  @FieldResolver(() => [Thread], { description: 'Opinions raised in this meeting, with their dispositions.' })
  threads(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Thread[]> {
    return threadsWhere(ctx, 'meeting_id', m.id);
  }
}

@Resolver(() => Review)
export class ReviewThreadsResolver {
  @FieldResolver(() => [Thread], { description: 'The passage comments made in this review (source REVIEW).' })
  threads(@Root() r: Review, @Ctx() ctx: Context): Promise<Thread[]> {
    return threadsWhere(ctx, 'review_assignment_id', r.assignmentId);
  }
}

@Resolver(() => Thread)
export class ThreadMeetingResolver {
  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting an opinion was raised in (source MEETING).',
  })
  async meeting(@Root() t: Thread, @Ctx() ctx: Context): Promise<Meeting | null> {
    if (!t.meetingId) return null;
    const m = await ctx.ds.getRepository(MeetingEntity).findOneBy({ id: t.meetingId });
    return m ? Meeting.from(m) : null;
  }
}

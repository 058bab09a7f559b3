import type { SubscribeResolverData } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { canReadEvent, visibleFeedSql } from '../../auth/visibility.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { sharedMemo } from '../../graphql/shared-loaders.js';
import { currentPhaseOf } from '../../progress.js';
import { coalesce } from '../../realtime/coalesce.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, mapLive, replayableCursor } from '../../realtime/live.js';
import { inProgramFeed, NOT_IN_FEED } from '../../realtime/streams.js';
import { Activity } from '../activity/index.js';
import { ActionItem, Meeting, meetingLoader } from '../meeting/index.js';
import { Milestone, Phase, Program, phasesOf, readableProgram } from '../program/index.js';
import { ResearchTopic } from '../topic/index.js';
import { Unit, unitLoader } from '../unit/index.js';
import { Dashboard, ProgramEvent, UnitLoad } from './dashboard.types.js';
import { currentFigures, figuresAfter } from './dashboard-cache.js';

@Resolver(() => Program)
export class ProgramDashboardResolver {
  @FieldResolver(() => Dashboard)
  dashboard(@Root() program: Program, @Ctx() ctx: Context): Promise<Dashboard> {
    return currentFigures(ctx, program.id);
  }
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @FieldResolver(() => [Phase])
  phases(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<Phase[]> {
    return phasesOf(ctx, d.programId);
  }

  @FieldResolver(() => Phase, { nullable: true })
  async currentPhase(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<Phase | null> {
    return currentPhaseOf(await phasesOf(ctx, d.programId), ctx.clock.today());
  }

  @FieldResolver(() => [Milestone])
  overdue(@Root() d: Dashboard): Milestone[] {
    return d.overdueRows.milestones.map(Milestone.from);
  }

  @FieldResolver(() => [ResearchTopic])
  overdueTopics(@Root() d: Dashboard): ResearchTopic[] {
    return d.overdueRows.topics.map(ResearchTopic.from);
  }

  @FieldResolver(() => [ActionItem])
  overdueActionItems(@Root() d: Dashboard, @Ctx() ctx: Context): ActionItem[] {
    // Each came with its meeting: handed to the request's loader before ActionItem.meeting asks for it.
    const meetings = meetingLoader(ctx);
    for (const { meeting } of d.overdueRows.actionItems) meetings.prime(meeting.id, Meeting.from(meeting));
    return d.overdueRows.actionItems.map(({ item }) => ActionItem.from(item));
  }

  @FieldResolver(() => [Activity])
  recentActivity(
    @Root() d: Dashboard,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Activity[]> {
    const limit = Math.min(Math.max(first ?? 20, 1), 100);
    const visible = visibleFeedSql('e', requireActor(ctx), ctx.clock.today(), 4);
    // The same entries for everyone the seal rule treats alike (its condition and parameters are
    // the key: the working group share one, anyone else their own for the day), once per log position.
    const key = `feed:${d.programId}:${limit}:${JSON.stringify([visible.sql, visible.params])}`;
    return sharedMemo(ctx, key, async () => {
      // The payload with the rest: each entry's facts start from it.
      const rows: {
        id: string;
        at: Date;
        summary: string;
        subject_id: string;
        kind: string;
        actor_id: string | null;
        payload: Record<string, unknown>;
      }[] = await ctx.ds.query(
        `SELECT e.id::text AS id, e.at, e.summary, e.subject_id, e.kind, e.actor_id, e.payload FROM event e
           WHERE e.program_id = $1 AND NOT (e.kind = ANY($3)) AND ${visible.sql}
           ORDER BY e.at DESC, e.id DESC LIMIT $2`,
        [d.programId, limit, [...NOT_IN_FEED], ...visible.params],
      );
      return rows.map((r) =>
        Activity.from({
          id: r.id,
          at: r.at,
          summary: r.summary,
          subjectId: r.subject_id,
          kind: r.kind as LoggedEvent['kind'],
          actorId: r.actor_id,
          programId: d.programId,
          payload: r.payload,
        }),
      );
    });
  }
}

@Resolver(() => UnitLoad)
export class UnitLoadResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() load: UnitLoad, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitLoader(ctx).load(load.unitId)) as Unit;
  }
}

interface ProgramEventsArgs {
  programId: string;
  after?: string | null;
  coalesceMs?: number | null;
}

@Resolver(() => ProgramEvent)
export class ProgramEventResolver {
  @Subscription(() => ProgramEvent, {
    description:
      'Every change in the programme: replays the log after `after`, then live. With `coalesceMs`, at most one ' +
      'push per that many milliseconds, carrying the newest event and the figures as they then stand.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, ProgramEventsArgs, Context>) => {
      const program = await readableProgram(context, args.programId);
      const after = await replayableCursor(context.ds, args.after);
      const ms = args.coalesceMs ?? 0;
      if (ms < 0 || ms > 10_000) {
        throw badInput('coalesceMs', {
          reason: 'COALESCE_OUT_OF_RANGE',
          message: 'must be between 0 and 10000.',
          facts: { min: 0, max: 10_000 },
        });
      }
      const actor = context.actor;
      const events = liveEvents(context.ds, context.tailer, {
        after,
        programId: program.id,
        // Asked again for every event: a person who lost access stops receiving at once, and an
        // event about a sealed review thread reaches only those who may see it.
        accept: (e) => inProgramFeed(e) && canReadEvent(context.ds.manager, actor, e, context.clock.today()),
      });
      if (ms === 0) return mapLive(events, (e) => ({ item: e, count: 1 }));
      return coalesce(events, ms);
    },
  })
  programEvents(
    @Root() e: { item: LoggedEvent; count: number },
    @Arg('programId', () => ID) _programId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('coalesceMs', () => Int, { nullable: true }) _coalesceMs: number | null,
  ): ProgramEvent {
    return Object.assign(new ProgramEvent(), {
      cursor: e.item.cursor,
      activity: Activity.from(e.item),
      coalesced: e.count,
      programId: e.item.programId,
    });
  }

  @FieldResolver(() => Dashboard, { description: 'The figures as they stand after this event.' })
  dashboard(@Root() e: ProgramEvent, @Ctx() ctx: Context): Promise<Dashboard> {
    return figuresAfter(ctx, e.programId, e.cursor);
  }
}

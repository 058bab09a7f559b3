import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import { canReadEvent } from '../../auth/visibility.js';
import { notFound } from '../../errors.js';
import { createExportLink, Export } from '../../exports/export-link.js';
import { keysetPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { isOverdue } from '../../progress.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, replayableCursor } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { Person, personLoader } from '../person/index.js';
import { Plan } from '../plan/index.js';
import { Program } from '../program/index.js';
import { loadUnits, Unit, unitLoader } from '../unit/index.js';
import { ActionItemEntity, MeetingEntity } from './meeting.entity.js';
import { meetingLoader, meetingParts } from './meeting.loaders.js';
import { addActionItem, editMinutes, logMeeting, updateActionItem, updateMeeting } from './meeting.service.js';
import {
  ActionItem,
  ActionItemPermissions,
  AddActionItemInput,
  AddActionItemPayload,
  EditMinutesInput,
  EditMinutesPayload,
  LogMeetingInput,
  LogMeetingPayload,
  MEETING_EVENT_KINDS,
  Meeting,
  MeetingConnection,
  MeetingEvent,
  MeetingFilter,
  MeetingPermissions,
  UpdateActionItemInput,
  UpdateActionItemPayload,
  UpdateMeetingInput,
  UpdateMeetingPayload,
} from './meeting.types.js';
import { actionItemSubject, meetingPermissions } from './meeting-permissions.js';

/** The meeting `id` read as `meeting`, if the actor may read it; otherwise says it is not there. */
function readable(ctx: Context, id: string, meeting: MeetingEntity | null): MeetingEntity {
  if (!meeting || !can(requireActor(ctx), 'program.read', { type: 'program', programId: meeting.programId }))
    throw notFound('meeting', id);
  return meeting;
}

export async function readableMeeting(ctx: Context, id: string): Promise<MeetingEntity> {
  requireActor(ctx);
  return readable(ctx, id, await ctx.ds.getRepository(MeetingEntity).findOneBy({ id }));
}

const loadMeeting = async (ctx: Context, id: string) =>
  Meeting.from(await ctx.ds.getRepository(MeetingEntity).findOneByOrFail({ id }));
const loadItem = async (ctx: Context, id: string) =>
  ActionItem.from(await ctx.ds.getRepository(ActionItemEntity).findOneByOrFail({ id }));

@Resolver(() => Program)
export class ProgramMeetingsResolver {
  @FieldResolver(() => MeetingConnection, { description: 'Meetings, newest first.' })
  async meetings(
    @Root() program: Program,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingConnection> {
    const q = ctx.ds
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.program_id = :id', { id: program.id });
    if (filter?.kinds?.length) q.andWhere('m.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.planId) {
      q.andWhere('EXISTS (SELECT 1 FROM meeting_plan mp WHERE mp.meeting_id = m.id AND mp.plan_id = :planId)', {
        planId: filter.planId,
      });
    }
    if (filter?.from) q.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter?.to) q.andWhere('m.starts_at < :to', { to: filter.to });
    return keysetPage(q, {
      alias: 'm',
      column: 'starts_at',
      key: (m) => m.startsAt,
      direction: 'DESC',
      first,
      after,
      node: Meeting.from,
      defaultSize: 50,
      maxSize: 200,
    });
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Meeting> {
    requireActor(ctx);
    // Read with its plans, attendees and action items, which its page shows.
    const meeting = Meeting.from(readable(ctx, id, (await meetingParts(ctx).load(id)).meeting));
    // Its action items' viewerCan asks for it again.
    meetingLoader(ctx).prime(meeting.id, meeting);
    return meeting;
  }

  @FieldResolver(() => Unit)
  async hostUnit(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitLoader(ctx).load(m.hostUnitId)) as Unit;
  }

  @FieldResolver(() => MeetingPermissions, { description: 'What the signed-in person may do with it now.' })
  viewerCan(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingPermissions> {
    return meetingPermissions(ctx, m);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who last saved the minutes.' })
  async minutesEditedBy(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Person | null> {
    return m.minutesEditedById ? personLoader(ctx).load(m.minutesEditedById) : null;
  }

  @FieldResolver(() => [Plan])
  async plans(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Plan[]> {
    return (await meetingParts(ctx).load(m.id)).plans.map(Plan.from);
  }

  @FieldResolver(() => [Person])
  async attendees(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Person[]> {
    return (await meetingParts(ctx).load(m.id)).attendees.map(Person.from);
  }

  @FieldResolver(() => [ActionItem])
  async actionItems(@Root() m: Meeting, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return (await meetingParts(ctx).load(m.id)).actionItems.map(ActionItem.from);
  }

  @Query(() => Export, { description: 'The 会议纪要 of a meeting as .docx: a link for the asker, for a few minutes.' })
  async meetingRecord(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Export> {
    const meeting = await readableMeeting(ctx, meetingId);
    const actor = requireActor(ctx);
    return createExportLink(
      ctx,
      actor.id,
      { kind: 'meeting', meetingId: meeting.id },
      'DOCX',
      `${meeting.title}会议纪要.docx`,
    );
  }

  @Mutation(() => LogMeetingPayload)
  async logMeeting(
    @Arg('input', () => LogMeetingInput) input: LogMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<LogMeetingPayload> {
    const actor = requireActor(ctx);
    if (input.programId !== actor.programId) throw notFound('programme', input.programId);
    const { meetingId } = await runMutation(ctx, 'logMeeting', input.clientMutationId, (scope) =>
      logMeeting(scope, input.programId, {
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt,
        location: input.location ?? null,
        hostUnitId: input.hostUnitId,
        planIds: input.planIds ?? [],
        attendeeIds: input.attendeeIds ?? [],
        externalAttendees: input.externalAttendees ?? [],
        agenda: input.agenda ?? null,
      }),
    );
    return { meeting: await loadMeeting(ctx, meetingId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => UpdateMeetingPayload)
  async updateMeeting(
    @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateMeetingPayload> {
    const { meetingId: _id, clientMutationId, ...details } = input;
    const { meetingId } = await runMutation(ctx, 'updateMeeting', clientMutationId, (scope) =>
      updateMeeting(scope, input.meetingId, details),
    );
    return { meeting: await loadMeeting(ctx, meetingId), clientMutationId: clientMutationId ?? null };
  }

  @Mutation(() => EditMinutesPayload)
  async editMinutes(
    @Arg('input', () => EditMinutesInput) input: EditMinutesInput,
    @Ctx() ctx: Context,
  ): Promise<EditMinutesPayload> {
    const { meetingId } = await runMutation(ctx, 'editMinutes', input.clientMutationId, (scope) =>
      editMinutes(scope, input.meetingId, input.minutes, input.expectedVersion),
    );
    return { meeting: await loadMeeting(ctx, meetingId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => AddActionItemPayload)
  async addActionItem(
    @Arg('input', () => AddActionItemInput) input: AddActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<AddActionItemPayload> {
    const { actionItemId } = await runMutation(ctx, 'addActionItem', input.clientMutationId, (scope) =>
      addActionItem(scope, {
        meetingId: input.meetingId,
        title: input.title,
        ownerUnitId: input.ownerUnitId,
        dueOn: input.dueOn ?? null,
      }),
    );
    return { actionItem: await loadItem(ctx, actionItemId), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => UpdateActionItemPayload)
  async updateActionItem(
    @Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateActionItemPayload> {
    const { actionItemId } = await runMutation(ctx, 'updateActionItem', input.clientMutationId, (scope) =>
      updateActionItem(scope, input.actionItemId, input.status),
    );
    return { actionItem: await loadItem(ctx, actionItemId), clientMutationId: input.clientMutationId ?? null };
  }
}

// An action item's meeting, read with every other item's on the page (the dashboard lists dozens).
async function meetingOf(ctx: Context, a: ActionItem): Promise<Meeting> {
  const meeting = await meetingLoader(ctx).load(a.meetingId);
  if (!meeting) throw new Error(`Action item ${a.id} has no meeting ${a.meetingId}.`);
  return meeting;
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => Meeting)
  meeting(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<Meeting> {
    return meetingOf(ctx, a);
  }

  @FieldResolver(() => Unit)
  async ownerUnit(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<Unit> {
    return (await loadUnits(ctx, [a.ownerUnitId]))[0] as Unit;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() a: ActionItem, @Ctx() ctx: Context): boolean {
    return isOverdue(a, ctx.clock.today());
  }

  @FieldResolver(() => ActionItemPermissions)
  async viewerCan(@Root() a: ActionItem, @Ctx() ctx: Context): Promise<ActionItemPermissions> {
    const meeting = await meetingOf(ctx, a);
    return { update: can(ctx.actor, 'actionItem.update', actionItemSubject(a, meeting)) };
  }
}

@Resolver(() => MeetingEvent)
export class MeetingEventResolver {
  @Subscription(() => MeetingEvent, {
    description:
      'Every change to one meeting (details, minutes saves, action items, opinions): replays after `after`, then live.',
    subscribe: async ({
      args,
      context,
    }: SubscribeResolverData<unknown, { meetingId: string; after?: string | null }, Context>) => {
      const meeting = await readableMeeting(context, args.meetingId);
      const after = await replayableCursor(context.ds, args.after);
      const stream = streams.meeting(meeting.id);
      const actor = context.actor;
      return liveEvents(context.ds, context.tailer, {
        after,
        programId: meeting.programId,
        stream,
        accept: (e) =>
          e.kind in MEETING_EVENT_KINDS && canReadEvent(context.ds.manager, actor, e, context.clock.today()),
      });
    },
  })
  meetingEvents(
    @Root() e: LoggedEvent,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): MeetingEvent {
    return Object.assign(new MeetingEvent(), {
      cursor: e.cursor,
      kind: MEETING_EVENT_KINDS[e.kind as keyof typeof MEETING_EVENT_KINDS],
      minutesVersion: (e.kind === 'meeting.minutes' ? e.payload.version : undefined) ?? null,
      meetingId: e.stream.slice('meeting:'.length),
      editedById: e.actorId,
    });
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() e: MeetingEvent, @Ctx() ctx: Context): Promise<Meeting> {
    return loadMeeting(ctx, e.meetingId);
  }

  @FieldResolver(() => Person, { nullable: true })
  editedBy(@Root() e: MeetingEvent, @Ctx() ctx: Context): Promise<Person | null> | null {
    return e.editedById ? personLoader(ctx).load(e.editedById) : null;
  }
}

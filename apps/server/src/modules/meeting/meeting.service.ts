import { type EntityManager, In } from 'typeorm';
import { authorize } from '../../auth/authorize.js';
import type { Subject } from '../../auth/policy.js';
import { toChinaDate } from '../../clock.js';
import { type MeetingKind, WORK_STATUS_ZH, type WorkStatus } from '../../domain.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { UnitEntity } from '../unit/index.js';
import { ActionItemEntity, MeetingAttendeeEntity, MeetingEntity, MeetingPlanEntity } from './meeting.entity.js';
import { actionItemSubject, meetingSubjectOf } from './meeting-permissions.js';
import { loadMinutesDoc, replaceMinutesText, storeMinutesDoc } from './minutes-doc.js';

export const KIND_ZH: Record<MeetingKind, string> = {
  SYMPOSIUM: '座谈会',
  FIELD_RESEARCH: '实地调研',
  SOLICITATION: '征求意见会',
  EXPERT_REVIEW: '专家论证会',
  LEADING_GROUP: '领导小组会议',
  ALIGNMENT: '衔接会',
  OTHER: '其他会议',
};

export async function meetingSubject(m: EntityManager, meeting: MeetingEntity): Promise<Subject> {
  const attendeeIds = (await m.getRepository(MeetingAttendeeEntity).findBy({ meetingId: meeting.id })).map(
    (a) => a.personId,
  );
  return meetingSubjectOf(meeting, attendeeIds);
}

export async function lockMeeting(m: EntityManager, id: string, programId: string): Promise<MeetingEntity> {
  const meeting = await m.getRepository(MeetingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!meeting || meeting.programId !== programId) throw notFound('meeting', id);
  return meeting;
}

async function assertAllIn<E extends { id: string; programId: string }>(
  m: EntityManager,
  entity: new () => E,
  ids: string[],
  programId: string,
  field: string,
  what: string,
) {
  if (ids.length === 0) return;
  const found = await m.getRepository(entity).countBy({ id: In(ids), programId } as never);
  if (found !== new Set(ids).size) {
    throw badInput(field, { reason: 'NOT_IN_PROGRAMME', message: `names ${what} that are not in this programme.` });
  }
}

export interface MeetingDetails {
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  location: string | null;
  hostUnitId: string;
  planIds: string[];
  attendeeIds: string[];
  externalAttendees: string[];
  agenda: string | null;
}

async function checkDetails(m: EntityManager, programId: string, d: Partial<MeetingDetails>) {
  if (d.hostUnitId) await assertAllIn(m, UnitEntity, [d.hostUnitId], programId, 'input.hostUnitId', 'a unit');
  if (d.planIds) await assertAllIn(m, PlanEntity, d.planIds, programId, 'input.planIds', 'plans');
  if (d.attendeeIds) await assertAllIn(m, PersonEntity, d.attendeeIds, programId, 'input.attendeeIds', 'people');
}

async function setLinks(m: EntityManager, meetingId: string, d: Partial<MeetingDetails>) {
  if (d.planIds) {
    await m.getRepository(MeetingPlanEntity).delete({ meetingId });
    if (d.planIds.length)
      await m.getRepository(MeetingPlanEntity).insert([...new Set(d.planIds)].map((planId) => ({ meetingId, planId })));
  }
  if (d.attendeeIds) {
    await m.getRepository(MeetingAttendeeEntity).delete({ meetingId });
    if (d.attendeeIds.length) {
      await m
        .getRepository(MeetingAttendeeEntity)
        .insert([...new Set(d.attendeeIds)].map((personId) => ({ meetingId, personId })));
    }
  }
}

/**
 * An action item is work a meeting decided on: it cannot fall due before the meeting's day (on
 * the programme's calendar, UTC+8), whether the item is added or the meeting moved.
 */
function dueBeforeMeeting(field: string, startsAt: Date) {
  const date = toChinaDate(startsAt);
  return badInput(field, {
    reason: 'ACTION_ITEM_DUE_BEFORE_MEETING',
    message: `an action item of this meeting cannot fall due before the meeting (${date}).`,
    facts: { date },
  });
}

export async function logMeeting(scope: WriteScope, programId: string, d: MeetingDetails) {
  const { m } = scope;
  authorize(
    scope,
    'meeting.log',
    { type: 'meeting', programId, hostUnitId: d.hostUnitId, attendeeIds: d.attendeeIds },
    { reason: 'MEETING_LOG_ROLE', message: 'Only the working group, or the unit that hosts it, may log a meeting.' },
  );
  await checkDetails(m, programId, d);
  const meeting = await m.getRepository(MeetingEntity).save({
    programId,
    kind: d.kind,
    title: d.title.trim(),
    startsAt: d.startsAt,
    location: d.location?.trim() || null,
    hostUnitId: d.hostUnitId,
    externalAttendees: d.externalAttendees.map((s) => s.trim()).filter(Boolean),
    agenda: d.agenda?.trim() || null,
    minutes: '',
    minutesVersion: 1,
    createdBy: scope.actor.id,
  });
  await setLinks(m, meeting.id, d);
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.logged',
    subjectId: meeting.id,
    summary: `${scope.actor.name} 登记了${KIND_ZH[d.kind]}「${meeting.title}」`,
  });
  return { meetingId: meeting.id };
}

export async function updateMeeting(scope: WriteScope, meetingId: string, d: Partial<MeetingDetails>) {
  const { m } = scope;
  const meeting = await lockMeeting(m, meetingId, scope.actor.programId);
  authorize(scope, 'meeting.edit', await meetingSubject(m, meeting), {
    reason: 'MEETING_EDIT_ROLE',
    message:
      'Only the working group or the host unit may change a meeting’s details (attendees may write its minutes).',
  });
  await checkDetails(m, meeting.programId, d);
  if (d.startsAt) {
    const [early]: { due_on: string }[] = await m.query(
      'SELECT min(due_on)::text AS due_on FROM action_item WHERE meeting_id = $1 HAVING min(due_on) < $2::date',
      [meeting.id, toChinaDate(d.startsAt)],
    );
    if (early) throw dueBeforeMeeting('input.startsAt', d.startsAt);
  }
  const change: Partial<MeetingEntity> = {};
  if (d.kind) change.kind = d.kind;
  if (d.title !== undefined) change.title = d.title.trim();
  if (d.startsAt) change.startsAt = d.startsAt;
  if (d.location !== undefined) change.location = d.location?.trim() || null;
  if (d.hostUnitId) change.hostUnitId = d.hostUnitId;
  if (d.externalAttendees) change.externalAttendees = d.externalAttendees.map((s) => s.trim()).filter(Boolean);
  if (d.agenda !== undefined) change.agenda = d.agenda?.trim() || null;
  if (Object.keys(change).length) await m.getRepository(MeetingEntity).update({ id: meeting.id }, change);
  await setLinks(m, meeting.id, d);
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.updated',
    subjectId: meeting.id,
    summary: `${scope.actor.name} 修改了会议「${change.title ?? meeting.title}」的信息`,
  });
  return { meetingId: meeting.id };
}

/**
 * Saves the minutes if the writer started from the current version; otherwise refuses with
 * CONFLICT and the current text, for the writer to merge (packages/merge) and save again.
 */
export async function editMinutes(scope: WriteScope, meetingId: string, minutes: string, expectedVersion: number) {
  const { m } = scope;
  const meeting = await lockMeeting(m, meetingId, scope.actor.programId);
  authorize(scope, 'meeting.minutes', await meetingSubject(m, meeting), {
    reason: 'MINUTES_ROLE',
    message: 'Only the working group, the host unit or attendees may edit the minutes.',
  });
  if (meeting.minutesVersion !== expectedVersion) {
    throw conflict(
      {
        reason: 'MINUTES_CHANGED',
        message: `The minutes were saved by someone else meanwhile (now version ${meeting.minutesVersion}); merge and save again.`,
        facts: { version: meeting.minutesVersion },
      },
      {
        minutes: meeting.minutes,
        version: meeting.minutesVersion,
      },
    );
  }
  // The saved text replaces the live document's, so whoever has the minutes open sees it typed in.
  const doc = await loadMinutesDoc(scope, meeting);
  const update = replaceMinutesText(doc, minutes);
  const version = await storeMinutesDoc(scope, meeting, doc);
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.minutes',
    subjectId: meeting.id,
    summary: `${scope.actor.name} 保存了会议「${meeting.title}」的纪要（第 ${version} 版）`,
    // A save of the very text makes no update, and the live editors have nothing to apply.
    payload: update.length > 0 ? { version, update: Buffer.from(update).toString('base64') } : { version },
  });
  return { meetingId: meeting.id };
}

export async function addActionItem(
  scope: WriteScope,
  input: { meetingId: string; title: string; ownerUnitId: string; dueOn: string | null },
) {
  const { m } = scope;
  const meeting = await lockMeeting(m, input.meetingId, scope.actor.programId);
  authorize(scope, 'meeting.edit', await meetingSubject(m, meeting), {
    reason: 'ACTION_ITEM_ADD_ROLE',
    message: 'Only the working group or the host unit may add action items to a meeting.',
  });
  await assertAllIn(m, UnitEntity, [input.ownerUnitId], meeting.programId, 'input.ownerUnitId', 'a unit');
  if (input.dueOn && input.dueOn < toChinaDate(meeting.startsAt))
    throw dueBeforeMeeting('input.dueOn', meeting.startsAt);
  const item = await m.getRepository(ActionItemEntity).save({
    programId: meeting.programId,
    meetingId: meeting.id,
    title: input.title.trim(),
    ownerUnitId: input.ownerUnitId,
    dueOn: input.dueOn,
    status: 'PLANNED',
  });
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.actionItem',
    subjectId: item.id,
    summary: `${scope.actor.name} 为会议「${meeting.title}」增加工作事项：${item.title}`,
  });
  return { actionItemId: item.id };
}

export async function updateActionItem(scope: WriteScope, id: string, status: WorkStatus) {
  const { m } = scope;
  const item = await m.getRepository(ActionItemEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!item || item.programId !== scope.actor.programId) throw notFound('action item', id);
  const meeting = await m.getRepository(MeetingEntity).findOneByOrFail({ id: item.meetingId });
  authorize(scope, 'actionItem.update', actionItemSubject(item, meeting), {
    reason: 'ACTION_ITEM_UPDATE_ROLE',
    message: 'Only the working group, the host unit or the responsible unit may update this action item.',
  });
  await m.getRepository(ActionItemEntity).update({ id }, { status });
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.actionItem',
    subjectId: item.id,
    summary: `${scope.actor.name} 将工作事项「${item.title}」更新为${WORK_STATUS_ZH[status]}`,
    payload: { to: status },
  });
  return { actionItemId: item.id };
}

import { meetingMinutesDocx, ORPHANED_MARK } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import { visibleThreadSql } from '../../auth/visibility.js';
import type { Clock } from '../../clock.js';
import { THREAD_STATUS_ZH, WORK_STATUS_ZH } from '../../domain.js';
import type { Exporter } from '../../exports/export-link.js';
import { MeetingEntity } from './meeting.entity.js';
import { KIND_ZH } from './meeting.service.js';

/** The 会议纪要 of a meeting as .docx: details, agenda, minutes, action items and the opinions with their dispositions. */
export async function meetingRecordFile(m: EntityManager, meetingId: string, viewer: Actor, clock: Clock) {
  const meeting = await m.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
  const [host]: { name: string }[] = await m.query('SELECT name FROM unit WHERE id = $1', [meeting.hostUnitId]);
  const plans: { title: string }[] = await m.query(
    'SELECT p.title FROM meeting_plan mp JOIN plan p ON p.id = mp.plan_id WHERE mp.meeting_id = $1 ORDER BY p.sort_order',
    [meetingId],
  );
  const attendees: { name: string; unit: string | null }[] = await m.query(
    `SELECT p.name, coalesce(u.short_name, u.name) AS unit FROM meeting_attendee a JOIN person p ON p.id = a.person_id
       LEFT JOIN unit u ON u.id = p.unit_id WHERE a.meeting_id = $1 ORDER BY p.name`,
    [meetingId],
  );
  const items: { title: string; unit: string; due_on: string | null; status: keyof typeof WORK_STATUS_ZH }[] =
    await m.query(
      `SELECT i.title, coalesce(u.short_name, u.name) AS unit, i.due_on::text AS due_on, i.status
       FROM action_item i JOIN unit u ON u.id = i.owner_unit_id WHERE i.meeting_id = $1 ORDER BY i.created_at`,
      [meetingId],
    );
  const visible = visibleThreadSql('t', viewer, clock.today(), 2);
  const opinions: {
    author: string;
    quote: string | null;
    orphaned: boolean;
    body: string | null;
    status: keyof typeof THREAD_STATUS_ZH;
    reason: string | null;
  }[] = await m.query(
    `SELECT coalesce(t.external_author, p.name) AS author, t.quote, t.anchor_state = 'ORPHANED' AS orphaned, t.status, t.disposition_reason AS reason,
              (SELECT c.body FROM comment c WHERE c.thread_id = t.id ORDER BY c.created_at, c.id LIMIT 1) AS body
         FROM thread t JOIN person p ON p.id = t.author_id WHERE t.meeting_id = $1 AND ${visible.sql} ORDER BY t.created_at`,
    [meetingId, ...visible.params],
  );
  const body = await meetingMinutesDocx({
    kindLabel: KIND_ZH[meeting.kind],
    title: meeting.title,
    startsAt: meeting.startsAt,
    location: meeting.location,
    hostUnit: host?.name ?? '',
    plans: plans.map((p) => p.title),
    attendees: attendees.map((a) => (a.unit ? `${a.name}（${a.unit}）` : a.name)),
    externalAttendees: meeting.externalAttendees,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    actionItems: items.map((i) => ({
      title: i.title,
      ownerUnit: i.unit,
      dueOn: i.due_on,
      status: WORK_STATUS_ZH[i.status],
    })),
    opinions: opinions.map((o) => ({
      author: o.author,
      // A passage deleted since is marked as such, as in the 意见采纳情况表.
      quote: o.orphaned ? `〔${ORPHANED_MARK}〕${o.quote ?? ''}` : (o.quote ?? ''),
      opinion: o.body ?? '',
      disposition: THREAD_STATUS_ZH[o.status],
      reason: o.reason ?? '',
    })),
  });
  return {
    body,
    filename: `${meeting.title}会议纪要.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}

/** A meeting's record (.docx), as the link's holder may see it now. */
export const meetingRecordExporter: Exporter<'meeting'> = (services, target, _format, actor) =>
  meetingRecordFile(services.ds.manager, target.meetingId, actor, services.clock);

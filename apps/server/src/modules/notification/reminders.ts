import type { EntityManager } from 'typeorm';
import { unsealedThreadSql } from '../../auth/visibility.js';
import type { Clock } from '../../clock.js';
import { appendEvents } from '../../realtime/event-log.js';
import { streams } from '../../realtime/streams.js';

/**
 * 督查: reminders of overdue work, run by every replica's periodic chores (app.ts). Each reminder
 * is first claimed in `reminder_sent` — one row per (kind, subject, programme day, person) — and a
 * notice goes out only for the rows this run inserted: a second run the same day, or another
 * replica running at the same moment, finds the rows there (ON CONFLICT DO NOTHING; a concurrent
 * insert of the same key waits for the first to commit, then yields) and sends nothing.
 * Everything is dated by the programme clock, not the wall clock.
 */

/** What is overdue on the programme day $1: research topics, milestones and meeting action items, with their unit. */
const OVERDUE = `
  SELECT 'topic' AS item, t.id, t.program_id, t.lead_unit_id AS unit_id, t.due_on,
         '课题' || t.number || '「' || t.title || '」' AS label, NULL::uuid AS meeting_id
    FROM research_topic t WHERE t.status <> 'DONE' AND t.due_on < $1::date
  UNION ALL
  SELECT 'milestone', m.id, m.program_id, m.owner_unit_id, m.due_on, '里程碑「' || m.title || '」', NULL
    FROM milestone m WHERE m.owner_unit_id IS NOT NULL AND m.status <> 'DONE' AND m.due_on < $1::date
  UNION ALL
  SELECT 'actionItem', a.id, a.program_id, a.owner_unit_id, a.due_on, '会议事项「' || a.title || '」', a.meeting_id
    FROM action_item a WHERE a.status <> 'DONE' AND a.due_on < $1::date`;

interface Sent {
  id: string;
  person_id: string;
  program_id: string;
  summary: string;
}

async function announce(m: EntityManager, sent: Sent[], at: Date): Promise<void> {
  await appendEvents(
    m,
    sent.map((n) => ({
      programId: n.program_id,
      stream: streams.person(n.person_id),
      kind: 'notification.created' as const,
      subjectId: n.id,
      actorId: null,
      summary: n.summary,
      at,
    })),
  );
}

/**
 * Tells each member of the owning unit, once per programme day, of every topic, milestone and
 * action item past its due date and not done. Returns how many notices went out.
 */
export async function sendOverdueReminders(m: EntityManager, clock: Clock): Promise<number> {
  const now = clock.now();
  const sent: Sent[] = await m.query(
    `WITH overdue AS (${OVERDUE}),
     claimed AS (
       INSERT INTO reminder_sent (kind, subject_id, day, person_id, program_id)
       SELECT 'overdue', o.id, $1::date, p.id, o.program_id
         FROM overdue o JOIN person p ON p.unit_id = o.unit_id AND p.program_id = o.program_id
       ON CONFLICT DO NOTHING
       RETURNING subject_id, person_id)
     INSERT INTO notification (person_id, program_id, kind, summary, subject_id, facts, created_at)
     SELECT c.person_id, o.program_id, 'overdue',
            o.label || '已逾期 ' || ($1::date - o.due_on) || ' 天（应于 ' || o.due_on || ' 完成）', o.id,
            -- meetingId: where an overdue action item's notice leads, without reading the item again.
            jsonb_strip_nulls(jsonb_build_object('item', o.item, 'title', o.label, 'dueOn', o.due_on::text,
                               'days', ($1::date - o.due_on)::text, 'meetingId', o.meeting_id::text)),
            $2
       FROM claimed c JOIN overdue o ON o.id = c.subject_id
     RETURNING id, person_id, program_id, summary`,
    [clock.today(), now],
  );
  await announce(m, sent, now);
  return sent.length;
}

/** Whether a moment fell before the programme day $1 began (in Zhejiang): what has been waiting since an earlier day. */
const before = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date < $1::date`;

/**
 * Once per programme week (from Monday), a digest in each signed-up person's inbox: what is
 * overdue for their unit, the opinions waiting for their unit's answer, the expert reviews
 * waiting for them, and the approvals waiting for their group's decision — what has waited
 * since an earlier day: the digest is about the backlog, not what arrived this morning. Nobody with nothing waiting is sent an empty one. Returns how many went out.
 */
export async function sendWeeklyDigests(m: EntityManager, clock: Clock): Promise<number> {
  const now = clock.now();
  const sent: Sent[] = await m.query(
    `WITH overdue AS (${OVERDUE}),
     digest AS (
       SELECT pe.id AS person_id, pe.program_id,
              (SELECT count(*) FROM overdue o WHERE o.unit_id = pe.unit_id)::int AS overdue,
              (SELECT string_agg(o.label, '；' ORDER BY o.due_on, o.label) FROM overdue o
                WHERE o.unit_id = pe.unit_id) AS overdue_items,
              (SELECT count(*) FROM thread t WHERE t.assigned_unit_id = pe.unit_id AND t.status = 'OPEN'
                  AND ${before('t.created_at')} AND ${unsealedThreadSql('t', '$1::date')})::int AS open_threads,
              (SELECT count(*) FROM review_assignment r WHERE r.expert_id = pe.id
                  AND r.status IN ('INVITED', 'ACCEPTED') AND ${before('r.created_at')})::int AS reviews,
              -- Approvals waiting for a decision by the person's group: the leading group reviews,
              -- the working group records 专家论证 and 省政府审批 (by role, or by membership).
              (SELECT count(*) FROM approval ap WHERE ap.program_id = pe.program_id AND ap.decision = 'PENDING'
                  AND ${before('ap.requested_at')}
                  AND CASE WHEN ap.step = 'LEADING_GROUP_REVIEW' THEN pe.role = 'LEADING_GROUP' OR EXISTS (
                             SELECT 1 FROM membership ms WHERE ms.person_id = pe.id AND ms.group_kind = 'LEADING_GROUP')
                           ELSE pe.role = 'WORKING_GROUP' OR EXISTS (
                             SELECT 1 FROM membership ms WHERE ms.person_id = pe.id AND ms.group_kind = 'WORKING_GROUP')
                      END)::int AS approvals
         FROM person pe WHERE pe.email IS NOT NULL),
     claimed AS (
       INSERT INTO reminder_sent (kind, subject_id, day, person_id, program_id)
       SELECT 'digest', d.person_id, date_trunc('week', $1::date)::date, d.person_id, d.program_id
         FROM digest d WHERE d.overdue + d.open_threads + d.reviews + d.approvals > 0
       ON CONFLICT DO NOTHING
       RETURNING person_id)
     INSERT INTO notification (person_id, program_id, kind, summary, subject_id, facts, created_at)
     SELECT d.person_id, d.program_id, 'digest',
            '本周督查提示：本单位逾期事项 ' || d.overdue || ' 项；待本单位答复的意见 ' || d.open_threads
              || ' 条；待您完成的评审 ' || d.reviews || ' 项'
              || CASE WHEN d.approvals > 0 THEN '；待您所在小组决定的审批 ' || d.approvals || ' 项' ELSE '' END
              || CASE WHEN d.overdue > 0 THEN '。逾期：' || d.overdue_items ELSE '' END,
            d.program_id,
            jsonb_build_object('week', date_trunc('week', $1::date)::date::text, 'overdue', d.overdue::text,
                               'openThreads', d.open_threads::text, 'reviews', d.reviews::text,
                               'approvals', d.approvals::text,
                               'items', coalesce(d.overdue_items, '')),
            $2
       FROM claimed c JOIN digest d ON d.person_id = c.person_id
     RETURNING id, person_id, program_id, summary`,
    [clock.today(), now],
  );
  await announce(m, sent, now);
  return sent.length;
}

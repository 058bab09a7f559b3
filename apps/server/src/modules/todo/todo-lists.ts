import type { DataSource } from 'typeorm';
import { type Actor, can } from '../../auth/policy.js';
import { visibleThreadSql } from '../../auth/visibility.js';
import type { ApprovalStep } from '../../domain.js';
import { Todo, TodoActionItem, TodoApproval, TodoOpinion, TodoReview } from './todo.types.js';

const LIMIT = 100;

type Row = Record<string, unknown>;

/**
 * Everything that waits for `actor`, in one statement: the open opinions assigned to their unit
 * (a sealed review thread only once its seal opens to them), their unsubmitted reviews, their
 * unit's unfinished action items, and the pending approvals of the programme, of which the policy
 * keeps those they may decide.
 */
export async function readTodo(ds: DataSource, actor: Actor, today: string): Promise<Todo> {
  const seal = visibleThreadSql('t', actor, today, 4);
  const [row]: { answer: Row[]; review: Row[]; items: Row[]; approvals: Row[] }[] = await ds.query(
    `SELECT
       (SELECT coalesce(jsonb_agg(x ORDER BY x.at DESC, x."threadId"), '[]') FROM (
          SELECT t.id AS "threadId", shown.draft_id AS "draftId", p.title AS plan, shown.version,
                 t.quote, left(c.body, 80) AS excerpt, coalesce(t.external_author, a.name) AS author, t.created_at AS at
            FROM thread t
            JOIN person a ON a.id = t.author_id
            CROSS JOIN LATERAL (SELECT pl.draft_id, d.version, d.plan_id FROM thread_placement pl
                                  JOIN draft d ON d.id = pl.draft_id
                                 WHERE pl.thread_id = t.id ORDER BY d.version DESC LIMIT 1) shown
            JOIN plan p ON p.id = shown.plan_id
            LEFT JOIN LATERAL (SELECT body FROM comment WHERE thread_id = t.id ORDER BY created_at, id LIMIT 1) c ON TRUE
           WHERE t.program_id = $1 AND t.assigned_unit_id = $2::uuid AND t.status = 'OPEN' AND ${seal.sql}
           ORDER BY t.created_at DESC LIMIT ${LIMIT}) x) AS answer,
       (SELECT coalesce(jsonb_agg(x ORDER BY x."dueOn", x."assignmentId"), '[]') FROM (
          SELECT r.id AS "assignmentId", r.draft_id AS "draftId", p.title AS plan, d.version, r.status, r.due_on AS "dueOn"
            FROM review_assignment r JOIN draft d ON d.id = r.draft_id JOIN plan p ON p.id = d.plan_id
           WHERE r.program_id = $1 AND r.expert_id = $3::uuid AND r.status IN ('INVITED', 'ACCEPTED')
           ORDER BY r.due_on LIMIT ${LIMIT}) x) AS review,
       (SELECT coalesce(jsonb_agg(x ORDER BY x."dueOn" NULLS LAST, x.title), '[]') FROM (
          SELECT i.id, i.meeting_id AS "meetingId", m.title AS meeting, i.title, i.status, i.due_on AS "dueOn"
            FROM action_item i JOIN meeting m ON m.id = i.meeting_id
           WHERE i.program_id = $1 AND i.owner_unit_id = $2::uuid AND i.status <> 'DONE'
           ORDER BY i.due_on NULLS LAST LIMIT ${LIMIT}) x) AS items,
       (SELECT coalesce(jsonb_agg(x ORDER BY x."requestedAt"), '[]') FROM (
          SELECT ap.id, ap.plan_id AS "planId", p.title AS plan, d.version, ap.step, ap.requested_at AS "requestedAt"
            FROM approval ap JOIN draft d ON d.id = ap.draft_id JOIN plan p ON p.id = ap.plan_id
           WHERE ap.program_id = $1 AND ap.decision = 'PENDING'
           ORDER BY ap.requested_at LIMIT ${LIMIT}) x) AS approvals`,
    [actor.programId, actor.unitId, actor.id, ...seal.params],
  );
  const approvals = (row?.approvals ?? []).filter((a) =>
    can(actor, 'approval.decide', { type: 'approval', programId: actor.programId, step: a.step as ApprovalStep }),
  );
  return Object.assign(new Todo(), {
    answer: (row?.answer ?? []).map((o) => Object.assign(new TodoOpinion(), o, { at: new Date(o.at as string) })),
    review: (row?.review ?? []).map((r) => Object.assign(new TodoReview(), r)),
    actionItems: (row?.items ?? []).map((i) => Object.assign(new TodoActionItem(), i)),
    approvals: approvals.map((a) =>
      Object.assign(new TodoApproval(), a, { requestedAt: new Date(a.requestedAt as string) }),
    ),
  });
}

import type { EntityManager } from 'typeorm';
import { unsealedThreadSql } from '../../auth/visibility.js';
import { ASSIGNMENT_STATUSES, DRAFT_STAGES, THREAD_STATUSES, WORK_STATUSES } from '../../domain.js';
import { rowFromJson } from '../../graphql/loaders.js';
import { ActionItemEntity, MeetingEntity } from '../meeting/index.js';
import { MilestoneEntity } from '../program/index.js';
import { TopicEntity } from '../topic/index.js';
import { CountById, CountByStatus, Dashboard, GroupCounts, ReviewScores, UnitLoad } from './dashboard.types.js';

type Counts = Record<string, number>;
type Json = Record<string, unknown>;

interface Figures {
  plansByStage: Counts;
  topicsByStatus: Counts;
  threadsByStatus: Counts;
  reviewsByStatus: Counts;
  threadsByPlan: { id: string; counts: Counts }[];
  threadsByUnit: { id: string; counts: Counts }[];
  topicsByUnit: { id: string; counts: Counts }[];
  reviewScores: { draftId: string; foresight: number; scientific: number; operability: number; submitted: number }[];
  overdueMilestones: Json[];
  overdueTopics: Json[];
  overdueActionItems: { item: Json; meeting: Json }[];
  unitLoad: { unitId: string; openThreads: number; overdueItems: number }[];
  adoptedNotReflectedByPlan: { id: string; count: number }[];
}

/**
 * Every figure of the dashboard in one SQL statement, aggregated by the database. Threads count
 * on the drafts they now belong to; reviews on their drafts; "overdue" is against `today`.
 *
 * The figures are the programme's, the same for every reader (a push of programEvents computes
 * them once for all its subscribers), so they count only the threads no seal hides from anyone:
 * a sealed review comment is not yet an opinion anyone but its expert and the working group can
 * see or answer, and counting it would tell everyone else it exists. It counts from the moment its
 * review is submitted or falls due.
 *
 * What is overdue comes as whole rows (each action item with its meeting): they are shown with the
 * figures and change with them, so they are read, and kept, with them.
 */
async function readFigures(m: EntityManager, programId: string, today: string): Promise<Figures> {
  const [row]: { f: Figures }[] = await m.query(
    `WITH counted AS (SELECT * FROM thread t WHERE t.program_id = $1 AND ${unsealedThreadSql('t', '$2::date')}),
     overdue_items AS (
       SELECT owner_unit_id AS unit_id, id, 'milestone' AS kind FROM milestone
        WHERE program_id = $1 AND owner_unit_id IS NOT NULL AND status <> 'DONE' AND due_on < $2::date
       UNION ALL
       SELECT lead_unit_id, id, 'topic' FROM research_topic WHERE program_id = $1 AND status <> 'DONE' AND due_on < $2::date
       UNION ALL
       SELECT owner_unit_id, id, 'action' FROM action_item WHERE program_id = $1 AND status <> 'DONE' AND due_on < $2::date
     ),
     open_threads AS (
       SELECT assigned_unit_id AS unit_id, count(*)::int AS n FROM counted
        WHERE status = 'OPEN' GROUP BY assigned_unit_id
     )
     SELECT json_build_object(
       'plansByStage', (SELECT coalesce(json_object_agg(stage, n), '{}') FROM
          (SELECT stage, count(*) AS n FROM plan WHERE program_id = $1 GROUP BY stage) s),
       'topicsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM
          (SELECT status, count(*) AS n FROM research_topic WHERE program_id = $1 GROUP BY status) s),
       'threadsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM
          (SELECT status, count(*) AS n FROM counted GROUP BY status) s),
       'reviewsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM
          (SELECT status, count(*) AS n FROM review_assignment WHERE program_id = $1 GROUP BY status) s),
       'threadsByPlan', (SELECT coalesce(json_agg(json_build_object('id', plan_id, 'counts', counts) ORDER BY sort_order), '[]') FROM
          (SELECT p.id AS plan_id, p.sort_order,
                  coalesce((SELECT json_object_agg(status, n) FROM (SELECT t.status, count(*) AS n FROM counted t
                    JOIN draft d ON d.id = t.draft_id WHERE d.plan_id = p.id GROUP BY t.status) c), '{}') AS counts
             FROM plan p WHERE p.program_id = $1) s),
       'threadsByUnit', (SELECT coalesce(json_agg(json_build_object('id', unit_id, 'counts', counts)), '[]') FROM
          (SELECT assigned_unit_id AS unit_id, json_object_agg(status, n) AS counts FROM
             (SELECT assigned_unit_id, status, count(*) AS n FROM counted GROUP BY assigned_unit_id, status) c
           GROUP BY assigned_unit_id) s),
       'topicsByUnit', (SELECT coalesce(json_agg(json_build_object('id', unit_id, 'counts', counts)), '[]') FROM
          (SELECT lead_unit_id AS unit_id, json_object_agg(status, n) AS counts FROM
             (SELECT lead_unit_id, status, count(*) AS n FROM research_topic WHERE program_id = $1 GROUP BY lead_unit_id, status) c
           GROUP BY lead_unit_id) s),
       'reviewScores', (SELECT coalesce(json_agg(json_build_object('draftId', draft_id, 'foresight', f, 'scientific', s,
                          'operability', o, 'submitted', n)), '[]') FROM
          (SELECT draft_id, avg(foresight)::float AS f, avg(scientific)::float AS s, avg(operability)::float AS o, count(*) AS n
             FROM review_assignment WHERE program_id = $1 AND status = 'SUBMITTED' GROUP BY draft_id) r),
       'overdueMilestones', (SELECT coalesce(json_agg(to_jsonb(m) ORDER BY m.due_on, m.sort_order), '[]') FROM milestone m
          WHERE m.program_id = $1 AND m.status <> 'DONE' AND m.due_on < $2::date),
       'overdueTopics', (SELECT coalesce(json_agg(to_jsonb(t) ORDER BY t.number), '[]') FROM research_topic t
          WHERE t.id IN (SELECT id FROM overdue_items WHERE kind = 'topic')),
       'overdueActionItems', (SELECT coalesce(json_agg(json_build_object('item', to_jsonb(a), 'meeting', to_jsonb(mt))
                                ORDER BY a.due_on, a.created_at, a.id), '[]')
          FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id
          WHERE a.id IN (SELECT id FROM overdue_items WHERE kind = 'action')),
       'adoptedNotReflectedByPlan', (SELECT coalesce(json_agg(json_build_object('id', plan_id, 'count', n) ORDER BY sort_order), '[]') FROM
          (SELECT p.id AS plan_id, p.sort_order, count(*)::int AS n FROM counted t JOIN draft d ON d.id = t.draft_id
             JOIN plan p ON p.id = d.plan_id WHERE t.adoption_state = 'NOT_REFLECTED' GROUP BY p.id, p.sort_order) s),
       'unitLoad', (SELECT coalesce(json_agg(json_build_object('unitId', unit_id, 'openThreads', open_n, 'overdueItems', overdue_n)
                      ORDER BY open_n + overdue_n DESC, unit_id), '[]') FROM
          (SELECT u.id AS unit_id, coalesce(o.n, 0) AS open_n,
                  (SELECT count(*)::int FROM overdue_items i WHERE i.unit_id = u.id) AS overdue_n
             FROM unit u LEFT JOIN open_threads o ON o.unit_id = u.id WHERE u.program_id = $1) loads
          WHERE open_n + overdue_n > 0)
     ) AS f`,
    [programId, today],
  );
  return (row as { f: Figures }).f;
}

const counts = (values: readonly string[], found: Counts): CountByStatus[] =>
  values.map((status) => Object.assign(new CountByStatus(), { status, count: Number(found[status] ?? 0) }));

const groups = (rows: { id: string; counts: Counts }[], values: readonly string[]) =>
  rows.map((r) => Object.assign(new GroupCounts(), { id: r.id, counts: counts(values, r.counts) }));

export async function buildDashboard(
  m: EntityManager,
  programId: string,
  today: string,
  asOf: Date,
): Promise<Dashboard> {
  const f = await readFigures(m, programId, today);
  const ds = m.connection;
  return Object.assign(new Dashboard(), {
    programId,
    asOf,
    plansByStage: counts(DRAFT_STAGES, f.plansByStage),
    topicsByStatus: counts(WORK_STATUSES, f.topicsByStatus),
    threadsByStatus: counts(THREAD_STATUSES, f.threadsByStatus),
    reviewsByStatus: counts(ASSIGNMENT_STATUSES, f.reviewsByStatus),
    threadsByPlan: groups(f.threadsByPlan, THREAD_STATUSES),
    threadsByUnit: groups(f.threadsByUnit, THREAD_STATUSES),
    topicsByUnit: groups(f.topicsByUnit, WORK_STATUSES),
    reviewScores: f.reviewScores.map((r) => Object.assign(new ReviewScores(), r)),
    overdueRows: {
      milestones: f.overdueMilestones.map((r) => rowFromJson(ds, MilestoneEntity, r)),
      topics: f.overdueTopics.map((r) => rowFromJson(ds, TopicEntity, r)),
      actionItems: f.overdueActionItems.map((r) => ({
        item: rowFromJson(ds, ActionItemEntity, r.item),
        meeting: rowFromJson(ds, MeetingEntity, r.meeting),
      })),
    },
    unitLoad: f.unitLoad.map((u) => Object.assign(new UnitLoad(), u)),
    adoptedNotReflected: f.adoptedNotReflectedByPlan.reduce((sum, p) => sum + p.count, 0),
    adoptedNotReflectedByPlan: f.adoptedNotReflectedByPlan.map((p) => Object.assign(new CountById(), p)),
  });
}

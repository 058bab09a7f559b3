import type { EntityManager } from 'typeorm';
import { DRAFT_STAGES, WORK_STATUSES } from '../../domain.js';
import { CountByStatus, Dashboard, UnitLoad } from './dashboard.types.js';

interface Figures {
  plansByStage: Record<string, number>;
  topicsByStatus: Record<string, number>;
  overdueMilestoneIds: string[];
  unitLoad: { unitId: string; overdueItems: number }[];
}

/** Every figure in one statement, aggregated by the database. */
async function readFigures(m: EntityManager, programId: string, today: string): Promise<Figures> {
  const [row]: { f: Figures }[] = await m.query(
    `SELECT json_build_object(
       'plansByStage', (SELECT coalesce(json_object_agg(stage, n), '{}') FROM
          (SELECT stage, count(*) AS n FROM plan WHERE program_id = $1 GROUP BY stage) s),
       'topicsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM
          (SELECT status, count(*) AS n FROM research_topic WHERE program_id = $1 GROUP BY status) s),
       'overdueMilestoneIds', (SELECT coalesce(json_agg(id ORDER BY due_on, sort_order), '[]') FROM milestone
          WHERE program_id = $1 AND status <> 'DONE' AND due_on < $2::date),
       'unitLoad', (SELECT coalesce(json_agg(json_build_object('unitId', unit_id, 'overdueItems', n) ORDER BY n DESC), '[]') FROM
          (SELECT unit_id, count(*)::int AS n FROM (
             SELECT owner_unit_id AS unit_id FROM milestone
              WHERE program_id = $1 AND owner_unit_id IS NOT NULL AND status <> 'DONE' AND due_on < $2::date
             UNION ALL
             SELECT lead_unit_id FROM research_topic
              WHERE program_id = $1 AND status <> 'DONE' AND due_on < $2::date
           ) items GROUP BY unit_id) loads)
     ) AS f`,
    [programId, today],
  );
  return (row as { f: Figures }).f;
}

const counts = (values: readonly string[], found: Record<string, number>): CountByStatus[] =>
  values.map((status) => Object.assign(new CountByStatus(), { status, count: Number(found[status] ?? 0) }));

export async function buildDashboard(
  m: EntityManager,
  programId: string,
  today: string,
  asOf: Date,
): Promise<Dashboard> {
  const f = await readFigures(m, programId, today);
  return Object.assign(new Dashboard(), {
    programId,
    asOf,
    plansByStage: counts(DRAFT_STAGES, f.plansByStage),
    topicsByStatus: counts(WORK_STATUSES, f.topicsByStatus),
    // Threads and reviews arrive with their modules; until then there are none to count.
    threadsByStatus: [],
    reviewsByStatus: [],
    overdueMilestoneIds: f.overdueMilestoneIds,
    unitLoad: f.unitLoad.map((u) =>
      Object.assign(new UnitLoad(), { unitId: u.unitId, overdueItems: u.overdueItems, openThreads: 0 }),
    ),
  });
}

import type { EntityManager } from 'typeorm';
import type { DraftStage } from '../../domain.js';
import { DRAFT_STAGES } from '../../domain.js';

/** The figures the gates look at, read in one statement. */
export interface GateFacts {
  topicsTotal: number;
  topicsDone: number;
  frameworkMilestoneDone: boolean;
  plans: { title: string; kind: 'MASTER' | 'SPECIAL'; stage: DraftStage }[];
}

/** The milestone that records the agreed "1+X" framework (phase 1's last gate condition). */
export const FRAMEWORK_MILESTONE_MARK = '“1+X”规划框架体系';

export async function readGateFacts(db: EntityManager, programId: string): Promise<GateFacts> {
  const [row]: { facts: GateFacts }[] = await db.query(
    `SELECT json_build_object(
       'topicsTotal', (SELECT count(*) FROM research_topic WHERE program_id = $1),
       'topicsDone', (SELECT count(*) FROM research_topic WHERE program_id = $1 AND status = 'DONE'),
       'frameworkMilestoneDone', coalesce((SELECT bool_and(status = 'DONE') FROM milestone
                                  WHERE program_id = $1 AND strpos(title, $2) > 0), false),
       'plans', coalesce((SELECT json_agg(json_build_object('title', title, 'kind', kind, 'stage', stage)
                                  ORDER BY sort_order) FROM plan WHERE program_id = $1), '[]'::json)
     ) AS facts`,
    [programId, FRAMEWORK_MILESTONE_MARK],
  );
  return (row as { facts: GateFacts }).facts;
}

export interface Condition {
  code: string;
  label: string;
  met: boolean;
  detail: string | null;
}

const reached = (stage: DraftStage, atLeast: DraftStage) =>
  DRAFT_STAGES.indexOf(stage) >= DRAFT_STAGES.indexOf(atLeast);

function everyPlan(
  facts: GateFacts,
  code: string,
  label: string,
  ok: (p: GateFacts['plans'][number]) => boolean,
): Condition {
  const missing = facts.plans.filter((p) => !ok(p)).map((p) => p.title);
  return {
    code,
    label,
    met: facts.plans.length > 0 && missing.length === 0,
    detail: missing.length ? `尚未满足：${missing.join('、')}` : null,
  };
}

/** What must hold before the programme moves on from the phase of this order. */
export function gateConditions(order: number, facts: GateFacts): Condition[] {
  switch (order) {
    case 1:
      return [
        {
          code: 'TOPICS_DONE',
          label: `${facts.topicsTotal}项重点调研课题全部完成`,
          met: facts.topicsTotal > 0 && facts.topicsDone === facts.topicsTotal,
          detail: facts.topicsDone < facts.topicsTotal ? `已完成 ${facts.topicsDone}/${facts.topicsTotal}` : null,
        },
        {
          code: 'FRAMEWORK_AGREED',
          label: '明确“1+X”规划框架体系',
          met: facts.frameworkMilestoneDone,
          detail: facts.frameworkMilestoneDone ? null : '该里程碑尚未完成',
        },
      ];
    case 2:
      return [everyPlan(facts, 'PLANS_FRAMEWORK', '每项规划形成规划框架', (p) => reached(p.stage, 'FRAMEWORK'))];
    case 3:
      return [everyPlan(facts, 'PLANS_REVIEW', '每项规划形成送审稿', (p) => reached(p.stage, 'REVIEW'))];
    case 4:
      return [
        everyPlan(
          facts,
          'MASTER_APPROVED',
          '总体规划经省政府审议批准',
          (p) => p.kind !== 'MASTER' || reached(p.stage, 'APPROVED'),
        ),
        everyPlan(facts, 'SPECIALS_ISSUED', '各专项规划印发', (p) => p.kind !== 'SPECIAL' || p.stage === 'ISSUED'),
      ];
    default:
      return [];
  }
}

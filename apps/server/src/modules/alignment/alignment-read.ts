import type { EntityManager } from 'typeorm';
import { PlanEntity } from '../plan/index.js';
import { AlignmentIssueEntity, type HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';
import { inCheckOrder } from './alignment-checks.js';

/**
 * A programme's 1+X as the matrix and the 衔接表 both lay it out: its plans in order, the master
 * plan's indicators, the X plans, who supports which, what supports nothing, and each indicator's
 * issues in the order the checks list them.
 */
export async function readAlignment(
  m: EntityManager,
  programId: string,
  higherTargets: () => Promise<HigherTargetEntity[]>,
) {
  const [plans, indicators, issues, highers] = await Promise.all([
    m.getRepository(PlanEntity).find({ where: { programId }, order: { sortOrder: 'ASC', title: 'ASC' } }),
    m.getRepository(IndicatorEntity).find({ where: { programId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    m.getRepository(AlignmentIssueEntity).find({ where: { programId }, order: { raisedAt: 'ASC', key: 'ASC' } }),
    higherTargets(),
  ]);
  const masterPlanIds = new Set(plans.filter((p) => p.kind === 'MASTER').map((p) => p.id));
  const masters = indicators.filter((i) => masterPlanIds.has(i.planId));
  const masterIds = new Set(masters.map((i) => i.id));
  const issuesOf = (indicatorId: string) => inCheckOrder(issues.filter((s) => s.indicatorId === indicatorId));
  return {
    plans,
    indicators,
    issues,
    highers,
    masters,
    /** The X plans: every plan but the master plan, in the programme's order. */
    others: plans.filter((p) => !masterPlanIds.has(p.id)),
    supportersOf: (masterId: string) => indicators.filter((i) => i.supportsId === masterId),
    /** The X plans' indicators that support no master-plan indicator. */
    unlinked: indicators.filter((i) => !masterPlanIds.has(i.planId) && !(i.supportsId && masterIds.has(i.supportsId))),
    issuesOf,
  };
}

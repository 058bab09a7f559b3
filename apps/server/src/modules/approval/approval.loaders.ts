import type { DraftStage } from '../../domain.js';
import { defineLoader, rowFromJson } from '../../graphql/loaders.js';
import { approvalBegun, type StageFacts } from '../draft/index.js';
import { ApprovalEntity, PlanIssuanceEntity } from './approval.entity.js';

/** What a plan page shows of a plan's life, read together. */
export interface PlanLife {
  /** Every approval requested, oldest request first. */
  approvals: ApprovalEntity[];
  /** Its issue and filing, if it was issued. */
  issuance: PlanIssuanceEntity | null;
  /** What the stage rule (draft module's publishableStages) reads. */
  facts: StageFacts;
}

interface LifeRow {
  id: string;
  stage: DraftStage;
  newest: string | null;
  approvals: Record<string, unknown>[];
  issuance: Record<string, unknown> | null;
}

/**
 * Each plan's approvals, issuance and stage facts in one statement: the stepper, the approvals
 * panel, the publish button and viewerCan all read them, and a page must not pay one statement each.
 */
export const lifeByPlan = defineLoader<string, PlanLife | null>(async (ds, planIds) => {
  const rows: LifeRow[] = await ds.query(
    `SELECT p.id, p.stage, n.id AS newest,
            COALESCE((SELECT json_agg(to_jsonb(a) ORDER BY a.requested_at, a.id) FROM approval a WHERE a.plan_id = p.id), '[]') AS approvals,
            (SELECT to_jsonb(i) FROM plan_issuance i WHERE i.plan_id = p.id) AS issuance
       FROM plan p
       LEFT JOIN LATERAL (SELECT id FROM draft d WHERE d.plan_id = p.id ORDER BY d.version DESC LIMIT 1) n ON true
      WHERE p.id = ANY($1::uuid[])`,
    [planIds],
  );
  const lives = new Map(
    rows.map((r) => {
      const approvals = r.approvals.map((a) => rowFromJson(ds, ApprovalEntity, a));
      const onNewest = approvals.filter((a) => a.draftId === r.newest).map((a) => a.decision);
      const life: PlanLife = {
        approvals,
        issuance: r.issuance ? rowFromJson(ds, PlanIssuanceEntity, r.issuance) : null,
        facts: { planStage: r.stage, approvalBegun: approvalBegun(onNewest) },
      };
      return [r.id, life] as const;
    }),
  );
  return planIds.map((id) => lives.get(id) ?? null);
});

import type { EntityManager } from 'typeorm';
import type { DraftStage } from '../../domain.js';
import { badInput, type DomainError, forbidden } from '../../errors.js';

// The one rule for the stage of a new version (issue 12). createDraft enforces it and
// Plan.publishableStages (modules/approval) shows it, both through publishableStagesOf, so what
// the page offers and what the server accepts never disagree.

/** The drafting stages, in the order a plan moves through them. APPROVED and ISSUED come only from approvals. */
export const DRAFTING_STAGES: readonly DraftStage[] = ['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW'];

export interface StageFacts {
  /** Where the plan stands: its newest version's stage, or what was set before it had one. */
  planStage: DraftStage;
  /**
   * Its newest version (a 送审稿) has an approval requested or granted, and none returned: from
   * then on the text is what is being approved, so no new version until a step returns it.
   */
  approvalBegun: boolean;
}

/** The plan's current stage and the next drafting stage; none once approval has begun, or once approved or issued. */
export function publishableStages(facts: StageFacts): DraftStage[] {
  if (facts.approvalBegun) return [];
  const at = DRAFTING_STAGES.indexOf(facts.planStage);
  return at < 0 ? [] : DRAFTING_STAGES.slice(at, at + 2);
}

/**
 * Whether approval of a version has begun, from the decisions of the approvals requested on it:
 * one requested or granted and none returned. The one reading of it, for readStageFacts here and
 * for the approval module's loader, which has the approvals at hand.
 */
export function approvalBegun(decisions: readonly string[]): boolean {
  return decisions.some((d) => d === 'PENDING' || d === 'APPROVED') && !decisions.includes('RETURNED');
}

/**
 * Each plan's stage and whether approval of its newest version has begun, in the caller's
 * transaction (or a request's). The approvals are the approval module's table
 * (modules/approval/approval.entity.ts), read here by SQL because that module sits above this one:
 * the rule of what may be published belongs to publishing, and approval only takes part in it.
 */
export async function readStageFacts(m: EntityManager, planIds: readonly string[]): Promise<Map<string, StageFacts>> {
  const rows: { id: string; stage: DraftStage; decisions: string[] }[] = await m.query(
    `SELECT p.id, p.stage, ARRAY(SELECT a.decision FROM approval a WHERE a.draft_id = n.id) AS decisions
       FROM plan p
       LEFT JOIN LATERAL (SELECT id FROM draft d WHERE d.plan_id = p.id ORDER BY d.version DESC LIMIT 1) n ON true
      WHERE p.id = ANY($1::uuid[])`,
    [planIds],
  );
  return new Map(rows.map((r) => [r.id, { planStage: r.stage, approvalBegun: approvalBegun(r.decisions) }]));
}

/** The stages' names as the official documents write them. */
export const STAGE_ZH: Record<DraftStage, string> = {
  OUTLINE: '编制思路',
  FRAMEWORK: '规划框架',
  CONSULTATION: '征求意见稿',
  REVIEW: '送审稿',
  APPROVED: '审定稿',
  ISSUED: '印发稿',
};

/** Why a new version may not be published at `stage` now, or null. */
export function stageRefusal(stage: DraftStage, facts: StageFacts): DomainError | null {
  const allowed = publishableStages(facts);
  if (allowed.length === 0) {
    const why = facts.approvalBegun
      ? '该规划送审稿已进入审批程序，退回修改前不能发布新版本 / Approval of this plan’s draft has begun: no new version may be published unless a step returns it.'
      : `该规划已${facts.planStage === 'ISSUED' ? '印发' : '审定'}，不能再发布新版本 / This plan is ${facts.planStage}: no new version may be published.`;
    return forbidden({ reason: 'PUBLISHING_CLOSED', message: why, facts: { planStage: facts.planStage } });
  }
  if (allowed.includes(stage)) return null;
  return badInput('input.stage', {
    reason: 'STAGE_NOT_ALLOWED',
    message:
      `新版本只能是${allowed.map((s) => STAGE_ZH[s]).join('或')}（当前为${STAGE_ZH[facts.planStage]}，阶段只能前进、不能跳过） / ` +
      `a new version may be published at ${allowed.join(' or ')} only (the plan is at ${facts.planStage}; stages move forward one at a time).`,
    facts: { stage, allowed: allowed.join(',') },
  });
}

import { can } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { draftsByPlan, publishableStages } from '../draft/index.js';
import type { Plan } from '../plan/index.js';
import { lifeByPlan } from './approval.loaders.js';
import { PlanPermissions } from './approval.types.js';
import { requestableStep } from './approval-steps.js';

const NONE = { publishDraft: false, requestApproval: false, decideApproval: false, issue: false, edit: false };

/**
 * What the viewer may do with a plan now: the policy (who) and the same state rules the mutations
 * apply (publishableStages, requestRefusal, the plan's stage), so the page offers only what the
 * server accepts.
 */
export async function planPermissions(ctx: Context, plan: Plan): Promise<PlanPermissions> {
  const actor = ctx.actor;
  if (!actor) return Object.assign(new PlanPermissions(), NONE);
  const subject = { type: 'plan', programId: plan.programId, leadUnitId: plan.leadUnitId } as const;
  const programme = { type: 'program', programId: plan.programId } as const;
  const [life, versions] = await Promise.all([lifeByPlan(ctx).load(plan.id), draftsByPlan(ctx).load(plan.id)]);
  const facts = life?.facts;
  const approvals = life?.approvals ?? [];
  const newest = versions.at(-1);
  const pending = approvals.find((a) => a.decision === 'PENDING');
  const requestable =
    newest &&
    requestableStep({
      plan,
      draftStage: newest.stage,
      isLatest: true,
      approvals: approvals.filter((a) => a.draftId === newest.id),
    });
  return Object.assign(new PlanPermissions(), {
    publishDraft: can(actor, 'draft.create', subject) && !!facts && publishableStages(facts).length > 0,
    requestApproval: can(actor, 'approval.request', programme) && !!requestable,
    decideApproval:
      !!pending && can(actor, 'approval.decide', { type: 'approval', programId: plan.programId, step: pending.step }),
    issue: can(actor, 'plan.issue', programme) && plan.stage === 'APPROVED',
    edit: can(actor, 'plan.edit', subject),
  });
}

import type { ApprovalStep, DraftStage, PlanKind } from '../../domain.js';
import { type DomainError, forbidden } from '../../errors.js';

// The state rules of a plan's approvals, beside the policy's who-may rules. The mutations throw
// what these return; Plan.viewerCan asks the same functions, so the actions offered and the
// writes accepted never disagree.

export const STEP_ZH: Record<ApprovalStep, string> = {
  EXPERT_ARGUMENT: '专家论证',
  LEADING_GROUP_REVIEW: '领导小组审议',
  GOVERNMENT_APPROVAL: '省政府审批',
};

/**
 * The steps a plan goes through, in order. Phase 4 of the document: "the master plan is submitted
 * to the provincial government …; special plans are issued by the department and filed with the
 * DRC". So the plan's kind decides, not its `issuance` note: that note is free text ("争取以省政府
 * 文件印发" says what is sought, not what is required) and anyone keeping the plan may reword it,
 * while the kind is fixed when the plan is created and is what the document's rule is about.
 */
export function stepsFor(plan: { kind: PlanKind }): ApprovalStep[] {
  return plan.kind === 'MASTER'
    ? ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW', 'GOVERNMENT_APPROVAL']
    : ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW'];
}

interface StepState {
  step: ApprovalStep;
  decision: 'PENDING' | 'APPROVED' | 'RETURNED';
}

/** What a request looks at: the plan's kind, the draft's stage, whether it is the newest, its approvals. */
export interface RequestFacts {
  plan: { kind: PlanKind };
  draftStage: DraftStage;
  isLatest: boolean;
  /** The approvals of this draft. */
  approvals: readonly StepState[];
}

/** Why `step` may not be requested on this draft now, or null. */
export function requestRefusal(step: ApprovalStep, f: RequestFacts): DomainError | null {
  if (!f.isLatest) {
    return forbidden({
      reason: 'NEWER_VERSION_EXISTS',
      message: 'A newer version of this draft exists: request approval of that one.',
    });
  }
  if (f.draftStage !== 'REVIEW') {
    return forbidden({
      reason: 'APPROVAL_NEEDS_REVIEW_DRAFT',
      message: `Approval is requested on a draft for approval (送审稿, REVIEW); this one is at ${f.draftStage}.`,
      facts: { stage: f.draftStage },
    });
  }
  if (f.approvals.some((a) => a.decision === 'RETURNED')) {
    return forbidden({
      reason: 'APPROVAL_DRAFT_RETURNED',
      message: 'This draft was returned: the lead unit publishes a revised 送审稿, and approval starts again on it.',
    });
  }
  const steps = stepsFor(f.plan);
  const at = steps.indexOf(step);
  if (at < 0) {
    return forbidden({
      reason: 'APPROVAL_STEP_NOT_NEEDED',
      message: `A special plan is issued by the department and filed with the DRC: it has no ${step} step.`,
      facts: { step },
    });
  }
  const mine = f.approvals.filter((a) => a.step === step);
  if (mine.some((a) => a.decision === 'PENDING')) {
    return forbidden({
      reason: 'APPROVAL_ALREADY_OPEN',
      message: `A request for ${step} is already open.`,
      facts: { step },
    });
  }
  if (mine.some((a) => a.decision === 'APPROVED')) {
    return forbidden({
      reason: 'APPROVAL_ALREADY_APPROVED',
      message: `${step} has already been approved.`,
      facts: { step },
    });
  }
  const before = steps[at - 1];
  if (before && !f.approvals.some((a) => a.step === before && a.decision === 'APPROVED')) {
    return forbidden({
      reason: 'APPROVAL_STEP_ORDER',
      message: `${step} is requested once ${before} is approved.`,
      facts: { step, after: before },
    });
  }
  return null;
}

/** The step that could be requested now, if any. */
export function requestableStep(f: RequestFacts): ApprovalStep | null {
  return stepsFor(f.plan).find((s) => requestRefusal(s, f) === null) ?? null;
}

/** Every step the plan needs is approved on this draft. */
export function allApproved(plan: { kind: PlanKind }, approvals: readonly StepState[]): boolean {
  return stepsFor(plan).every((s) => approvals.some((a) => a.step === s && a.decision === 'APPROVED'));
}

import type { ApprovalItemFragment, ApprovalStep, PlanKind } from '@gongbian/graphql-client';

/**
 * The steps a plan of each kind goes through, in order: the master plan goes to the provincial
 * government, a special plan is issued by the department. Mirrors `stepsFor` in the server's
 * modules/approval/approval-steps.ts (the schema names no list of steps); whether a step may be
 * requested or decided now is still the server's answer (Plan.viewerCan).
 */
export function stepsOf(kind: PlanKind): ApprovalStep[] {
  return kind === 'MASTER'
    ? ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW', 'GOVERNMENT_APPROVAL']
    : ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW'];
}

export interface StepRow {
  step: ApprovalStep;
  /** the newest request of this step in the current round, if any */
  approval: ApprovalItemFragment | null;
}

/**
 * The current round of approval — the requests on the plan's newest version — step by step, and
 * the requests on earlier versions (a returned 送审稿 and what was decided on it), newest first.
 */
export function approvalRounds(
  kind: PlanKind,
  approvals: readonly ApprovalItemFragment[],
  newestDraftId: string | null,
): { steps: StepRow[]; earlier: ApprovalItemFragment[] } {
  const current = approvals.filter((a) => a.draft.id === newestDraftId);
  const steps = stepsOf(kind).map((step) => ({
    step,
    approval: current.filter((a) => a.step === step).at(-1) ?? null,
  }));
  const earlier = approvals.filter((a) => a.draft.id !== newestDraftId).reverse();
  return { steps, earlier };
}

/** The step a request now asks for: the first of the current round not yet approved (the server checks the order). */
export function nextStep(rows: readonly StepRow[]): ApprovalStep | null {
  return rows.find((r) => r.approval?.decision !== 'APPROVED')?.step ?? null;
}

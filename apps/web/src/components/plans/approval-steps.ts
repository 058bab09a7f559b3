import type { ApprovalItemFragment, ApprovalStep } from '@gongbian/graphql-client';

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
  stepsOfPlan: readonly ApprovalStep[],
  approvals: readonly ApprovalItemFragment[],
  newestDraftId: string | null,
): { steps: StepRow[]; earlier: ApprovalItemFragment[] } {
  const current = approvals.filter((a) => a.draft.id === newestDraftId);
  const steps = stepsOfPlan.map((step) => ({
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

/** Why no new opinion can be started on a draft now; null when it can. */
export type ClosedReason = 'NEWER_VERSION' | 'DEADLINE_PASSED' | 'STAGE_CLOSED' | null;

export interface DraftOpenFacts {
  id: string;
  commentsOpen: boolean;
  commentDeadline: string | null;
  plan: { currentDraft: { id: string } | null };
}

/**
 * The server's `commentsOpen` is newest version ∧ commentable stage ∧ before the deadline; when it
 * is false, name the first of those that fails, in the order a reader can act on it.
 */
export function closedReason(draft: DraftOpenFacts, now: string): ClosedReason {
  if (draft.commentsOpen) return null;
  if (draft.plan.currentDraft && draft.plan.currentDraft.id !== draft.id) return 'NEWER_VERSION';
  if (draft.commentDeadline && Date.parse(now) >= Date.parse(draft.commentDeadline)) return 'DEADLINE_PASSED';
  return 'STAGE_CLOSED';
}

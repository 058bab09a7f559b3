import { can } from '../../auth/policy.js';
import type { DraftStage } from '../../domain.js';
import { type DomainError, forbidden } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { PlanCoUnitEntity, planLoader } from '../plan/index.js';
import { coUnitLoaderOf } from '../unit/index.js';
import { draftsByPlan } from './draft.loaders.js';
import { type Draft, DraftPermissions } from './draft.types.js';

// The state rules of writes on a draft, beside the policy's who-may rules. The mutations throw
// what these return; Draft.viewerCan asks the same functions, so the actions offered and the
// writes accepted never disagree.

const COMMENTABLE: ReadonlySet<DraftStage> = new Set(['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW']);
const UNDER_REVIEW: ReadonlySet<DraftStage> = new Set(['CONSULTATION', 'REVIEW']);

interface DraftState {
  stage: DraftStage;
  commentDeadline: Date | null;
}

/** Why no thread may be started on this draft now, whoever asks (every source), or null. */
export function commentWindowRefusal(draft: DraftState, isLatest: boolean, now: Date): DomainError | null {
  if (!isLatest) {
    return forbidden({
      reason: 'NEWER_VERSION_EXISTS',
      message: 'A newer version of this draft exists: comment on that one.',
    });
  }
  if (!COMMENTABLE.has(draft.stage)) {
    return forbidden({
      reason: 'STAGE_CLOSED',
      message: `Comments are closed on a draft at the ${draft.stage} stage.`,
      facts: { stage: draft.stage },
    });
  }
  if (draft.commentDeadline && now >= draft.commentDeadline) {
    const deadline = draft.commentDeadline.toISOString();
    return forbidden({
      reason: 'COMMENT_WINDOW_CLOSED',
      message: `Commenting on this draft closed on ${deadline}.`,
      facts: { deadline },
    });
  }
  return null;
}

/** Why this draft's reviews can no longer be assigned or change, or null. */
export function reviewWindowRefusal(draft: DraftState, isLatest: boolean): DomainError | null {
  if (!isLatest || !UNDER_REVIEW.has(draft.stage)) {
    return forbidden({
      reason: 'REVIEW_WINDOW_CLOSED',
      message:
        'This draft has left review (a newer version exists or its stage moved on); the review can no longer change.',
    });
  }
  return null;
}

// Each plan's lead unit, co-operating units and newest version, read with every other draft's on
// the page — and with what the page asks anyway (Draft.plan, Plan.drafts, Plan.coUnits), through
// the same loaders.
async function planFacts(ctx: Context, planId: string) {
  const [plan, versions, coUnitIds] = await Promise.all([
    planLoader(ctx).load(planId),
    draftsByPlan(ctx).load(planId),
    coUnitLoaderOf(PlanCoUnitEntity, ctx)?.load(planId) ?? [],
  ]);
  return plan && { leadUnitId: plan.leadUnitId, coUnitIds, latestDraftId: versions.at(-1)?.id ?? null };
}

/** What the viewer may do with a draft: what startThread, createDraft, assignReview and dispositionTable check. */
export async function draftPermissions(ctx: Context, draft: Draft): Promise<DraftPermissions> {
  const actor = ctx.actor;
  const plan = actor && (await planFacts(ctx, draft.planId));
  if (!actor || !plan) {
    return Object.assign(new DraftPermissions(), {
      comment: false,
      publishNextVersion: false,
      assignReview: false,
      exportTable: false,
    });
  }
  const isLatest = plan.latestDraftId === draft.id;
  const subject = {
    type: 'draft',
    programId: draft.programId,
    stage: draft.stage,
    leadUnitId: plan.leadUnitId,
    coUnitIds: plan.coUnitIds,
  } as const;
  return Object.assign(new DraftPermissions(), {
    comment: commentWindowRefusal(draft, isLatest, ctx.clock.now()) === null && can(actor, 'thread.start', subject),
    publishNextVersion: can(actor, 'draft.create', {
      type: 'plan',
      programId: draft.programId,
      leadUnitId: plan.leadUnitId,
    }),
    assignReview:
      can(actor, 'review.assign', { type: 'program', programId: draft.programId }) &&
      reviewWindowRefusal(draft, isLatest) === null,
    exportTable: can(actor, 'draft.export', subject),
  });
}

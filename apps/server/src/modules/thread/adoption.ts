import type { Anchor } from '@gongbian/anchoring';
import { authorize } from '../../auth/authorize.js';
import { ADOPTION_STATE_ZH, type AdoptionState } from '../../domain.js';
import { badInput } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { type PublishedHook, relocateAnchors, textBlocksOf } from '../draft/index.js';
import { notify } from '../notification/index.js';
import { ADOPTING, lockThread } from './thread.service.js';
import { threadSubject } from './thread-permissions.js';

/**
 * 采纳 means done. An ADOPTED or PARTLY_ADOPTED opinion promises a change to the text, so each
 * newer version of its draft is compared with the version it was decided on: its passage is
 * followed into the new version (as open threads are carried) and
 * - REFLECTED when the passage's paragraph reads differently there,
 * - NOT_REFLECTED when it reads the same (checked again at the next version),
 * - PASSAGE_REMOVED when it is gone.
 * Opinions on the whole draft (or decided while their passage was already gone) stay
 * AWAITING_VERSION until the lead unit confirms where they were carried out (confirmAdoption).
 */

/** An adoption still to be found in the text, read with its passage in the version it was decided on. */
interface Pending {
  id: string;
  draft_id: string;
  block_id: string;
  anchor_start: number;
  anchor_end: number;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  author_id: string;
  review_assignment_id: string | null;
  state: AdoptionState;
}

/** The new state of an adoption whose passage went where `relocated` says, from a paragraph reading `before`. */
function stateIn(
  before: string | undefined,
  relocated: { state: string; anchor: Anchor | null } | null,
  blocks: ReadonlyMap<string, string>,
): AdoptionState {
  if (!relocated?.anchor || relocated.state === 'ORPHANED') return 'PASSAGE_REMOVED';
  return blocks.get(relocated.anchor.blockId) === before ? 'NOT_REFLECTED' : 'REFLECTED';
}

/**
 * A plan's new version, for its adopted opinions (draft module's onVersionPublished, inside the
 * publishing transaction): each not yet found in the text is checked against it. The author of
 * each that is now reflected is told; the plan's lead unit is told of those it leaves unreflected.
 */
export const checkAdoptions: PublishedHook = async (scope, published) => {
  const { m } = scope;
  const pending: Pending[] = await m.query(
    `SELECT t.id, t.draft_id, t.block_id, t.anchor_start, t.anchor_end, t.quote, t.prefix, t.suffix, t.author_id,
            t.review_assignment_id, t.adoption_state AS state
       FROM thread t JOIN draft d ON d.id = t.draft_id
      WHERE d.plan_id = $1 AND t.draft_id <> $2 AND t.status IN ('ADOPTED', 'PARTLY_ADOPTED')
        AND t.adoption_state IN ('AWAITING_VERSION', 'NOT_REFLECTED')
        AND t.block_id IS NOT NULL AND t.anchor_start IS NOT NULL AND t.anchor_state <> 'ORPHANED'
      ORDER BY t.id FOR NO KEY UPDATE OF t`,
    [published.planId, published.draft.id],
  );
  if (pending.length === 0) return;
  const newBlocks = published.blocks.map((b) => ({ id: b.id, text: b.text }));
  const newText = new Map(newBlocks.map((b) => [b.id, b.text]));
  const results: { row: Pending; state: AdoptionState }[] = [];
  // One relocation per version the opinions were decided on.
  for (const draftId of new Set(pending.map((p) => p.draft_id))) {
    const rows = pending.filter((p) => p.draft_id === draftId);
    // Most were decided on the version just followed, whose blocks the carry-over has read.
    const oldBlocks = draftId === published.previousId ? [...published.previousBlocks] : await textBlocksOf(m, draftId);
    const oldText = new Map(oldBlocks.map((b) => [b.id, b.text]));
    const { relocations } = await relocateAnchors(
      oldBlocks,
      newBlocks,
      rows.map((r) => ({
        blockId: r.block_id,
        start: r.anchor_start,
        end: r.anchor_end,
        quote: r.quote ?? '',
        prefix: r.prefix ?? '',
        suffix: r.suffix ?? '',
      })),
    );
    rows.forEach((row, i) => {
      results.push({ row, state: stateIn(oldText.get(row.block_id), relocations[i] ?? null, newText) });
    });
  }
  await m.query(
    `UPDATE thread AS t SET adoption_state = u.state, adoption_draft_id = $1, adoption_checked_at = $2
       FROM unnest($3::uuid[], $4::text[]) AS u(id, state) WHERE t.id = u.id`,
    [published.draft.id, scope.now, results.map((r) => r.row.id), results.map((r) => r.state)],
  );
  await scope.emitAll(
    results.map(({ row, state }) => ({
      stream: streams.draft(row.draft_id),
      kind: 'thread.adoption-checked' as const,
      subjectId: row.id,
      sealedBy: row.review_assignment_id,
      summary: `已采纳意见在第 ${published.draft.version} 版中${ADOPTION_STATE_ZH[state]}`,
      payload: { threadId: row.id, state, version: published.draft.id },
    })),
  );
  for (const { row } of results.filter((r) => r.state === 'REFLECTED')) {
    await notify(scope, [row.author_id], {
      kind: 'adoption',
      summary: `你被采纳的意见已在第 ${published.draft.version} 版中落实`,
      facts: { version: String(published.draft.version), state: 'REFLECTED' },
      subjectId: row.id,
      sealedBy: row.review_assignment_id,
    });
  }
  const unreflected = results.filter((r) => r.state === 'NOT_REFLECTED');
  const gaps = unreflected.length;
  const first = unreflected[0]?.row;
  if (first) {
    const lead: { id: string }[] = await m.query(
      `SELECT pe.id FROM plan p JOIN person pe ON pe.unit_id = p.lead_unit_id AND pe.role = 'UNIT_MEMBER' WHERE p.id = $1`,
      [published.planId],
    );
    await notify(
      scope,
      lead.map((p) => p.id),
      {
        kind: 'adoption-gap',
        summary: `第 ${published.draft.version} 版仍有 ${gaps} 条已采纳意见未落实`,
        facts: { version: String(published.draft.version), count: String(gaps) },
        subjectId: first.id,
        sealedBy: first.review_assignment_id,
      },
    );
  }
};

/**
 * The lead unit (or the working group) says where an adopted opinion was carried out — in another
 * passage, another plan ("在专项规划中明确") — which makes it REFLECTED in their name and words.
 */
export async function confirmAdoption(scope: WriteScope, threadId: string, note: string) {
  const { thread, draft, coUnitIds } = await lockThread(scope, threadId);
  authorize(scope, 'thread.dispose', threadSubject(thread, draft, coUnitIds), {
    reason: 'CONFIRM_ADOPTION_ROLE',
    message: 'Only the unit that must answer the opinion, or the working group, confirms where it was carried out.',
  });
  if (!ADOPTING.has(thread.status)) {
    throw badInput('input.threadId', {
      reason: 'THREAD_NOT_ADOPTED',
      message: 'only an adopted or partly adopted opinion is carried out.',
    });
  }
  const text = note.trim();
  if (!text) {
    throw badInput('input.note', { reason: 'ADOPTION_NOTE_REQUIRED', message: 'say where it was carried out.' });
  }
  await scope.m.query(
    `UPDATE thread SET adoption_state = 'REFLECTED', adoption_confirmed_by = $2, adoption_note = $3, adoption_checked_at = $4
      WHERE id = $1`,
    [thread.id, scope.actor.id, text, scope.now],
  );
  await scope.emit({
    stream: streams.draft(thread.draftId),
    kind: 'thread.adoption-confirmed',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: `${scope.actor.name} 确认已采纳意见已落实：${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
    payload: { threadId: thread.id, note: text },
  });
  if (thread.adoptionState !== 'REFLECTED') {
    await notify(scope, [thread.authorId], {
      kind: 'adoption',
      summary: `你被采纳的意见已落实：${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
      facts: { state: 'REFLECTED', note: text },
      subjectId: thread.id,
      sealedBy: thread.reviewAssignmentId,
    });
  }
  return { threadId: thread.id };
}

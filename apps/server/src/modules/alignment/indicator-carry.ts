import type { Anchor } from '@gongbian/anchoring';
import { type PublishedHook, refound, relocateAnchors } from '../draft/index.js';
import { IndicatorEntity } from './alignment.entity.js';
import { recheck } from './alignment-checks.js';

const anchorOf = (i: IndicatorEntity): Anchor | null =>
  i.sourceState !== 'ORPHANED' && i.blockId !== null && i.anchorStart !== null && i.anchorEnd !== null
    ? {
        blockId: i.blockId,
        start: i.anchorStart,
        end: i.anchorEnd,
        quote: i.quote ?? '',
        prefix: i.prefix ?? '',
        suffix: i.suffix ?? '',
      }
    : null;

/**
 * A plan's new version, for its indicators: each source passage moves into it as open threads do
 * (kept in place, moved, or orphaned keeping its quote; an orphan whose exact text comes back is
 * found again), and every indicator of the plan is checked again — a passage that no longer states
 * its figure raises SOURCE_CHANGED, one that is gone SOURCE_ORPHANED.
 */
export const carryIndicators: PublishedHook = async (scope, published) => {
  const { m } = scope;
  const rows = await m
    .getRepository(IndicatorEntity)
    .find({ where: { planId: published.planId }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  if (rows.length === 0) return;
  const newBlocks = published.blocks.map((b) => ({ id: b.id, text: b.text }));
  const carried = rows.filter(
    (r) => r.sourceState !== null && (r.draftId === published.previousId || r.sourceState === 'ORPHANED'),
  );
  if (carried.length > 0 && published.previousId) {
    const { relocations } = await relocateAnchors([...published.previousBlocks], newBlocks, carried.map(anchorOf));
    for (const [n, i] of carried.entries()) {
      const moved = i.sourceState === 'ORPHANED' ? refound(i.quote, newBlocks) : relocations[n];
      const next = moved?.anchor ?? null;
      await m.getRepository(IndicatorEntity).update(
        { id: i.id },
        {
          draftId: published.draft.id,
          sourceState: moved?.state ?? 'ORPHANED',
          blockId: next?.blockId ?? null,
          anchorStart: next?.start ?? null,
          anchorEnd: next?.end ?? null,
          quote: next?.quote ?? i.quote,
          prefix: next?.prefix ?? i.prefix,
          suffix: next?.suffix ?? i.suffix,
        },
      );
    }
  }
  await recheck(
    scope,
    rows.map((r) => r.id),
  );
};

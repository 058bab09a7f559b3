import type { CompareDraftsQuery } from '@gongbian/graphql-client';

export type BlockChange = CompareDraftsQuery['compareDrafts'][number];
export type ChangeKind = 'UNCHANGED' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface Run {
  text: string;
  /** changed on this side: deleted from the old text, inserted into the new one */
  changed: boolean;
}

/** The runs of one side of a row: the old side shows deletions, the new side insertions. */
export function sideRuns(change: BlockChange, side: 'old' | 'new'): Run[] {
  const block = side === 'old' ? change.old : change.new;
  if (!block) return [];
  if (change.kind !== 'CHANGED' || !change.parts.length) {
    return [{ text: block.text, changed: change.kind === (side === 'old' ? 'REMOVED' : 'ADDED') }];
  }
  const own = side === 'old' ? 'DELETE' : 'INSERT';
  return change.parts
    .filter((p) => p.op === 'EQUAL' || p.op === own)
    .map((p) => ({ text: p.text, changed: p.op === own }));
}

export function summarize(changes: readonly BlockChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { UNCHANGED: 0, ADDED: 0, REMOVED: 0, CHANGED: 0 };
  for (const c of changes) if (c.kind in counts) counts[c.kind as ChangeKind]++;
  return counts;
}

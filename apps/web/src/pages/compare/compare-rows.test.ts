import { describe, expect, it } from 'vitest';
import { type BlockChange, sideRuns, summarize } from './compare-rows';

const block = (id: string, text: string) => ({
  __typename: 'Block' as const,
  id,
  kind: 'PARAGRAPH' as const,
  level: 0,
  label: null,
  text,
});
const part = (op: string, text: string) => ({ __typename: 'BlockDiffPart' as const, op, text });

describe('compare rows', () => {
  const changed: BlockChange = {
    __typename: 'BlockChange',
    kind: 'CHANGED',
    old: block('a', '到2025年基本建成'),
    new: block('a', '到2025年全面建成'),
    parts: [part('EQUAL', '到2025年'), part('DELETE', '基本'), part('INSERT', '全面'), part('EQUAL', '建成')],
  };

  it('shows deletions on the old side and insertions on the new one', () => {
    expect(sideRuns(changed, 'old')).toEqual([
      { text: '到2025年', changed: false },
      { text: '基本', changed: true },
      { text: '建成', changed: false },
    ]);
    expect(
      sideRuns(changed, 'new')
        .map((r) => r.text)
        .join(''),
    ).toBe('到2025年全面建成');
  });

  it('marks a whole added or removed block, and leaves the missing side empty', () => {
    const added: BlockChange = {
      __typename: 'BlockChange',
      kind: 'ADDED',
      old: null,
      new: block('b', '新增段落'),
      parts: [],
    };
    expect(sideRuns(added, 'old')).toEqual([]);
    expect(sideRuns(added, 'new')).toEqual([{ text: '新增段落', changed: true }]);
    expect(summarize([changed, added, added])).toEqual({ UNCHANGED: 0, ADDED: 2, REMOVED: 0, CHANGED: 1 });
  });
});

import { type Anchor, createRelocator, makeAnchor, type TextBlock } from '@gongbian/anchoring';
import { describe, expect, it } from 'vitest';
import { INLINE_WORK, relocateAnchors, relocationWork } from './reanchor.js';

const PHRASES = ['健全', '应急管理体系', '强化', '风险防控能力', '推进', '监测预警网络', '落实', '物资保障体系'];

/** A draft of `n` paragraphs, and its next version with every fifth paragraph rewritten and one in ten dropped. */
function versions(n: number): { oldBlocks: TextBlock[]; newBlocks: TextBlock[] } {
  const text = (i: number) =>
    `第${i}条 ${Array.from({ length: 8 }, (_, k) => PHRASES[(i * 7 + k * 3) % PHRASES.length]).join('，')}，完成率达到${i % 97}%。`;
  const oldBlocks = Array.from({ length: n }, (_, i) => ({ id: `old-${i}`, text: text(i) }));
  const newBlocks = oldBlocks.flatMap((b, i) => {
    if (i % 10 === 3) return [];
    return [{ id: `new-${i}`, text: i % 5 === 0 ? `修改后：${b.text.slice(6)}` : b.text }];
  });
  return { oldBlocks, newBlocks };
}

/** Anchors on `count` blocks spread over the draft, the last without one (a thread on the whole draft). */
function anchors(oldBlocks: TextBlock[], count: number): (Anchor | null)[] {
  const step = Math.floor(oldBlocks.length / count);
  const list: (Anchor | null)[] = Array.from({ length: count }, (_, k) => {
    const block = oldBlocks[k * step] as TextBlock;
    return makeAnchor(block, 8, 20);
  });
  list.push(null);
  return list;
}

describe('relocating anchors into a new version', () => {
  it('works out a large draft in a worker thread, while this thread keeps serving, with the same result', async () => {
    const { oldBlocks, newBlocks } = versions(1500);
    const given = anchors(oldBlocks, 40);
    expect(relocationWork(oldBlocks, newBlocks, given.length)).toBeGreaterThan(INLINE_WORK);

    // This thread's turns while the work is done: none if it ran here, in one piece.
    let turns = 0;
    let waiting = true;
    const turn = () => {
      if (!waiting) return;
      turns++;
      setImmediate(turn);
    };
    setImmediate(turn);
    const result = await relocateAnchors(oldBlocks, newBlocks, given);
    waiting = false;

    expect(turns).toBeGreaterThan(10);
    expect(result.ranIn).toBe('worker');
    const relocate = createRelocator(oldBlocks, newBlocks);
    expect(result.relocations).toEqual(given.map((a) => (a ? relocate(a) : null)));
    // The edits leave some passages in place and move others: both kinds went through the worker.
    const states = new Set(result.relocations.map((r) => r?.state));
    expect(states).toContain('ATTACHED');
    expect(states).toContain('MOVED');
  });

  it('works out a small draft on this thread, where a worker would cost more than the work', async () => {
    const { oldBlocks, newBlocks } = versions(6);
    const given = anchors(oldBlocks, 2);
    const result = await relocateAnchors(oldBlocks, newBlocks, given);
    expect(result.ranIn).toBe('thread');
    const relocate = createRelocator(oldBlocks, newBlocks);
    expect(result.relocations).toEqual(given.map((a) => (a ? relocate(a) : null)));
  });

  it('answers two publications at once, each with its own relocations', async () => {
    const { oldBlocks, newBlocks } = versions(1200);
    const given = anchors(oldBlocks, 10);
    const [a, b] = await Promise.all([
      relocateAnchors(oldBlocks, newBlocks, given),
      relocateAnchors(oldBlocks, newBlocks, given.slice(0, 5)),
    ]);
    expect([a.ranIn, b.ranIn]).toEqual(['worker', 'worker']);
    expect(b.relocations).toEqual(a.relocations.slice(0, 5));
  });
});

import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, makeAnchor } from './anchor.js';
import { PLAN } from './drafts.fixture.js';

const block = { id: 'b1', text: PLAN.floods };

describe('makeAnchor', () => {
  it('quotes the passage with CONTEXT_LENGTH characters either side', () => {
    const start = PLAN.floods.indexOf('汛期实行');
    const anchor = makeAnchor(block, start, start + 10);
    expect(anchor).toEqual({
      blockId: 'b1',
      start,
      end: start + 10,
      quote: '汛期实行24小时值班',
      prefix: PLAN.floods.slice(start - CONTEXT_LENGTH, start),
      suffix: PLAN.floods.slice(start + 10, start + 10 + CONTEXT_LENGTH),
    });
  });

  it('keeps context within the block', () => {
    const anchor = makeAnchor(block, 0, 4);
    expect(anchor.prefix).toBe('');
    expect(makeAnchor(block, PLAN.floods.length - 4, PLAN.floods.length).suffix).toBe('');
  });

  it('widens context rather than cut an emoji in half', () => {
    const text = `🚒${'救'.repeat(CONTEXT_LENGTH - 1)}援队伍🚒`;
    const anchor = makeAnchor({ id: 'e', text }, CONTEXT_LENGTH + 1, CONTEXT_LENGTH + 3);
    expect(anchor.prefix).toBe(text.slice(0, CONTEXT_LENGTH + 1));
    expect(anchor.prefix.startsWith('🚒')).toBe(true);
  });

  it.each([
    [-1, 3],
    [0, PLAN.floods.length + 1],
    [5, 5],
    [6, 5],
    [0.5, 3],
    [Number.NaN, 3],
  ])('refuses the range [%s, %s) with a RangeError', (start, end) => {
    expect(() => makeAnchor(block, start, end)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';

const people = [
  { id: '1', name: '李明' },
  { id: '2', name: '李明华' },
  { id: '3', name: 'Wang Fang' },
];

describe('findMentions', () => {
  it('finds a Chinese name followed directly by more text, preferring the longest name', () => {
    expect(findMentions('@李明请看第三段', people).map((p) => p.id)).toEqual(['1']);
    expect(findMentions('@李明华 同意', people).map((p) => p.id)).toEqual(['2']);
  });

  it('finds several, once each, and ignores unknown names and bare @', () => {
    expect(findMentions('@Wang Fang 和 @李明，还有 @李明 与 @张三 @', people).map((p) => p.id)).toEqual(['3', '1']);
  });
});

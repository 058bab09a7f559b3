import { describe, expect, it } from 'vitest';
import { stackCards } from './margin-layout';

describe('the margin cards', () => {
  it('sit beside their passages when there is room', () => {
    const tops = stackCards([
      { id: 'a', want: 40, height: 100 },
      { id: 'b', want: 300, height: 100 },
    ]);
    expect([...tops]).toEqual([
      ['a', 40],
      ['b', 300],
    ]);
  });
  it('push the next card down below one they would overlap', () => {
    const tops = stackCards(
      [
        { id: 'a', want: 40, height: 100 },
        { id: 'b', want: 60, height: 50 },
        { id: 'c', want: 150, height: 50 },
      ],
      8,
    );
    expect([...tops]).toEqual([
      ['a', 40],
      ['b', 148],
      ['c', 206],
    ]);
  });
  it('start no higher than the floor', () => {
    expect(stackCards([{ id: 'a', want: 0, height: 10 }], 8, 44).get('a')).toBe(44);
  });
});

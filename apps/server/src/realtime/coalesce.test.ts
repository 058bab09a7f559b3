import { Repeater } from '@repeaterjs/repeater';
import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.js';

describe('coalesce', () => {
  it('turns a burst into one push of the newest item with its count, and passes later items on', async () => {
    const source = new Repeater<number>(async (push, stop) => {
      for (let i = 1; i <= 500; i++) await push(i);
      await new Promise((r) => setTimeout(r, 120));
      await push(501);
      await stop;
    });
    const out: { item: number; count: number }[] = [];
    for await (const x of coalesce(source, 50)) {
      out.push(x);
      if (x.item === 501) break;
    }
    expect(out.at(-1)).toEqual({ item: 501, count: 1 });
    expect(out.length).toBeLessThanOrEqual(5);
    expect(out.reduce((n, x) => n + x.count, 0)).toBe(501);
    expect(out.map((x) => x.item)).toEqual([...out.map((x) => x.item)].sort((a, b) => a - b));
  });
});

import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  type FilterableThread,
  inReadingOrder,
  matchesFilters,
  NO_FILTERS,
  raisingUnits,
  splitThreads,
} from './thread-filter';

const kexin = { id: 'u-kexin', shortName: '科信处', name: '省应急管理厅科信处' };
const anke = { id: 'u-anke', shortName: '省安科院', name: '浙江省安全生产科学研究院' };

let n = 0;
function thread(over: Partial<FilterableThread> = {}): FilterableThread {
  n++;
  return {
    id: `t${n}`,
    status: 'OPEN',
    source: 'ONLINE',
    anchorState: 'ATTACHED',
    createdAt: `2020-11-0${(n % 9) + 1}T08:00:00Z`,
    anchor: { blockId: 'b1', start: 0, end: 4 },
    author: { unit: kexin },
    ...over,
  };
}

describe('thread filters', () => {
  const open = thread();
  const adopted = thread({ status: 'ADOPTED', author: { unit: anke } });
  const review = thread({ status: 'NOT_ADOPTED', source: 'REVIEW', author: { unit: null } });
  const all = [open, adopted, review];
  const pick = (f: Partial<typeof NO_FILTERS>) =>
    all.filter((t) => matchesFilters(t, { ...NO_FILTERS, ...f })).map((t) => t.id);

  it('lets everything through with no filter', () => {
    expect(pick({})).toEqual([open.id, adopted.id, review.id]);
  });

  it('keeps threads in any of the chosen statuses', () => {
    expect(pick({ statuses: ['ADOPTED', 'NOT_ADOPTED'] })).toEqual([adopted.id, review.id]);
  });

  it('filters by the unit that raised it and by source, together', () => {
    expect(pick({ unitId: anke.id })).toEqual([adopted.id]);
    expect(pick({ source: 'REVIEW' })).toEqual([review.id]);
    expect(pick({ unitId: kexin.id, statuses: ['ADOPTED'] })).toEqual([]);
  });

  it('lists the raising units once each', () => {
    expect(
      raisingUnits(all)
        .map((u) => u.label)
        .sort(),
    ).toEqual(['省安科院', '科信处'].sort());
  });

  it('counts by status', () => {
    expect(countByStatus(all)).toMatchObject({ total: 3, OPEN: 1, ADOPTED: 1, NOT_ADOPTED: 1, WITHDRAWN: 0 });
  });
});

describe('reading order and the orphan tab', () => {
  const order = new Map([
    ['b1', 0],
    ['b2', 1],
  ]);
  const late = thread({ anchor: { blockId: 'b2', start: 5, end: 8 } });
  const early = thread({ anchor: { blockId: 'b2', start: 1, end: 3 } });
  const first = thread({ anchor: { blockId: 'b1', start: 9, end: 12 } });
  const whole = thread({ anchor: null });
  const orphan = thread({ anchor: null, anchorState: 'ORPHANED' });

  it('puts whole-draft opinions first, then follows the text', () => {
    expect(inReadingOrder([late, early, first, whole], order).map((t) => t.id)).toEqual([
      whole.id,
      first.id,
      early.id,
      late.id,
    ]);
  });

  it('sends orphaned threads to their own tab and filters both', () => {
    const { placed, orphaned } = splitThreads([late, orphan, whole], NO_FILTERS, order);
    expect(placed.map((t) => t.id)).toEqual([whole.id, late.id]);
    expect(orphaned.map((t) => t.id)).toEqual([orphan.id]);
    const onlyDecided = splitThreads([late, orphan], { ...NO_FILTERS, statuses: ['ADOPTED'] }, order);
    expect(onlyDecided).toEqual({ placed: [], orphaned: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { nth } from '../../test-support/fixtures';
import { layoutTimeline } from './timeline';

// The four phases of the work plan (进度安排).
const PHASES = [
  { id: 'p1', startsOn: '2019-05-01', endsOn: '2019-12-31' },
  { id: 'p2', startsOn: '2020-01-01', endsOn: '2020-06-30' },
  { id: 'p3', startsOn: '2020-07-01', endsOn: '2021-06-30' },
  { id: 'p4', startsOn: '2021-07-01', endsOn: '2021-10-31' },
];

describe('layoutTimeline', () => {
  it('sizes phases by their length and lets adjacent phases touch', () => {
    const { segments } = layoutTimeline(PHASES, null);
    expect(segments[0]?.left).toBe(0);
    for (let i = 1; i < segments.length; i++) {
      const prev = nth(segments, i - 1);
      expect(nth(segments, i).left).toBeCloseTo(prev.left + prev.width, 6);
    }
    const last = nth(segments, -1);
    expect(last.left + last.width).toBeCloseTo(100, 6);
    // phase 3 (12 months) is twice phase 2 (6 months), near enough
    expect(nth(segments, 2).width / nth(segments, 1).width).toBeCloseTo(2, 1);
  });

  it('puts the demo clock (2020-11-16) inside phase 3', () => {
    const { today, segments } = layoutTimeline(PHASES, '2020-11-16');
    expect(today?.phaseId).toBe('p3');
    expect(today?.outside).toBeNull();
    const p3 = nth(segments, 2);
    const at = today?.position ?? Number.NaN;
    expect(at).toBeGreaterThan(p3.left);
    expect(at).toBeLessThan(p3.left + p3.width);
  });

  it('counts a phase’s first and last day as inside it', () => {
    expect(layoutTimeline(PHASES, '2020-07-01').today?.phaseId).toBe('p3');
    expect(layoutTimeline(PHASES, '2020-06-30').today?.phaseId).toBe('p2');
  });

  it('pins a date outside the programme to the nearer end', () => {
    expect(layoutTimeline(PHASES, '2019-01-01').today).toMatchObject({ position: 0, phaseId: null, outside: 'before' });
    expect(layoutTimeline(PHASES, '2022-03-01').today).toMatchObject({
      position: 100,
      phaseId: null,
      outside: 'after',
    });
  });

  it('marks each new year inside the span', () => {
    expect(layoutTimeline(PHASES, null).years.map((y) => y.year)).toEqual([2020, 2021]);
  });
});

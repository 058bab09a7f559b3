import { describe, expect, it } from 'vitest';
import { compareBlocks } from './compare.js';
import { PLAN, PLAN_ORDER, version } from './drafts.fixture.js';

const old = version('v1', PLAN_ORDER);

describe('compareBlocks', () => {
  it('reports every block UNCHANGED between identical versions', () => {
    const changes = compareBlocks(old, version('v2', PLAN_ORDER));
    expect(changes.map((c) => c.kind)).toEqual(Array(PLAN_ORDER.length).fill('UNCHANGED'));
  });

  it('reports a paragraph edited a little as CHANGED, with the edit inline', () => {
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.replace('排水泵站40座', '排水泵站45座') };
    const changes = compareBlocks(old, next);
    expect(changes.map((c) => c.kind)).toEqual(['UNCHANGED', 'UNCHANGED', 'CHANGED', 'UNCHANGED', 'UNCHANGED']);
    const changed = changes[2];
    if (changed?.kind !== 'CHANGED') throw new Error('expected CHANGED');
    expect(changed.parts.filter((p) => p.op !== 'EQUAL')).toEqual([
      { op: 'DELETE', text: '0' },
      { op: 'INSERT', text: '5' },
    ]);
  });

  it('reports a new paragraph as ADDED and a dropped one as REMOVED, in order', () => {
    const added = '推进应急指挥平台建设，实现市、区两级指挥系统互联互通。';
    const next = version('v2', [PLAN.heading, PLAN.supplies, added, PLAN.rescue, PLAN.funding]);
    const changes = compareBlocks(old, next);
    expect(changes.map((c) => c.kind)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'REMOVED',
      'ADDED',
      'UNCHANGED',
      'UNCHANGED',
    ]);
  });

  it('reports a paragraph rewritten beyond recognition as REMOVED and ADDED, not CHANGED', () => {
    const rewritten =
      '推动基层应急能力提升。每个街道（乡镇）配备专职应急管理人员，村（居）设立应急服务站，定期组织疏散演练。';
    const next = version('v2', [PLAN.heading, PLAN.supplies, PLAN.floods, rewritten, PLAN.funding]);
    expect(compareBlocks(old, next).map((c) => c.kind)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'REMOVED',
      'ADDED',
      'UNCHANGED',
    ]);
  });

  it('pairs every paragraph when the whole draft switched to ASCII punctuation', () => {
    const next = version(
      'v2',
      PLAN_ORDER.map((t) => t.replaceAll('，', ',').replaceAll('。', '.')),
    );
    expect(compareBlocks(old, next).map((c) => c.kind)).toEqual([
      'UNCHANGED',
      'CHANGED',
      'CHANGED',
      'CHANGED',
      'CHANGED',
    ]);
  });

  it('shows a rewritten clause as one replacement rather than scattered single characters', () => {
    const next = version('v2', [...PLAN_ORDER]);
    next[3] = { id: 'v2-3', text: PLAN.rescue.replace('建立政府购买服务和补偿机制', '完善激励保障和补偿办法') };
    const changed = compareBlocks(old, next)[3];
    if (changed?.kind !== 'CHANGED') throw new Error('expected CHANGED');
    expect(changed.parts.every((p) => p.op !== 'EQUAL' || p.text.length > 1)).toBe(true);
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import PhaseGate, { type DashboardPhase } from './PhaseGate.vue';
import { buildDashboardPhases, buildGate, condition } from './test-fixtures';

// The override button comes in a chunk of its own: fetched once here, then shown once a mounted
// gate's promises have settled.
beforeAll(() => import('./GateOverrideButton.vue'));

const phase3 = (gate = buildGate()): DashboardPhase => {
  const phase = buildDashboardPhases()[2] as DashboardPhase;
  return { ...phase, gate };
};

const TECH = '浙江省应急管理科技与装备“十四五”规划';
const STORES = '浙江省应急物资储备“十四五”规划';
const MASTER = '浙江省应急管理“十四五”规划';

// As the server sends them: code and facts, with its Chinese label and detail beside them.
const UNMET = buildGate({
  met: false,
  conditions: [
    condition('PLANS_REVIEW', '每项规划形成送审稿', false, `尚未满足：${TECH}、${STORES}`, [
      ['plan', TECH],
      ['plan', STORES],
    ]),
    condition('CONSULTATION_OPINIONS_DECIDED', '征求意见稿的意见全部处理完毕', false, `${MASTER}：8 条待处理`, [
      ['plan', MASTER],
      ['open', '8'],
    ]),
    condition('REVIEWS_SUBMITTED', '专家评审意见全部提交', true, null, [['pending', '0']]),
  ],
});

const conditions = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('[data-testid="gate-condition"]').map((c) => ({
    code: c.attributes('data-code'),
    met: c.attributes('data-met'),
    missing: c.find('[data-testid="gate-missing"]').exists() ? c.get('[data-testid="gate-missing"]').text() : null,
  }));

describe('PhaseGate', () => {
  it('shows a met gate with every condition ticked and nothing to override', async () => {
    const gate = buildGate({
      conditions: [
        condition('TOPICS_DONE', '22项重点调研课题全部完成', true, null, [
          ['total', '22'],
          ['done', '22'],
        ]),
      ],
    });
    const wrapper = mount(PhaseGate, { props: { phase: phase3(gate), canOverride: true }, global: appGlobals() });
    await flushPromises();
    expect(wrapper.get('[data-testid="phase-gate"]').attributes('data-state')).toBe('met');
    expect(wrapper.get('[data-testid="gate-verdict"]').text()).toContain('阶段门槛已满足');
    expect(conditions(wrapper)).toEqual([{ code: 'TOPICS_DONE', met: 'true', missing: null }]);
    expect(wrapper.get('[data-testid="gate-condition"]').text()).toContain('已满足：22项重点调研课题全部完成');
    expect(wrapper.find('[data-testid="gate-override"]').exists()).toBe(false);
  });

  it('shows an unmet gate: how many conditions are missing, each one, and what is still missing', () => {
    const wrapper = mount(PhaseGate, { props: { phase: phase3(UNMET) }, global: appGlobals() });
    expect(wrapper.get('[data-testid="phase-gate"]').attributes('data-state')).toBe('unmet');
    expect(wrapper.get('[data-testid="gate-verdict"]').text()).toContain('阶段门槛未满足（2 项）');
    expect(conditions(wrapper)).toEqual([
      { code: 'PLANS_REVIEW', met: 'false', missing: `尚未满足：${TECH}、${STORES}` },
      { code: 'CONSULTATION_OPINIONS_DECIDED', met: 'false', missing: `${MASTER}：8 条待处理` },
      { code: 'REVIEWS_SUBMITTED', met: 'true', missing: null },
    ]);
    expect(wrapper.findAll('[data-testid="gate-condition"]')[0]?.text()).toContain('未满足：每项规划形成送审稿');
    expect(wrapper.find('[data-testid="gate-overridden"]').exists()).toBe(false);
    // Only the working group may override: no button for a leader.
    expect(wrapper.find('[data-testid="gate-override"]').exists()).toBe(false);
  });

  it('writes conditions and what they miss in English from their facts, plan titles kept as data', () => {
    const topics = condition('TOPICS_DONE', '22项重点调研课题全部完成', false, '已完成 21/22', [
      ['total', '22'],
      ['done', '21'],
    ]);
    const gate = buildGate({ met: false, conditions: [topics, ...UNMET.conditions] });
    const wrapper = mount(PhaseGate, { props: { phase: phase3(gate) }, global: appGlobals({ locale: 'en' }) });
    const labels = wrapper.findAll('[data-testid="gate-condition"] .label').map((l) => l.text());
    expect(labels).toEqual([
      'All 22 key research topics done',
      'Every plan has a draft for approval',
      'Every opinion on the drafts for comments decided',
      'Every expert review submitted',
    ]);
    expect(conditions(wrapper).map((c) => c.missing)).toEqual([
      '21 of 22 done',
      `Not yet: ${TECH}, ${STORES}`,
      `${MASTER}: 8 open`,
      null,
    ]);
    // The titles are the plans' own names: marked so that nothing translates them.
    const data = wrapper.findAll('[data-testid="gate-missing"] [translate="no"]').map((s) => s.text());
    expect(data).toEqual([TECH, STORES, MASTER]);
  });

  it('names plans as the wall asks (shortened titles) in what a condition misses', () => {
    const planTitle = (title: string) => (title === TECH ? '科技装备' : title === STORES ? '物资储备' : '总体规划');
    const wrapper = mount(PhaseGate, { props: { phase: phase3(UNMET), wall: true, planTitle }, global: appGlobals() });
    expect(conditions(wrapper).map((c) => c.missing)).toEqual([
      '尚未满足：科技装备、物资储备',
      '总体规划：8 条待处理',
      null,
    ]);
  });

  it('offers the working group to confirm moving on when the gate is not met', async () => {
    const phase = phase3(UNMET);
    const wrapper = mount(PhaseGate, { props: { phase, canOverride: true }, global: appGlobals() });
    await flushPromises(); // the button has a chunk of its own (GateOverrideButton)
    const button = wrapper.get('[data-testid="gate-override"]');
    expect(button.text()).toBe('确认进入下一阶段');
    await button.trigger('click');
    expect(wrapper.emitted('override')).toEqual([[phase, false]]);
  });

  it('says who overrode an unmet gate and when, and still lists what is missing', async () => {
    const gate = {
      ...UNMET,
      overriddenAt: '2020-11-16T02:30:00.000Z',
      overriddenBy: { __typename: 'Person' as const, id: 'p-1', name: '钱立群' },
    };
    const phase = phase3(gate);
    const wrapper = mount(PhaseGate, { props: { phase, canOverride: true }, global: appGlobals() });
    await flushPromises();
    expect(wrapper.get('[data-testid="phase-gate"]').attributes('data-state')).toBe('overridden');
    expect(wrapper.get('[data-testid="gate-verdict"]').text()).toContain('门槛未满足，已确认进入下一阶段');
    const note = wrapper.get('[data-testid="gate-overridden"]').text();
    expect(note).toContain('由 钱立群 于');
    expect(note).toMatch(/2020.11.16/);
    expect(conditions(wrapper).filter((c) => c.met === 'false')).toHaveLength(2);
    const undo = wrapper.get('[data-testid="gate-override"]');
    expect(undo.text()).toBe('撤销确认');
    await undo.trigger('click');
    expect(wrapper.emitted('override')).toEqual([[phase, true]]);
  });

  it('falls back to the server’s Chinese label and detail for a condition this client does not know', () => {
    const gate = buildGate({
      met: false,
      conditions: [
        condition('PLANS_REVIEW', '每项规划形成送审稿', false, null, []),
        condition('NEW_RULE', '新的条件', false, '还差一项'),
      ],
    });
    const wrapper = mount(PhaseGate, { props: { phase: phase3(gate) }, global: appGlobals({ locale: 'en' }) });
    const texts = wrapper.findAll('[data-testid="gate-condition"] .label').map((l) => l.text());
    expect(texts).toEqual(['Every plan has a draft for approval', '新的条件']);
    expect(conditions(wrapper).map((c) => c.missing)).toEqual([null, '还差一项']);
    expect(wrapper.get('[data-testid="gate-verdict"]').text()).toContain('Gate not met (2 missing)');
  });
});

import type { ProgramRole } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n, type Locale } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';
import AlignmentPage from './AlignmentPage.vue';
import { alignmentPage } from './test-fixtures';

async function mountPage(
  options: { role?: ProgramRole; unitId?: string | null; locale?: Locale; keeps?: string[] } = {},
) {
  const socket = fakeSocket();
  let weaker = true;
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'Me':
        return {
          __typename: 'Query',
          me: {
            __typename: 'Person',
            id: 'p-1',
            name: '李科信',
            title: null,
            role: options.role ?? 'LEADING_GROUP',
            unit: options.unitId
              ? { __typename: 'Unit', id: options.unitId, name: '科技和信息化处', shortName: '科信处' }
              : null,
            memberships: [],
          },
        };
      case 'Programs':
        return { __typename: 'Query', programs: [{ __typename: 'Program', id: 'program-1', name: '规划编制' }] };
      case 'AlignmentPage':
        return alignmentPage(weaker, options.keeps);
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/alignment', name: 'alignment', component: empty },
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/', name: 'overview', component: empty },
    ],
  });
  await router.push('/alignment');
  const wrapper = mount(AlignmentPage, {
    global: {
      plugins: [createAppI18n(options.locale ?? 'zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
    },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  return {
    wrapper,
    socket,
    asked: () => apollo.operations.map((o) => o.operationName),
    fix: () => {
      weaker = false;
    },
  };
}

const event = (socket: ReturnType<typeof fakeSocket>, cursor: string, kind: string) =>
  socket.send({
    programEvents: {
      __typename: 'ProgramEvent',
      cursor,
      activity: { __typename: 'Activity', id: `a-${cursor}`, kind, subjectId: 'ind-special' },
    },
  });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AlignmentPage', () => {
  it('lays the master plan’s indicators against each X plan, each with its target, year, kind and passage', async () => {
    const { wrapper } = await mountPage();
    const headers = wrapper.findAll('[data-testid="alignment-matrix"] thead th').map((th) => th.text());
    expect(headers).toEqual(['总体规划指标', '应急管理科技与装备规划', '消防救援事业发展规划']);
    const row = wrapper.find('[data-testid="alignment-row"][data-master-id="ind-master"]');
    const master = row.find('[data-indicator-id="ind-master"]');
    expect(master.find('[data-testid="indicator-target"]').text()).toBe('≥95%');
    expect(master.text()).toContain('2025 年');
    expect(master.find('[data-testid="indicator-kind"]').text()).toBe('约束性');
    expect(master.find('[data-testid="indicator-cites"]').text()).toBe(
      '引用上位规划：《“十四五”国家应急体系规划》“应急救援力量覆盖率” ≥90%',
    );
    // The passage opens in the reader of the version that states it, found at its words.
    expect(master.find('[data-testid="indicator-source"]').attributes('href')).toBe(
      `/drafts/draft-master?block=b12&find=${encodeURIComponent('应急救援力量覆盖率达到95%')}`,
    );
    const tech = row.find('[data-testid="alignment-cell"][data-plan-id="plan-tech"]');
    expect(tech.find('[data-indicator-id="ind-special"] [data-testid="indicator-target"]').text()).toBe('≥90%');
    expect(tech.find('[data-testid="indicator-kind"]').text()).toBe('预期性');
    expect(row.find('[data-testid="alignment-cell"][data-plan-id="plan-fire"]').text()).toBe('无支撑指标');
    const unlinked = wrapper.find('[data-testid="alignment-unlinked"]');
    expect(unlinked.text()).toContain('应急物资储备库');
    expect(unlinked.text()).toContain('消防救援事业发展规划');
    expect(unlinked.text()).toContain('未关联原文');
  });

  it('shows an indicator with an issue in red and says the issue in words, and lists it with its opinion', async () => {
    const { wrapper } = await mountPage();
    const special = wrapper.find('[data-indicator-id="ind-special"]');
    expect(special.classes()).toContain('has-issue');
    expect(special.attributes('data-issue')).toBe('true');
    const said = special.find('[data-testid="indicator-issue"]');
    expect(said.attributes('data-kind')).toBe('WEAKER_THAN_MASTER');
    expect(said.text()).toContain('弱于总体规划指标');
    expect(said.text()).toContain('目标 90%，弱于总体规划的 95%');
    expect(wrapper.find('[data-indicator-id="ind-master"]').classes()).not.toContain('has-issue');

    const listed = wrapper.find('[data-testid="alignment-issue"]');
    expect(listed.text()).toContain('弱于总体规划指标');
    expect(listed.text()).toContain('应急管理科技与装备规划 · 应急救援力量覆盖率');
    expect(listed.find('[data-testid="alignment-issue-thread"]').attributes('href')).toBe(
      '/drafts/draft-tech?thread=th-9',
    );
  });

  it('loads again on an alignment event, not on others, and the red goes once the issue is resolved', async () => {
    const { wrapper, socket, asked, fix } = await mountPage();
    const loads = () => asked().filter((n) => n === 'AlignmentPage').length;
    expect(loads()).toBe(1);
    event(socket, 'c-2', 'meeting.logged');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(loads()).toBe(1);
    fix();
    event(socket, 'c-3', 'alignment.resolved');
    await vi.waitFor(() => expect(loads()).toBe(2), { timeout: 3000 });
    await flushPromises();
    expect(wrapper.find('[data-indicator-id="ind-special"]').attributes('data-issue')).toBe('false');
    expect(wrapper.find('[data-indicator-id="ind-special"] [data-testid="indicator-target"]').text()).toBe('≥96%');
    expect(wrapper.find('[data-testid="alignment-issues-none"]').text()).toBe('暂未发现衔接问题。');
  });

  it('offers editing only where the server says the viewer keeps the plan: a lead unit its own plan’s indicators', async () => {
    const { wrapper } = await mountPage({ role: 'UNIT_MEMBER', unitId: 'unit-kexin', keeps: ['plan-tech'] });
    expect(wrapper.find('[data-indicator-id="ind-special"] [data-testid="indicator-edit"]').exists()).toBe(true);
    expect(wrapper.find('[data-indicator-id="ind-master"] [data-testid="indicator-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="indicator-add"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="higher-target-add"]').exists()).toBe(false);
    const leader = await mountPage({ role: 'LEADING_GROUP' });
    expect(leader.wrapper.find('[data-testid="indicator-edit"]').exists()).toBe(false);
    expect(leader.wrapper.find('[data-testid="indicator-add"]').exists()).toBe(false);
  });

  it('reads in English, the issue named in English beside the server’s Chinese figures', async () => {
    const { wrapper } = await mountPage({ locale: 'en' });
    expect(wrapper.find('h1').text()).toBe('Alignment');
    const said = wrapper.find('[data-indicator-id="ind-special"] [data-testid="indicator-issue"]');
    expect(said.text()).toContain('Weaker than the master plan');
    expect(wrapper.find('[data-indicator-id="ind-master"] [data-testid="indicator-kind"]').text()).toBe('Binding');
  });
});

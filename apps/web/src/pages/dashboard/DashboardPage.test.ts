import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFigures } from '../../components/dashboard/test-fixtures';
import DashboardPage from './DashboardPage.vue';
import { dashboardGlobals } from './test-kit';

// The gate override button comes in a chunk of its own: fetched once here (a slow first import
// under load would otherwise outlast the flushes), then shown once a mounted gate's promises settle.
beforeAll(() => import('../../components/dashboard/GateOverrideButton.vue'));

type Wrapper = ReturnType<typeof mount>;

const cell = (w: Wrapper, chart: string, key: string) =>
  w.get(`[data-testid="chart-table"][data-chart="${chart}"] [data-cell="${key}"]`).text();
const kpi = (w: Wrapper, key: string) => w.get(`[data-testid="kpi"][data-kpi="${key}"]`).attributes('data-value');

const counts = (values: Record<string, number>) =>
  Object.entries(values).map(([status, count]) => ({ __typename: 'CountByStatus' as const, status, count }));

// One opinion on the master plan decided (OPEN → ADOPTED) and one topic done, as the server pushes it.
function afterChanges(asOf: string) {
  const before = buildFigures();
  const threads = counts({ OPEN: 7, ADOPTED: 6, PARTLY_ADOPTED: 4, NOT_ADOPTED: 3, WITHDRAWN: 1 });
  return buildFigures({
    asOf,
    threadsByStatus: threads,
    threadsByPlan: before.threadsByPlan.map((g) => (g.id === 'plan-master' ? { ...g, counts: threads } : g)),
    topicsByStatus: counts({ PLANNED: 2, IN_PROGRESS: 4, DONE: 15, BLOCKED: 1 }),
    recentActivity: [
      {
        __typename: 'Activity',
        id: 'a-99',
        at: asOf,
        kind: 'thread.disposed',
        summary: '吴佳琪 将一条意见处理为“采纳”',
        facts: [
          { __typename: 'Fact', name: 'actor', value: '吴佳琪' },
          { __typename: 'Fact', name: 'status', value: 'ADOPTED' },
        ],
        subjectId: 't-1',
        actor: { __typename: 'Person', id: 'p-wu', name: '吴佳琪' },
      },
    ],
  });
}

async function mountPage() {
  const kit = dashboardGlobals();
  const wrapper = mount(DashboardPage, { global: kit.global, attachTo: document.body });
  await flushPromises();
  await flushPromises();
  return { wrapper, ...kit };
}

describe('DashboardPage live figures', () => {
  it('follows programEvents from the log position its query read first, coalesced', async () => {
    const { wrapper, socket, apollo } = await mountPage();
    expect(apollo.operations.find((o) => o.operationName === 'DashboardPage')?.query).toMatch(
      /program\(id: \$id\) \{\s+(__typename\s+)?eventCursor/,
    );
    expect(socket.live().map((s) => s.variables)).toEqual([{ programId: 'program-1', after: '40.7', coalesceMs: 250 }]);
    expect(cell(wrapper, 'threads-by-plan', 'plan-master:OPEN')).toBe('8');
    wrapper.unmount();
  });

  it('applies a pushed dashboard as it is: tables, counters and feed change without a refetch', async () => {
    const { wrapper, socket, apollo } = await mountPage();
    const pageQueries = () => apollo.operations.filter((o) => o.operationName === 'DashboardPage').length;
    expect(kpi(wrapper, 'openThreads')).toBe('8');
    expect(cell(wrapper, 'topics-by-status', 'DONE:count')).toBe('14');

    socket.push('41.2', afterChanges('2020-11-16T01:05:00.000Z'), 2);
    await flushPromises();

    expect(cell(wrapper, 'threads-by-plan', 'plan-master:OPEN')).toBe('7');
    expect(cell(wrapper, 'threads-by-plan', 'plan-master:ADOPTED')).toBe('6');
    expect(cell(wrapper, 'threads-by-plan', 'plan-master:total')).toBe('21');
    expect(cell(wrapper, 'topics-by-status', 'DONE:count')).toBe('15');
    expect(kpi(wrapper, 'openThreads')).toBe('7');
    expect(kpi(wrapper, 'topics')).toBe('15');
    expect(wrapper.get('[data-testid="dashboard-updated-at"]').attributes('data-as-of')).toBe(
      '2020-11-16T01:05:00.000Z',
    );
    const item = wrapper.get('[data-testid="activity-item"]');
    expect(item.text()).toContain('将意见处理为「采纳」');
    expect(item.classes()).toContain('is-fresh');
    // The figures came with the push: the page's query was not asked again.
    expect(pageQueries()).toBe(1);
    wrapper.unmount();
  });

  it('never goes back to figures older than those shown', async () => {
    const { wrapper, socket } = await mountPage();
    socket.push('41.2', afterChanges('2020-11-16T01:05:00.000Z'));
    await flushPromises();
    socket.push('41.1', buildFigures({ asOf: '2020-11-16T01:04:00.000Z' }));
    await flushPromises();
    expect(cell(wrapper, 'threads-by-plan', 'plan-master:OPEN')).toBe('7');
    wrapper.unmount();
  });

  it('shows the phase gates each push carries, without asking for them separately', async () => {
    const { wrapper, socket, apollo } = await mountPage();
    const gate = (id: string) =>
      wrapper.get(`[data-testid="phase-gate"][data-phase-id="${id}"]`).attributes('data-state');
    expect(gate('phase-1')).toBe('met');
    // A topic reopened: phase 1's gate is no longer met, and the push says so.
    const changed = afterChanges('2020-11-16T01:05:00.000Z');
    const phases = changed.phases.map((p) =>
      p.id === 'phase-1'
        ? { ...p, gate: { ...p.gate, met: false, conditions: p.gate.conditions.map((c) => ({ ...c, met: false })) } }
        : p,
    );
    socket.push('41.2', { ...changed, phases });
    // Long enough for any follow-up read to have come back and overwritten what the push said.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await flushPromises();
    expect(gate('phase-1')).toBe('unmet');
    // The next push is the truth again: the topic was finished once more.
    socket.push('41.3', afterChanges('2020-11-16T01:06:00.000Z'));
    await flushPromises();
    expect(gate('phase-1')).toBe('met');
    expect(apollo.operations.map((o) => o.operationName)).toEqual(['Programs', 'Me', 'DashboardPage']);
    wrapper.unmount();
  });

  it('resumes after a reconnect from the cursor of the last push it applied', async () => {
    const { wrapper, socket } = await mountPage();
    socket.push('41.2', afterChanges('2020-11-16T01:05:00.000Z'));
    await flushPromises();
    socket.reconnect();
    expect(socket.live().map((s) => s.variables.after)).toEqual(['41.2']);
    expect(socket.subscriptions.filter((s) => s.disposed)).toHaveLength(1);
    wrapper.unmount();
  });

  it('shows the connection state and offers the gate override only to the working group', async () => {
    const { wrapper, socket } = await mountPage();
    expect(wrapper.get('[data-testid="dashboard-connection"]').attributes('data-state')).toBe('connected');
    socket.state.value = 'reconnecting';
    await flushPromises();
    expect(wrapper.get('[data-testid="dashboard-connection"]').text()).toBe('正在重新连接…');
    expect(wrapper.find('[data-testid="gate-override"]').exists()).toBe(false);
    wrapper.unmount();

    const kit = dashboardGlobals({ role: 'WORKING_GROUP' });
    const wg = mount(DashboardPage, { global: kit.global });
    await flushPromises();
    await flushPromises();
    expect(wg.findAll('[data-testid="gate-override"]').map((b) => b.text())).toEqual(['确认进入下一阶段']);
    wg.unmount();
  });
});

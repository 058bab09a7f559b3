// Mounting the dashboard pages in component tests (imported by *.test.ts only, never shipped):
// a recording Apollo client answering the pages' queries, and a socket whose pushes the test makes.
import type { DashboardEventsSubscription, DashboardFiguresFragment } from '@gongbian/graphql-client';
import type { Client, Sink } from 'graphql-ws';
import { defineComponent, h, ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { buildPageData } from '../../components/dashboard/test-fixtures';
import { ApolloKey } from '../../graphql/apollo';
import { type ConnectionState, type Realtime, RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { recordingApollo } from '../../test-support/mount';

export interface FakeSubscription {
  variables: Record<string, unknown>;
  sink: Sink;
  disposed: boolean;
}

/** A Realtime whose socket is the test: it sees every subscribe, pushes results and fires "connected". */
export function fakeRealtime() {
  const subscriptions: FakeSubscription[] = [];
  const connectedListeners = new Set<() => void>();
  const state = ref<ConnectionState>('connected');
  const client = {
    subscribe(payload: { variables?: Record<string, unknown> }, sink: Sink) {
      const sub: FakeSubscription = { variables: payload.variables ?? {}, sink, disposed: false };
      subscriptions.push(sub);
      return () => {
        sub.disposed = true;
      };
    },
    on(event: string, listener: () => void) {
      if (event !== 'connected') return () => {};
      connectedListeners.add(listener);
      return () => connectedListeners.delete(listener);
    },
  };
  const realtime: Realtime = { state, client: () => client as unknown as Client, reset() {} };
  return {
    realtime,
    state,
    subscriptions,
    live: () => subscriptions.filter((s) => !s.disposed),
    /** one push of programEvents, as the server sends it */
    push(cursor: string, dashboard: DashboardFiguresFragment, coalesced = 1) {
      const event: DashboardEventsSubscription = {
        programEvents: {
          __typename: 'ProgramEvent',
          cursor,
          coalesced,
          activity: dashboard.recentActivity[0] ?? {
            __typename: 'Activity',
            id: `a-${cursor}`,
            at: dashboard.asOf,
            kind: 'milestone.updated',
            summary: '',
            facts: [],
            subjectId: 'x',
            actor: null,
          },
          dashboard,
        },
      };
      for (const sub of subscriptions.filter((s) => !s.disposed)) sub.sink.next({ data: event });
    },
    /** the socket came back: graphql-ws fires "connected" */
    reconnect() {
      for (const listener of [...connectedListeners]) listener();
    },
  };
}

// ECharts draws nothing in happy-dom; the stub keeps the option it was given.
export const ChartStub = defineComponent({
  name: 'Echarts',
  props: { option: { type: Object, required: true } },
  setup: () => () => h('div', { class: 'chart-stub' }),
});

/** Everything a dashboard page needs to mount: i18n, router, Apollo answering its queries, a fake socket. */
export function dashboardGlobals(options: { role?: string; pageData?: ReturnType<typeof buildPageData> } = {}) {
  const pageData = options.pageData ?? buildPageData();
  /** what the server says of the phase gates when asked (DashboardGates); tests may change it */
  const server = { phases: pageData.program?.dashboard.phases ?? [] };
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'Programs':
        return { programs: [{ __typename: 'Program', id: 'program-1', name: '浙江省应急管理“十四五”规划编制' }] };
      case 'Me':
        return {
          me: {
            __typename: 'Person',
            id: 'p-leader',
            name: '孙建明',
            title: '副组长',
            role: options.role ?? 'LEADING_GROUP',
            unit: null,
          },
        };
      case 'DashboardPage':
        return pageData;
      case 'DashboardGates':
        return {
          program: {
            __typename: 'Program',
            id: 'program-1',
            phases: server.phases.map((p) => ({ __typename: 'Phase', id: p.id, gate: p.gate })),
          },
        };
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const socket = fakeRealtime();
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dashboard', name: 'dashboard', component: empty },
      { path: '/dashboard/wall', name: 'dashboard-wall', component: empty },
      { path: '/:rest(.*)*', component: empty },
    ],
  });
  return {
    apollo,
    socket,
    server,
    global: {
      plugins: [createAppI18n('zh-CN'), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
      stubs: { Echarts: ChartStub },
    },
  };
}

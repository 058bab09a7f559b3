// Mounting the dashboard pages in component tests (imported by *.test.ts only, never shipped):
// a recording Apollo client answering the pages' queries, and a socket whose pushes the test makes.
import type { DashboardEventsSubscription, DashboardFiguresFragment } from '@gongbian/graphql-client';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { buildPageData } from '../../components/dashboard/test-fixtures';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';

/** A fake socket whose pushes are the dashboard's: one push of programEvents, as the server sends it. */
export function fakeRealtime() {
  const socket = fakeSocket();
  return {
    ...socket,
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
      socket.send(event);
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
    global: {
      plugins: [createAppI18n('zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
      stubs: { Echarts: ChartStub },
    },
  };
}

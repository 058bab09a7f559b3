import { ProgramEventsDocument, ProgramsDocument, type ProgramsQuery } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, ref } from 'vue';
import { ApolloKey } from '../graphql/apollo';
import { RealtimeKey } from '../graphql/realtime';
import { recordingApollo } from '../test-support/mount';
import { fakeSocket } from './live-test-kit';
import { type LiveQuery, logEvents, useLiveQuery, watched } from './useLiveQuery';

// A page whose data is a list: what was loaded, then the cursor of every event applied to it.
function mountPage(options: { cursor?: string } = {}) {
  const socket = fakeSocket();
  const apollo = recordingApollo((op) => {
    if (op.operationName !== 'EventCursor') throw new Error(`unexpected operation ${op.operationName}`);
    return { programs: [{ __typename: 'Program', id: 'program-1', eventCursor: options.cursor ?? 'c7' }] };
  });
  const key = ref<string | null>('program-1');
  const loads: { key: string; finish: (rows: string[]) => void }[] = [];
  let live: LiveQuery<string[]> | null = null;
  const Page = defineComponent({
    setup() {
      const query = useLiveQuery({
        key: () => key.value,
        load: (k: string) => new Promise<string[]>((finish) => loads.push({ key: k, finish })),
        events: (k) =>
          logEvents(
            ProgramEventsDocument,
            (after) => ({ programId: k, after }),
            (d) => d.programEvents,
          ),
        onEvent: (event, { queued }) => {
          query.set([...(query.data.value ?? []), queued ? `${event.cursor} (queued)` : event.cursor]);
        },
        refetchMs: 100,
      });
      live = query;
      return () => null;
    },
  });
  const wrapper = mount(Page, {
    global: { provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime } },
  });
  const event = (cursor: string) =>
    socket.send({
      programEvents: {
        __typename: 'ProgramEvent',
        cursor,
        activity: { __typename: 'Activity', id: `a-${cursor}`, kind: 'meeting.updated', subjectId: 'm1' },
      },
    });
  return {
    wrapper,
    socket,
    apollo,
    key,
    loads,
    event,
    live: () => live as LiveQuery<string[]>,
  };
}

describe('useLiveQuery', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('follows the log from the position read before the data, and applies what happened during the load once the data is in', async () => {
    const page = mountPage();
    await flushPromises();
    // The position first, then the subscription after it, then the data.
    expect(page.apollo.operations.map((o) => o.operationName)).toEqual(['EventCursor']);
    expect(page.socket.live().map((s) => s.variables)).toEqual([{ programId: 'program-1', after: 'c7' }]);
    expect(page.loads.map((l) => l.key)).toEqual(['program-1']);

    page.event('c8');
    await flushPromises();
    expect(page.live().data.value).toBeNull();

    page.loads[0]?.finish(['loaded']);
    await flushPromises();
    expect(page.live().data.value).toEqual(['loaded', 'c8 (queued)']);
    expect(page.live().loaded.value).toBe(true);

    page.event('c9');
    expect(page.live().data.value).toEqual(['loaded', 'c8 (queued)', 'c9']);
    // After a reconnect the log is replayed from the last event seen.
    page.socket.reconnect();
    expect(page.socket.live().map((s) => s.variables.after)).toEqual(['c9']);
    page.wrapper.unmount();
  });

  it('loads the data again once for a burst of refetch requests, keeping the subscription', async () => {
    vi.useFakeTimers();
    const page = mountPage();
    await flushPromises();
    page.loads[0]?.finish(['first']);
    await flushPromises();
    const done = Promise.all([page.live().refetch(), page.live().refetch(), page.live().refetch()]);
    await vi.advanceTimersByTimeAsync(100);
    expect(page.loads).toHaveLength(2);
    page.loads[1]?.finish(['second']);
    await done;
    expect(page.live().data.value).toEqual(['second']);
    expect(page.socket.subscriptions).toHaveLength(1);
    page.wrapper.unmount();
  });

  it('loads the page afresh when the server no longer keeps its position', async () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    const page = mountPage({ cursor: 'pruned' });
    await flushPromises();
    page.socket.refuse('after: this cursor is older than the event log keeps.', {
      code: 'BAD_USER_INPUT',
      reason: 'CURSOR_EXPIRED',
    });
    expect(reload).toHaveBeenCalledTimes(1);
    // Nothing is asked again from the expired position, not even after a reconnect.
    page.socket.reconnect();
    expect(page.socket.subscriptions).toHaveLength(1);
    page.wrapper.unmount();
  });

  it('starts afresh for a new key, and stops everything when the page unmounts', async () => {
    vi.useFakeTimers();
    const page = mountPage();
    await flushPromises();
    page.loads[0]?.finish(['program 1']);
    await flushPromises();

    page.key.value = 'program-2';
    await flushPromises();
    expect(page.live().data.value).toBeNull();
    expect(page.socket.live().map((s) => s.variables.programId)).toEqual(['program-2']);
    page.loads[1]?.finish(['program 2']);
    await flushPromises();
    expect(page.live().data.value).toEqual(['program 2']);

    void page.live().refetch();
    page.wrapper.unmount();
    expect(page.socket.live()).toEqual([]);
    // No refetch after the page is gone, and a reconnect subscribes to nothing.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(page.loads).toHaveLength(2);
    page.socket.reconnect();
    expect(page.socket.live()).toEqual([]);
  });

  it('keeps a watched query in step with the cache, so a mutation’s result shows before its event', async () => {
    const socket = fakeSocket();
    const apollo = recordingApollo((op) =>
      op.operationName === 'EventCursor'
        ? { programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c7' }] }
        : { programs: [{ __typename: 'Program', id: 'program-1', name: '应急管理规划编制' }] },
    );
    let live: LiveQuery<ProgramsQuery> | null = null;
    const Page = defineComponent({
      setup() {
        live = useLiveQuery({
          key: () => 'programs',
          watch: () => watched(ProgramsDocument, {}),
          events: () =>
            logEvents(
              ProgramEventsDocument,
              (after) => ({ programId: 'program-1', after }),
              (d) => d.programEvents,
            ),
          onEvent: () => {},
        });
        return () => null;
      },
    });
    const wrapper = mount(Page, {
      global: { provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime } },
    });
    await flushPromises();
    const query = live as unknown as LiveQuery<ProgramsQuery>;
    expect(apollo.operations.map((o) => o.operationName)).toEqual(['EventCursor', 'Programs']);
    expect(query.data.value?.programs[0]?.name).toBe('应急管理规划编制');
    expect(query.loaded.value).toBe(true);

    apollo.client.cache.modify({
      id: apollo.client.cache.identify({ __typename: 'Program', id: 'program-1' }),
      fields: { name: () => '应急管理规划编制（修订）' },
    });
    await vi.waitFor(() => expect(query.data.value?.programs[0]?.name).toBe('应急管理规划编制（修订）'));
    wrapper.unmount();
  });
});

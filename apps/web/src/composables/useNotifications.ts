import {
  MarkNotificationsReadDocument,
  NotificationEventsDocument,
  type NotificationItemFragment,
  NotificationsDocument,
} from '@gongbian/graphql-client';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { useApollo } from '../graphql/apollo';
import { newClientMutationId } from '../graphql/client-mutation-id';
import { useRealtime } from '../graphql/realtime';
import { followLog, type LogFollower, readEventCursor } from './followLog';

const KEEP = 50;

/** Adds what arrived live to what was fetched: one of each, newest first. */
export function mergeNotifications(
  incoming: readonly NotificationItemFragment[],
  known: readonly NotificationItemFragment[],
): NotificationItemFragment[] {
  const byId = new Map<string, NotificationItemFragment>();
  for (const n of [...incoming, ...known]) if (!byId.has(n.id)) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, KEEP);
}

/** The signed-in person's inbox: the newest notifications and the unread count, kept live. */
export function useNotifications() {
  const client = useApollo();
  const realtime = useRealtime();
  const items = shallowRef<NotificationItemFragment[]>([]);
  const unreadIds = shallowRef(new Set<string>());
  const error = shallowRef<unknown>(null);
  const loading = ref(true);
  let follower: LogFollower | null = null;
  let stopped = false;

  function receive(n: NotificationItemFragment) {
    items.value = mergeNotifications([n], items.value);
    if (!n.read) unreadIds.value = new Set(unreadIds.value).add(n.id);
  }

  async function start() {
    const after = await readEventCursor(client);
    if (stopped) return;
    follower = followLog(realtime, {
      document: NotificationEventsDocument,
      variables: (cursor) => ({ after: cursor }),
      pick: (data) => data.notificationEvents,
      after,
      onEvent: (event) => receive(event.notification),
    });
    try {
      const result = await client.query({ query: NotificationsDocument, fetchPolicy: 'no-cache' });
      if (!result.data) throw result.error;
      items.value = mergeNotifications(items.value, result.data.recent);
      unreadIds.value = new Set([...unreadIds.value, ...result.data.unread.map((n) => n.id)]);
    } catch (e) {
      error.value = e;
    } finally {
      loading.value = false;
    }
  }

  async function markRead(ids: string[]) {
    const unread = ids.filter((id) => unreadIds.value.has(id));
    if (!unread.length) return;
    const next = new Set(unreadIds.value);
    for (const id of unread) next.delete(id);
    unreadIds.value = next;
    items.value = items.value.map((n) => (unread.includes(n.id) ? { ...n, read: true } : n));
    await client.mutate({
      mutation: MarkNotificationsReadDocument,
      variables: { input: { ids: unread, clientMutationId: newClientMutationId() } },
    });
  }

  void start();
  onScopeDispose(() => {
    stopped = true;
    follower?.stop();
  });

  return {
    items,
    unreadCount: computed(() => unreadIds.value.size),
    isUnread: (id: string) => unreadIds.value.has(id),
    loading,
    error,
    markRead,
    markAllRead: () => markRead([...unreadIds.value]),
  };
}

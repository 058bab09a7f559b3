import {
  MarkNotificationsReadDocument,
  NotificationEventsDocument,
  type NotificationItemFragment,
  NotificationsDocument,
} from '@gongbian/graphql-client';
import { computed } from 'vue';
import { useApollo } from '../graphql/apollo';
import { newClientMutationId } from '../graphql/client-mutation-id';
import { logEvents, useLiveQuery } from './useLiveQuery';

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

interface Inbox {
  items: NotificationItemFragment[];
  unreadIds: ReadonlySet<string>;
}

const EMPTY: Inbox = { items: [], unreadIds: new Set() };

/** The signed-in person's inbox: the newest notifications and the unread count, kept live. */
export function useNotifications() {
  const client = useApollo();
  const live = useLiveQuery({
    key: () => 'inbox',
    load: async (): Promise<Inbox> => {
      const result = await client.query({ query: NotificationsDocument, fetchPolicy: 'no-cache' });
      if (!result.data) throw result.error;
      return {
        items: mergeNotifications([], result.data.recent),
        unreadIds: new Set(result.data.unread.map((n) => n.id)),
      };
    },
    events: () =>
      logEvents(
        NotificationEventsDocument,
        (after) => ({ after }),
        (data) => data.notificationEvents,
      ),
    onEvent: (event) => receive(event.notification),
  });
  const inbox = computed(() => live.data.value ?? EMPTY);

  function receive(n: NotificationItemFragment) {
    const { items, unreadIds } = inbox.value;
    live.set({ items: mergeNotifications([n], items), unreadIds: n.read ? unreadIds : new Set(unreadIds).add(n.id) });
  }

  async function markRead(ids: string[]) {
    const { items, unreadIds } = inbox.value;
    const unread = ids.filter((id) => unreadIds.has(id));
    if (!unread.length) return;
    const next = new Set(unreadIds);
    for (const id of unread) next.delete(id);
    live.set({ items: items.map((n) => (unread.includes(n.id) ? { ...n, read: true } : n)), unreadIds: next });
    await client.mutate({
      mutation: MarkNotificationsReadDocument,
      variables: { input: { ids: unread, clientMutationId: newClientMutationId() } },
    });
  }

  return {
    items: computed(() => inbox.value.items),
    unreadCount: computed(() => inbox.value.unreadIds.size),
    isUnread: (id: string) => inbox.value.unreadIds.has(id),
    loading: live.loading,
    error: live.error,
    markRead,
    markAllRead: () => markRead([...inbox.value.unreadIds]),
  };
}

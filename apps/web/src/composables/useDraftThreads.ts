import type { ApolloClient } from '@apollo/client';
import {
  type CommentItemFragment,
  DraftThreadsDocument,
  type DraftThreadsQuery,
  ThreadEventsDocument,
  type ThreadEventsSubscription,
  type ThreadItemFragment,
} from '@gongbian/graphql-client';
import { onScopeDispose, type Ref, ref, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';
import { useRealtime } from '../graphql/realtime';
import { followLog, type LogFollower, readEventCursor } from './followLog';

export type DraftThread = ThreadItemFragment;
export type ThreadEvent = ThreadEventsSubscription['threadEvents'];

// The first page small, so the panel fills at once; the rest in large pages.
const FIRST_PAGE = 100;
const PAGE = 500;
const FRESH_MS = 4_000;

/** Every thread of a draft, page by page (a draft may have many hundreds); `onPage` sees each page arrive. */
export async function loadAllThreads(
  client: ApolloClient,
  draftId: string,
  onPage: (soFar: readonly DraftThread[]) => void = () => {},
): Promise<DraftThread[]> {
  const all: DraftThread[] = [];
  let after: string | null = null;
  for (;;) {
    const result: ApolloClient.QueryResult<DraftThreadsQuery> = await client.query({
      query: DraftThreadsDocument,
      variables: { id: draftId, first: after ? PAGE : FIRST_PAGE, after },
      fetchPolicy: 'no-cache',
    });
    const page = result.data?.draft?.threads;
    if (!page) throw result.error ?? new Error('draft not found');
    for (const edge of page.edges) all.push(edge.node);
    onPage(all);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}

/** A thread with one comment added or replaced (a reply or an edit that came back from a mutation). */
export function withComment(thread: DraftThread, comment: CommentItemFragment): DraftThread {
  const comments = thread.comments.some((c) => c.id === comment.id)
    ? thread.comments.map((c) => (c.id === comment.id && c.version <= comment.version ? comment : c))
    : [...thread.comments, comment];
  return { ...thread, comments };
}

/**
 * The threads of one draft, kept current: loaded once, then changed by threadEvents (which carry the
 * whole thread) and by the results of this person's own mutations. The log position is read before
 * the load and the subscription starts after it, so a change made while the threads load is
 * replayed once they are in, never lost.
 */
export function useDraftThreads(draftId: Ref<string | null>) {
  const client = useApollo();
  const realtime = useRealtime();
  const threads = shallowRef(new Map<string, DraftThread>());
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  /** ids of threads that others changed in the last few seconds */
  const fresh = shallowRef(new Set<string>());
  let follower: LogFollower | null = null;
  let generation = 0;
  // Threads this person just changed: the event of their own change is not news to them.
  const ownChanges = new Map<string, number>();

  function put(thread: DraftThread) {
    const next = new Map(threads.value);
    next.set(thread.id, thread);
    threads.value = next;
  }

  function upsert(thread: DraftThread) {
    ownChanges.set(thread.id, Date.now());
    put(thread);
  }

  function upsertComment(threadId: string, comment: CommentItemFragment) {
    const thread = threads.value.get(threadId);
    ownChanges.set(threadId, Date.now());
    if (thread) put(withComment(thread, comment));
  }

  function flash(id: string) {
    fresh.value = new Set(fresh.value).add(id);
    setTimeout(() => {
      const next = new Set(fresh.value);
      next.delete(id);
      fresh.value = next;
    }, FRESH_MS);
  }

  async function load(id: string) {
    const mine = ++generation;
    const queued: ThreadEvent[] = [];
    let ready = false;
    const apply = (event: ThreadEvent) => {
      put(event.thread);
      if (Date.now() - (ownChanges.get(event.thread.id) ?? 0) > FRESH_MS) flash(event.thread.id);
    };
    const after = await readEventCursor(client);
    if (mine !== generation) return;
    follower = followLog(realtime, {
      document: ThreadEventsDocument,
      variables: (cursor) => ({ draftId: id, after: cursor }),
      pick: (data) => data.threadEvents,
      after,
      onEvent: (event) => (ready ? apply(event) : queued.push(event)),
      onError: (e) => {
        error.value = e;
      },
    });
    try {
      const all = await loadAllThreads(client, id, (soFar) => {
        if (mine === generation) threads.value = new Map(soFar.map((t) => [t.id, t]));
      });
      if (mine !== generation) return;
      threads.value = new Map(all.map((t) => [t.id, t]));
      ready = true;
      loaded.value = true;
      error.value = null;
      for (const event of queued) put(event.thread);
    } catch (e) {
      if (mine === generation) error.value = e;
    }
  }

  function stop() {
    generation++;
    follower?.stop();
    follower = null;
  }

  watch(
    draftId,
    (id) => {
      stop();
      threads.value = new Map();
      loaded.value = false;
      error.value = null;
      if (id) void load(id);
    },
    { immediate: true },
  );
  onScopeDispose(stop);

  return {
    threads,
    loaded,
    error,
    fresh,
    upsert,
    upsertComment,
    reload: () => {
      const id = draftId.value;
      stop();
      if (id) void load(id);
    },
  };
}

export type DraftThreadsStore = ReturnType<typeof useDraftThreads>;

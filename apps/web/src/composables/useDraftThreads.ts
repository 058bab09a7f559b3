import type { ApolloClient } from '@apollo/client';
import {
  type CommentItemFragment,
  DraftThreadsDocument,
  type DraftThreadsQuery,
  ThreadEventsDocument,
  type ThreadEventsSubscription,
  type ThreadItemFragment,
} from '@gongbian/graphql-client';
import { computed, type Ref, shallowRef } from 'vue';
import { useApollo } from '../graphql/apollo';
import { logEvents, useLiveQuery } from './useLiveQuery';

export type DraftThread = ThreadItemFragment;
export type ThreadEvent = ThreadEventsSubscription['threadEvents'];
type Threads = ReadonlyMap<string, DraftThread>;

// The first page small, so the panel fills at once; the rest in large pages.
const FIRST_PAGE = 100;
const PAGE = 500;
const FRESH_MS = 4_000;
const NONE: Threads = new Map();

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

const byId = (threads: readonly DraftThread[]): Threads => new Map(threads.map((t) => [t.id, t]));

/**
 * The threads of one draft, kept current: loaded once, then changed by threadEvents (which carry the
 * whole thread) and by the results of this person's own mutations. A change made while the threads
 * load is replayed once they are in, never lost (useLiveQuery).
 */
export function useDraftThreads(draftId: Ref<string | null>) {
  const client = useApollo();
  /** ids of threads that others changed in the last few seconds */
  const fresh = shallowRef(new Set<string>());
  // Threads this person just changed: the event of their own change is not news to them.
  const ownChanges = new Map<string, number>();

  const live = useLiveQuery({
    key: () => draftId.value,
    load: async (id: string, show: (partial: Threads) => void) =>
      byId(await loadAllThreads(client, id, (soFar) => show(byId(soFar)))),
    events: (id) =>
      logEvents(
        ThreadEventsDocument,
        (after) => ({ draftId: id, after }),
        (data) => data.threadEvents,
      ),
    onEvent: (event, { queued }) => {
      put(event.thread);
      // What happened while the threads loaded is not highlighted: it is no news on arrival.
      if (!queued && Date.now() - (ownChanges.get(event.thread.id) ?? 0) > FRESH_MS) flash(event.thread.id);
    },
  });
  const threads = computed(() => live.data.value ?? NONE);

  function put(thread: DraftThread) {
    live.set(new Map(threads.value).set(thread.id, thread));
  }

  function flash(id: string) {
    fresh.value = new Set(fresh.value).add(id);
    setTimeout(() => {
      const next = new Set(fresh.value);
      next.delete(id);
      fresh.value = next;
    }, FRESH_MS);
  }

  return {
    threads,
    loaded: live.loaded,
    error: computed(() => live.error.value ?? live.liveError.value),
    fresh,
    upsert(thread: DraftThread) {
      ownChanges.set(thread.id, Date.now());
      put(thread);
    },
    upsertComment(threadId: string, comment: CommentItemFragment) {
      const thread = threads.value.get(threadId);
      ownChanges.set(threadId, Date.now());
      if (thread) put(withComment(thread, comment));
    },
    reload: live.reload,
  };
}

export type DraftThreadsStore = ReturnType<typeof useDraftThreads>;

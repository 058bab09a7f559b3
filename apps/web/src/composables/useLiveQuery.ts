import type { ApolloClient, ObservableQuery, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { onScopeDispose, type Ref, ref, type ShallowRef, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';
import { type Realtime, useRealtime } from '../graphql/realtime';
import { coalesce } from './coalesce';
import { followLog, type LogFollower, readEventCursor } from './followLog';

/** One of the server's log-backed subscriptions, bound to its variables (see `logEvents`). */
export interface LogSubscription<TEvent extends { cursor: string }> {
  follow(
    realtime: Realtime,
    handlers: { after: string | null; onEvent: (event: TEvent) => void; onError: (error: unknown) => void },
  ): LogFollower;
}

/** A log-backed subscription (programEvents, threadEvents …): its document, variables given the cursor, and the event inside a result. */
export function logEvents<TData, TVariables, TEvent extends { cursor: string }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: (after: string | null) => TVariables,
  pick: (data: TData) => TEvent | null | undefined,
): LogSubscription<TEvent> {
  return { follow: (realtime, handlers) => followLog(realtime, { document, variables, pick, ...handlers }) };
}

/** An Apollo query kept in the cache (the `watch` source of useLiveQuery). */
export interface WatchedQuery<TData> {
  watch(client: ApolloClient): ObservableQuery<TData, OperationVariables>;
}

/** A query to watch in Apollo's cache: a cached result shows at once, the server's and mutations' results as they come. */
export function watched<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): WatchedQuery<TData> {
  return {
    watch: (client) =>
      client.watchQuery<TData, TVariables>({
        query,
        variables,
        fetchPolicy: 'cache-and-network',
      }) as unknown as ObservableQuery<TData, OperationVariables>,
  };
}

interface Common<TKey, TData, TEvent extends { cursor: string }> {
  /** what the page shows (an id, or ids and filters); null: nothing yet. A new key starts afresh. */
  key: () => TKey | null | undefined;
  /** the subscription that tells of changes to the data */
  events: (key: TKey) => LogSubscription<TEvent>;
  /**
   * One event, after the data is in: patch the data (`set`) or ask for it again (`refetch`).
   * `queued`: it happened while the data loaded (it may or may not be in the data already).
   */
  onEvent: (event: TEvent, how: { queued: boolean }) => void;
  /**
   * The log position the data was read at, when the query asks for it (eventCursor first in the
   * query). Without it the position is read before the data, and events are held until the data is in.
   */
  cursorOf?: (data: TData) => string | null;
  /** refetch requests within this many ms share one load */
  refetchMs?: number;
  /** what a refetch's result does to the data shown (default: replaces it) */
  merge?: (shown: TData, loaded: TData) => TData;
}

/**
 * Where the data comes from: `load` reads it afresh each time (no cache; `show` takes partial
 * data, e.g. page by page); `watch` keeps an Apollo query in the cache, so the results of this
 * person's own mutations show at once.
 */
export type LiveQueryOptions<TKey, TData, TEvent extends { cursor: string }> = Common<TKey, TData, TEvent> &
  (
    | { load: (key: TKey, show: (partial: TData) => void) => Promise<TData>; watch?: never }
    | { watch: (key: TKey) => WatchedQuery<TData>; load?: never }
  );

export interface LiveQuery<TData> {
  data: Readonly<ShallowRef<TData | null>>;
  /** the data of the current key is in (before that, `data` may hold part of it) */
  loaded: Readonly<Ref<boolean>>;
  loading: Readonly<Ref<boolean>>;
  /** the last load or refetch failed */
  error: Readonly<ShallowRef<unknown>>;
  /** the subscription failed (it retries on its own); cleared by the next event */
  liveError: Readonly<ShallowRef<unknown>>;
  /** data changed here (a mutation's result), before its event arrives */
  set(data: TData): void;
  /** loads the data again, once per burst of requests; resolves when that load is done */
  refetch(): Promise<void>;
  /** starts afresh: the log position, the data and the subscription */
  reload(): void;
}

interface Run<TData> {
  stopped: boolean;
  follower: LogFollower | null;
  close(): void;
  again: (() => Promise<TData>) | null;
  refetch: ReturnType<typeof coalesce>;
  waiting: (() => void)[];
}

/**
 * A page's data, kept live from the event log: read the log position, subscribe after it, load
 * the data, then apply each event (queued ones first) by patching the data or refetching it.
 * Whatever changes between the load and the subscription is replayed, never lost; after a
 * reconnect the subscription resumes from the last event seen, and a position the server no
 * longer keeps reloads the page (followLog). Everything stops when the key changes or the
 * component unmounts.
 */
export function useLiveQuery<TKey, TData, TEvent extends { cursor: string }>(
  options: LiveQueryOptions<TKey, TData, TEvent>,
): LiveQuery<TData> {
  const client = useApollo();
  const realtime = useRealtime();
  const data = shallowRef<TData | null>(null);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const liveError = shallowRef<unknown>(null);
  let run: Run<TData> | null = null;

  function open(key: TKey, mine: { stopped: boolean }) {
    const show = (partial: TData) => {
      if (!mine.stopped) data.value = partial;
    };
    if (options.load) {
      const load = options.load;
      return { first: load(key, show), again: () => load(key, () => {}), close: () => {} };
    }
    // Every result of the watched query is shown: the cached one first, then the server's, then
    // whatever mutations write into the cache.
    const observable = options.watch(key).watch(client);
    let settle: { resolve(d: TData): void; reject(e: unknown): void } | null = null;
    const first = new Promise<TData>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const subscription = observable.subscribe((result) => {
      if (result.dataState === 'complete') show(result.data as TData);
      if (result.loading) return;
      if (settle) {
        if (result.error || result.dataState !== 'complete') settle.reject(result.error ?? new Error('no data'));
        else settle.resolve(result.data as TData);
        settle = null;
      } else if (result.error && !mine.stopped) error.value = result.error;
    });
    return {
      first,
      again: async () => (await observable.refetch()).data as TData,
      close: () => subscription.unsubscribe(),
    };
  }

  function start(key: TKey) {
    const queued: TEvent[] = [];
    let ready = false;
    const mine: Run<TData> = {
      stopped: false,
      follower: null,
      close: () => {},
      again: null,
      waiting: [],
      refetch: coalesce(async () => {
        const done = mine.waiting.splice(0);
        try {
          // Before the first load has begun there is nothing to load again: it is on its way.
          if (!mine.again) return;
          const next = await mine.again();
          if (!mine.stopped) accept(next);
        } catch (e) {
          if (!mine.stopped) error.value = e;
        } finally {
          for (const resolve of done) resolve();
        }
      }, options.refetchMs),
    };
    run = mine;
    loading.value = true;

    const follow = (after: string | null) => {
      mine.follower = options.events(key).follow(realtime, {
        after,
        onEvent: (event) => {
          liveError.value = null;
          if (ready) options.onEvent(event, { queued: false });
          else queued.push(event);
        },
        onError: (e) => {
          liveError.value = e;
        },
      });
    };

    function accept(next: TData) {
      const shown = data.value;
      data.value = ready && shown !== null && options.merge ? options.merge(shown, next) : next;
      loaded.value = true;
      error.value = null;
      if (ready) return;
      ready = true;
      if (options.cursorOf && !mine.follower) follow(options.cursorOf(next));
      for (const event of queued.splice(0)) options.onEvent(event, { queued: true });
    }

    void (async () => {
      try {
        if (!options.cursorOf) {
          const after = await readEventCursor(client);
          if (mine.stopped) return;
          follow(after);
        }
        const opened = open(key, mine);
        mine.close = opened.close;
        mine.again = opened.again;
        const first = await opened.first;
        if (!mine.stopped) accept(first);
      } catch (e) {
        if (!mine.stopped) error.value = e;
      } finally {
        if (!mine.stopped) loading.value = false;
      }
    })();
  }

  function stop() {
    if (!run) return;
    run.stopped = true;
    run.follower?.stop();
    run.close();
    run.refetch.stop();
    for (const resolve of run.waiting.splice(0)) resolve();
    run = null;
  }

  function restart() {
    stop();
    data.value = null;
    loaded.value = false;
    loading.value = false;
    error.value = null;
    liveError.value = null;
    const key = options.key();
    if (key !== null && key !== undefined) start(key);
  }

  // Compared by value: a key rebuilt from the same ids and filters is the same key.
  watch(
    () => {
      const key = options.key();
      return key === null || key === undefined ? null : JSON.stringify(key);
    },
    restart,
    { immediate: true },
  );
  onScopeDispose(stop);

  return {
    data,
    loaded,
    loading,
    error,
    liveError,
    set(next) {
      data.value = next;
    },
    refetch() {
      const current = run;
      if (!current) return Promise.resolve();
      return new Promise<void>((resolve) => {
        current.waiting.push(resolve);
        current.refetch.request();
      });
    },
    reload: restart,
  };
}

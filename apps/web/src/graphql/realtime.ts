import type { Client } from 'graphql-ws';
import { type App, type InjectionKey, inject, type Ref, readonly, ref } from 'vue';

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

/** What the app asks of graphql-ws's client. */
export type RealtimeClient = Pick<Client, 'subscribe' | 'on' | 'dispose'>;

export interface Realtime {
  readonly state: Readonly<Ref<ConnectionState>>;
  /** The socket client for the current session, created on first use. */
  client(): RealtimeClient;
  /** Closes the socket; the next client() opens a new one (with the then-current token). */
  reset(): void;
}

export interface RealtimeOptions {
  url?: string;
  getToken: () => string | null;
  onUnauthenticated: () => void;
  /** Node has no global WebSocket before v22; tests pass the `ws` package's. */
  webSocketImpl?: unknown;
}

function defaultUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function closeCode(event: unknown): number | null {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

// 4401 and 4403 mean the server refuses this token; retrying with it cannot help.
const REFUSED = new Set([4401, 4403]);

export function createRealtime({ url, getToken, onUnauthenticated, webSocketImpl }: RealtimeOptions): Realtime {
  const state = ref<ConnectionState>('idle');
  let current: RealtimeClient | null = null;
  // Events of a socket from an earlier session must not move the state; 'connecting' even fires
  // synchronously inside createClient, before the client can be compared with `current`.
  let generation = 0;

  /**
   * The session's client. graphql-ws itself is fetched here, as the socket opens, rather than
   * with the first page (which reads over HTTP first); what is asked of the client meanwhile is
   * done once it is there, and nothing of it once the session has been reset.
   */
  function open(): RealtimeClient {
    const mine = ++generation;
    let real: Client | null = null;
    let disposed = false;
    const waiting: ((client: Client) => void)[] = [];
    const withClient = (use: (client: Client) => void) => (real ? use(real) : waiting.push(use));
    import('graphql-ws').then(
      ({ createClient }) => {
        if (disposed) return;
        real = create(createClient, mine);
        for (const use of waiting.splice(0)) use(real);
      },
      () => {
        // The script could not be fetched: the server is unreachable, as the header then says.
        if (mine === generation) state.value = 'reconnecting';
      },
    );
    return {
      subscribe(payload, sink) {
        let stop: (() => void) | null = null;
        let cancelled = false;
        withClient((client) => {
          if (!cancelled) stop = client.subscribe(payload, sink);
        });
        return () => {
          cancelled = true;
          stop?.();
        };
      },
      on(event, listener) {
        let off: (() => void) | null = null;
        let cancelled = false;
        withClient((client) => {
          if (!cancelled) off = client.on(event, listener);
        });
        return () => {
          cancelled = true;
          off?.();
        };
      },
      async dispose() {
        disposed = true;
        await real?.dispose();
      },
    };
  }

  function create(createClient: typeof import('graphql-ws').createClient, mine: number): Client {
    return createClient({
      url: url ?? defaultUrl(),
      webSocketImpl,
      connectionParams: () => {
        const token = getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      // One socket for the whole session, kept open and retried for ever, so the header can say
      // whether live updates are flowing even while no page is subscribed.
      lazy: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => !REFUSED.has(closeCode(event) ?? 0),
      retryWait: async (retries) => {
        const base = Math.min(1000 * 2 ** retries, 15_000);
        await new Promise((resolve) => setTimeout(resolve, base / 2 + Math.random() * (base / 2)));
      },
      keepAlive: 15_000,
      onNonLazyError: (event) => {
        if (REFUSED.has(closeCode(event) ?? 0)) onUnauthenticated();
      },
      on: {
        connecting: (isRetry) => {
          if (mine === generation) state.value = isRetry ? 'reconnecting' : 'connecting';
        },
        connected: () => {
          if (mine === generation) state.value = 'connected';
        },
        closed: () => {
          if (mine === generation) state.value = 'reconnecting';
        },
      },
    });
  }

  return {
    state: readonly(state),
    client() {
      if (!current) {
        state.value = 'connecting';
        current = open();
      }
      return current;
    },
    reset() {
      const old = current;
      current = null;
      generation++;
      state.value = 'idle';
      void old?.dispose();
    },
  };
}

const RealtimeKey: InjectionKey<Realtime> = Symbol('realtime');

export function installRealtime(app: App, realtime: Realtime): void {
  app.provide(RealtimeKey, realtime);
}

export function useRealtime(): Realtime {
  const realtime = inject(RealtimeKey);
  if (!realtime) throw new Error('Realtime not provided: call installRealtime(app, realtime)');
  return realtime;
}

export { RealtimeKey };

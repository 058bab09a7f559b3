// A socket for the tests of live pages (imported by *.test.ts and test kits only, never shipped):
// the test sees every subscribe, sends results and says when the socket came back.
import type { Client, Sink } from 'graphql-ws';
import { ref } from 'vue';
import type { ConnectionState, Realtime } from '../graphql/realtime';

export interface FakeSubscription {
  variables: Record<string, unknown>;
  sink: Sink;
  disposed: boolean;
}

export function fakeSocket() {
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
    /** one result to every live subscription, as the server sends it */
    send(data: unknown) {
      for (const sub of subscriptions.filter((s) => !s.disposed)) sub.sink.next({ data } as never);
    },
    /** a refusal to every live subscription (a result with errors, then complete) */
    refuse(message: string, extensions: Record<string, unknown>) {
      for (const sub of subscriptions.filter((s) => !s.disposed)) {
        sub.sink.next({ errors: [{ message, extensions }] } as never);
        sub.sink.complete();
      }
    },
    /** the socket came back: graphql-ws fires "connected" */
    reconnect() {
      for (const listener of [...connectedListeners]) listener();
    },
  };
}

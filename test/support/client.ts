import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** POSTs one GraphQL operation, as the web app does. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** The data of an operation that must succeed; throws with the errors otherwise. */
export async function ok<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await ok<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
    { e: email, p: password },
  );
  return data.login.token;
}

export function wsClient(
  url: string,
  token: string | null,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
}

/** Collects what a subscription sends, for a test to wait on. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        if (v.data) received.push(v.data as T);
        for (const w of waiters.filter((w) => received.length >= w.n)) w.resolve();
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return {
    received,
    errors,
    dispose,
    /** Resolves when at least n messages have arrived (rejects after timeoutMs). */
    until(n: number, timeoutMs = 10_000): Promise<T[]> {
      if (received.length >= n) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`got ${received.length} of ${n} messages; errors: ${JSON.stringify(errors)}`)),
          timeoutMs,
        );
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
  };
}

/**
 * Where the event log stands now. Subscribing with `after: <this>` replays anything that happens
 * before the subscription is in place, so a test never races its own subscription.
 */
export async function logPosition(url: string, token: string, programId: string): Promise<string> {
  const r = await ok<{ program: { eventCursor: string } }>(
    url,
    'query($id: ID!) { program(id: $id) { eventCursor } }',
    { id: programId },
    token,
  );
  return r.program.eventCursor;
}

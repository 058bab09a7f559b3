import { type DocumentNode, print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EventCursorDocument, SignInDocument } from './generated/graphql.js';
import type { TypedDocumentNode } from './typed-document.js';

export interface GqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
}

/**
 * What follows the document: its variables (optional when it takes none) and the caller's token.
 * Tests send typed documents (test/README.md); a plain string is for the tests that send a
 * malformed or hostile document on purpose, whose result they narrow themselves.
 */
type Rest<V> = Record<string, never> extends V ? [variables?: V, token?: string] : [variables: V, token?: string];

const printed = new WeakMap<DocumentNode, string>();
/** The text of a document, for a test that builds the HTTP request itself (GET, odd headers). */
export function queryText(document: DocumentNode | string): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** POSTs one GraphQL operation, as the web app does. */
export async function gql<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  ...rest: Rest<V>
): Promise<GqlResult<R>>;
export async function gql<R = unknown>(
  url: string,
  document: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GqlResult<R>>;
export async function gql(
  url: string,
  document: DocumentNode | string,
  variables: unknown = {},
  token?: string,
): Promise<GqlResult<unknown>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: queryText(document), variables }),
  });
  return (await res.json()) as GqlResult<unknown>;
}

/** The data of an operation that must succeed; throws with the errors otherwise. */
export async function ok<R, V>(url: string, document: TypedDocumentNode<R, V>, ...rest: Rest<V>): Promise<R>;
export async function ok<R = unknown>(
  url: string,
  document: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<R>;
export async function ok(
  url: string,
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<unknown> {
  const r = await gql(url, queryText(document), variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await ok(url, SignInDocument, { e: email, p: password });
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
export function collect<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables: V): Collected<R>;
export function collect<R = unknown>(
  client: Client,
  document: string,
  variables: Record<string, unknown>,
): Collected<R>;
export function collect(client: Client, document: DocumentNode | string, variables: unknown): Collected<unknown> {
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const dispose = client.subscribe(
    { query: queryText(document), variables: variables as Record<string, unknown> },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        if (v.data) received.push(v.data);
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
    until(n, timeoutMs = 10_000) {
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

export interface Collected<T> {
  received: T[];
  errors: unknown[];
  dispose: () => void;
  /** Resolves when at least n messages have arrived (rejects after timeoutMs). */
  until(n: number, timeoutMs?: number): Promise<T[]>;
}

/** A value a test needs to go on, or a failure naming what was missing (instead of `!`). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, found ${value}`);
  return value;
}

/**
 * Where the event log stands now. Subscribing with `after: <this>` replays anything that happens
 * before the subscription is in place, so a test never races its own subscription.
 */
export async function logPosition(url: string, token: string, programId: string): Promise<string> {
  const r = await ok(url, EventCursorDocument, { id: programId }, token);
  if (!r.program) throw new Error(`no programme ${programId}`);
  return r.program.eventCursor;
}

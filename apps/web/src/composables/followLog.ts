import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { EventCursorDocument } from '@gongbian/graphql-client';
import { print } from 'graphql';
import { errorCode, errorReason } from '../graphql/errors';
import type { Realtime } from '../graphql/realtime';
import { endSession } from '../graphql/session';

const RESTART_AFTER_ERROR_MS = 5_000;

export interface LogFollower {
  stop(): void;
  lastCursor(): string | null;
}

export interface FollowLogOptions<TData, TVariables, TEvent extends { cursor: string }> {
  document: TypedDocumentNode<TData, TVariables>;
  /** the subscription's variables, given the cursor to resume after */
  variables: (after: string | null) => TVariables;
  /** the event inside a result */
  pick: (data: TData) => TEvent | null | undefined;
  onEvent: (event: TEvent) => void;
  onError?: (error: unknown) => void;
  /** start after this cursor (e.g. the log position read before the page's data) instead of "now" */
  after?: string | null;
  /**
   * The server no longer keeps the events after our cursor (retention, or a cursor from before an
   * upgrade): what the page shows may be missing changes. By default the page loads afresh.
   */
  onExpired?: () => void;
}

/**
 * Follows one of the server's log-backed subscriptions (programEvents, threadEvents,
 * notificationEvents: "replays after `after`, then live") and never misses an event across
 * reconnects.
 *
 * How the resume works: graphql-ws, when its socket drops and comes back, re-sends each active
 * subscription with the payload it was first given, i.e. our *first* `after`, which would replay
 * from the wrong place (or from "now", losing what happened while we were away). So a
 * subscription here lives for one connection only:
 *  - we remember the cursor of every event we receive (`lastCursor`);
 *  - on every `connected` event of the client we dispose the current subscription and open a
 *    new one with `after: lastCursor`. At that moment the old subscription is still waiting for
 *    the socket (graphql-ws only re-sends after `connected` has fired) and, being disposed, it
 *    gives up without sending anything; the new one is sent on the fresh socket. The server then
 *    replays everything after the cursor and goes live: no gap, no duplicate.
 *  - The first `connected` of a page-load restarts a subscription that was not yet sent, which
 *    costs nothing.
 * A subscription that ends with an error (other than an expired session or cursor) or that the
 * server completes is restarted from the cursor after a pause.
 */
export function followLog<TData, TVariables, TEvent extends { cursor: string }>(
  realtime: Realtime,
  options: FollowLogOptions<TData, TVariables, TEvent>,
): LogFollower {
  const { pick, onEvent, onError = () => {}, onExpired = () => window.location.reload() } = options;
  const query = print(options.document);
  let lastCursor: string | null = options.after ?? null;
  let stopped = false;
  let disposeCurrent: (() => void) | null = null;
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  const client = realtime.client();

  function start() {
    disposeCurrent?.();
    if (restartTimer !== null) clearTimeout(restartTimer);
    restartTimer = null;
    let live = true;
    const dispose = client.subscribe<TData>(
      { query, variables: options.variables(lastCursor) as Record<string, unknown> },
      {
        next(result) {
          if (!live) return;
          const event = result.data ? pick(result.data as TData) : null;
          if (event) {
            lastCursor = event.cursor;
            onEvent(event);
          } else if (result.errors?.length) {
            // A refusal at subscribe time comes as a result with errors, then complete.
            onError(result.errors);
            if (isFinal(result.errors)) live = false;
          }
        },
        error(error) {
          if (!live) return;
          live = false;
          onError(error);
          if (!isFinal(error)) scheduleRestart();
        },
        complete() {
          if (!live) return;
          live = false;
          scheduleRestart();
        },
      },
    );
    disposeCurrent = () => {
      live = false;
      dispose();
    };
  }

  /** An expired session or cursor: following again from the same cursor cannot help. */
  function isFinal(error: unknown): boolean {
    if (errorCode(error) === 'UNAUTHENTICATED') {
      endSession('expired');
      return true;
    }
    if (errorReason(error) === 'CURSOR_EXPIRED') {
      stopped = true;
      onExpired();
      return true;
    }
    return false;
  }

  function scheduleRestart() {
    if (stopped || restartTimer !== null) return;
    restartTimer = setTimeout(() => {
      restartTimer = null;
      if (!stopped) start();
    }, RESTART_AFTER_ERROR_MS);
  }

  const unlisten = client.on('connected', () => {
    if (!stopped) start();
  });
  start();

  return {
    stop() {
      stopped = true;
      unlisten();
      disposeCurrent?.();
      disposeCurrent = null;
      if (restartTimer !== null) clearTimeout(restartTimer);
    },
    lastCursor: () => lastCursor,
  };
}

/**
 * Where the event log stands now. Read it before loading a page's data and subscribe after it:
 * whatever changes between the load and the subscription is then replayed, not lost. Null when it
 * cannot be read (the subscription then starts from "now").
 */
export async function readEventCursor(client: ApolloClient): Promise<string | null> {
  try {
    const result = await client.query({ query: EventCursorDocument, fetchPolicy: 'no-cache' });
    return result.data?.programs[0]?.eventCursor ?? null;
  } catch {
    return null;
  }
}

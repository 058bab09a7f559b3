import {
  ProgramEventsDocument,
  type ProgramEventsSubscription,
  type ProgramEventsSubscriptionVariables,
} from '@gongbian/graphql-client';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { onScopeDispose, type Ref, ref, watch } from 'vue';
import { errorCode } from '../graphql/errors';
import type { Realtime } from '../graphql/realtime';
import { useRealtime } from '../graphql/realtime';
import { endSession } from '../graphql/session';

export type ProgramEvent = ProgramEventsSubscription['programEvents'];

const QUERY = print(ProgramEventsDocument);
const RESTART_AFTER_ERROR_MS = 5_000;

/**
 * Follows `programEvents` for one programme and never misses an event across reconnects.
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
 * A subscription that ends with an error (other than an expired session) or that the server
 * completes is restarted from the cursor after a pause.
 */
export function followProgramEvents(
  realtime: Realtime,
  programId: string,
  onEvent: (event: ProgramEvent) => void,
  onError: (error: unknown) => void = () => {},
): { stop(): void; lastCursor(): string | null } {
  let lastCursor: string | null = null;
  let stopped = false;
  let disposeCurrent: (() => void) | null = null;
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  const client: Client = realtime.client();

  function start() {
    disposeCurrent?.();
    if (restartTimer !== null) clearTimeout(restartTimer);
    restartTimer = null;
    let live = true;
    const variables: ProgramEventsSubscriptionVariables = { programId, after: lastCursor };
    const dispose = client.subscribe<ProgramEventsSubscription>(
      { query: QUERY, variables },
      {
        next(result) {
          if (!live) return;
          const event = result.data?.programEvents;
          if (event) {
            lastCursor = event.cursor;
            onEvent(event);
          } else if (result.errors?.length) {
            onError(result.errors);
          }
        },
        error(error) {
          if (!live) return;
          live = false;
          onError(error);
          if (errorCode(error) === 'UNAUTHENTICATED') {
            endSession('expired');
            return;
          }
          scheduleRestart();
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

/** followProgramEvents bound to a component: follows the programme id and stops on unmount. */
export function useProgramEvents(
  programId: Ref<string | null | undefined>,
  onEvent: (event: ProgramEvent) => void,
): { error: Ref<unknown> } {
  const realtime = useRealtime();
  const error = ref<unknown>(null);
  let follower: { stop(): void } | null = null;

  watch(
    programId,
    (id) => {
      follower?.stop();
      follower = null;
      if (!id) return;
      follower = followProgramEvents(
        realtime,
        id,
        (event) => {
          error.value = null;
          onEvent(event);
        },
        (e) => {
          error.value = e;
        },
      );
    },
    { immediate: true },
  );
  onScopeDispose(() => follower?.stop());

  return { error };
}

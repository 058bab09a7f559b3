import {
  ProgramEventsDocument,
  type ProgramEventsSubscription,
  type ProgramEventsSubscriptionVariables,
} from '@gongbian/graphql-client';
import { onScopeDispose, type Ref, ref, watch } from 'vue';
import type { Realtime } from '../graphql/realtime';
import { useRealtime } from '../graphql/realtime';
import { followLog, type LogFollower } from './followLog';

export type ProgramEvent = ProgramEventsSubscription['programEvents'];

/** Follows `programEvents` for one programme, resuming from the last cursor after every reconnect (see followLog). */
export function followProgramEvents(
  realtime: Realtime,
  programId: string,
  onEvent: (event: ProgramEvent) => void,
  onError: (error: unknown) => void = () => {},
): LogFollower {
  return followLog(realtime, {
    document: ProgramEventsDocument,
    variables: (after): ProgramEventsSubscriptionVariables => ({ programId, after }),
    pick: (data) => data.programEvents,
    onEvent,
    onError,
  });
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

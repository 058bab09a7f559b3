import { DraftPresenceDocument, type DraftPresenceSubscription } from '@gongbian/graphql-client';
import { print } from 'graphql';
import { onScopeDispose, type Ref, shallowRef, watch } from 'vue';
import { useRealtime } from '../graphql/realtime';

export type Viewer = DraftPresenceSubscription['presence']['viewers'][number];

const QUERY = print(DraftPresenceDocument);

/**
 * Who has a draft open, as the server last said. Unlike the log-backed streams there is nothing to
 * resume: after a reconnect graphql-ws subscribes again and the server sends the list afresh.
 */
export function usePresence(draftId: Ref<string | null>) {
  const realtime = useRealtime();
  const viewers = shallowRef<Viewer[]>([]);
  let dispose: (() => void) | null = null;

  watch(
    draftId,
    (id) => {
      dispose?.();
      dispose = null;
      viewers.value = [];
      if (!id) return;
      dispose = realtime.client().subscribe<DraftPresenceSubscription>(
        { query: QUERY, variables: { draftId: id } },
        {
          next(result) {
            const list = result.data?.presence.viewers;
            if (!list) return;
            // One person with two tabs open is one reader.
            viewers.value = [...new Map(list.map((v) => [v.id, v])).values()];
          },
          error() {},
          complete() {},
        },
      );
    },
    { immediate: true },
  );
  onScopeDispose(() => dispose?.());

  return { viewers };
}

import {
  MeetingEventsDocument,
  type MeetingEventsSubscription,
  MeetingPageDocument,
  type MeetingPageQuery,
} from '@gongbian/graphql-client';
import { computed, onScopeDispose, type Ref, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';
import { logEvents, useLiveQuery } from './useLiveQuery';

export type MeetingDetail = NonNullable<MeetingPageQuery['meeting']>;
export type MeetingEvent = MeetingEventsSubscription['meetingEvents'];

/**
 * One meeting, kept current by its events (each carries the whole meeting as it then stands).
 * A change made while the page loads is replayed once the meeting is in, never lost (useLiveQuery).
 */
export function useMeeting(meetingId: Ref<string | null>) {
  const client = useApollo();
  /** the last save of the minutes the events told of: its version and who made it */
  const lastSaver = shallowRef<{ version: number; name: string } | null>(null);
  const listeners = new Set<(event: MeetingEvent) => void>();

  const live = useLiveQuery({
    key: () => meetingId.value,
    load: async (id: string): Promise<MeetingPageQuery> => {
      const result = await client.query({ query: MeetingPageDocument, variables: { id }, fetchPolicy: 'no-cache' });
      if (!result.data) throw result.error ?? new Error('meeting not loaded');
      return result.data;
    },
    events: (id) =>
      logEvents(
        MeetingEventsDocument,
        (after) => ({ meetingId: id, after }),
        (data) => data.meetingEvents,
      ),
    onEvent: apply,
  });
  watch(meetingId, () => {
    lastSaver.value = null;
  });

  function apply(event: MeetingEvent) {
    if (live.data.value) live.set({ ...live.data.value, meeting: event.meeting });
    if (event.kind === 'MINUTES_EDITED' && event.minutesVersion !== null && event.editedBy) {
      if (!lastSaver.value || event.minutesVersion >= lastSaver.value.version) {
        lastSaver.value = { version: event.minutesVersion, name: event.editedBy.name };
      }
    }
    for (const listener of listeners) listener(event);
  }

  return {
    meeting: computed(() => live.data.value?.meeting ?? null),
    me: computed(() => live.data.value?.me ?? null),
    loaded: live.loaded,
    error: computed(() => live.error.value ?? live.liveError.value),
    lastSaver,
    /** a newer meeting as a mutation returned it, before its event arrives */
    put(next: MeetingDetail) {
      if (live.data.value) live.set({ ...live.data.value, meeting: next });
    },
    onEvent(listener: (event: MeetingEvent) => void) {
      listeners.add(listener);
      onScopeDispose(() => listeners.delete(listener));
    },
    reload: live.reload,
  };
}

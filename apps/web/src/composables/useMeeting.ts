import {
  MeetingEventsDocument,
  type MeetingEventsSubscription,
  MeetingPageDocument,
  type MeetingPageQuery,
} from '@gongbian/graphql-client';
import { onScopeDispose, type Ref, ref, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';
import { useRealtime } from '../graphql/realtime';
import { followLog, type LogFollower, readEventCursor } from './followLog';

export type MeetingDetail = NonNullable<MeetingPageQuery['meeting']>;
export type MeetingEvent = MeetingEventsSubscription['meetingEvents'];

/**
 * One meeting, kept current by its events (each carries the whole meeting as it then stands).
 * The log position is read before the meeting is loaded and the subscription starts after it, so
 * a change made while the page loads is replayed once the meeting is in, never lost; after a
 * reconnect followLog resumes from the last event seen.
 */
export function useMeeting(meetingId: Ref<string | null>) {
  const client = useApollo();
  const realtime = useRealtime();
  const meeting = shallowRef<MeetingDetail | null>(null);
  const me = shallowRef<MeetingPageQuery['me']>(null);
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  /** the last save of the minutes the events told of: its version and who made it */
  const lastSaver = shallowRef<{ version: number; name: string } | null>(null);
  let follower: LogFollower | null = null;
  let generation = 0;
  const listeners = new Set<(event: MeetingEvent) => void>();

  function apply(event: MeetingEvent) {
    meeting.value = event.meeting;
    if (event.kind === 'MINUTES_EDITED' && event.minutesVersion !== null && event.editedBy) {
      if (!lastSaver.value || event.minutesVersion >= lastSaver.value.version) {
        lastSaver.value = { version: event.minutesVersion, name: event.editedBy.name };
      }
    }
    for (const listener of listeners) listener(event);
  }

  async function load(id: string) {
    const mine = ++generation;
    const queued: MeetingEvent[] = [];
    let ready = false;
    const after = await readEventCursor(client);
    if (mine !== generation) return;
    follower = followLog(realtime, {
      document: MeetingEventsDocument,
      variables: (cursor) => ({ meetingId: id, after: cursor }),
      pick: (data) => data.meetingEvents,
      after,
      onEvent: (event) => (ready ? apply(event) : queued.push(event)),
      onError: (e) => {
        error.value = e;
      },
    });
    try {
      const result = await client.query({ query: MeetingPageDocument, variables: { id }, fetchPolicy: 'no-cache' });
      if (mine !== generation) return;
      if (!result.data) throw result.error ?? new Error('meeting not loaded');
      me.value = result.data.me;
      meeting.value = result.data.meeting;
      ready = true;
      loaded.value = true;
      error.value = null;
      for (const event of queued) apply(event);
    } catch (e) {
      if (mine === generation) error.value = e;
    }
  }

  function stop() {
    generation++;
    follower?.stop();
    follower = null;
  }

  watch(
    meetingId,
    (id) => {
      stop();
      meeting.value = null;
      loaded.value = false;
      error.value = null;
      lastSaver.value = null;
      if (id) void load(id);
    },
    { immediate: true },
  );
  onScopeDispose(stop);

  return {
    meeting,
    me,
    loaded,
    error,
    lastSaver,
    /** a newer meeting as a mutation returned it, before its event arrives */
    put(next: MeetingDetail) {
      meeting.value = next;
    },
    onEvent(listener: (event: MeetingEvent) => void) {
      listeners.add(listener);
      onScopeDispose(() => listeners.delete(listener));
    },
    reload() {
      const id = meetingId.value;
      stop();
      if (id) void load(id);
    },
  };
}

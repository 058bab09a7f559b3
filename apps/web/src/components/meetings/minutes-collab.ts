import type {
  MeetingRoomSubscription,
  MinutesUpdatesSubscription,
  PushMinutesUpdateMutation,
} from '@gongbian/graphql-client';
import { computed, type Ref, ref, shallowRef } from 'vue';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RealtimeClient } from '../../graphql/realtime';

/** The live minutes' Y.Text, as the server names it (modules/meeting/minutes-doc.ts). */
export const MINUTES_TEXT = 'minutes';
/** Typing is gathered this long before it goes out as one update. */
export const BATCH_MS = 150;
const AWARENESS_MS = 80;
const RETRY_MS = 1_000;
/** Where an update came from when the server sent it: it is never pushed back. */
const FROM_SERVER = 'server';

export type MinutesStatus = 'loading' | 'saved' | 'saving' | 'offline';
export type RoomViewer = NonNullable<MeetingRoomSubscription['meetingPresence']['viewers']>[number];

export interface CollabTransport {
  realtime: RealtimeClient;
  /** Whether the socket is up now (graphql/realtime's state). */
  connected: Ref<boolean>;
  follow: string;
  room: string;
  push(update: string): Promise<PushMinutesUpdateMutation>;
  relay(update: string): Promise<unknown>;
}

const toBase64 = (u: Uint8Array) => {
  let s = '';
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A refusal is final (the same update would be refused again); anything else is tried again. */
function refused(error: unknown): boolean {
  const errors = (error as { errors?: { extensions?: { code?: string } }[] })?.errors;
  const code = errors?.[0]?.extensions?.code ?? (error as { extensions?: { code?: string } })?.extensions?.code;
  return code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'UNAUTHENTICATED';
}

/**
 * A meeting's minutes typed together: a Y.Doc fed by the server's minutesUpdates (the whole
 * document first, then each update with its cursor), whose local changes are gathered for
 * BATCH_MS, merged (Y.mergeUpdates) and pushed one request at a time; a failed push keeps its
 * changes and tries again, so nothing typed is lost while offline. The room subscription says who
 * has the page open and carries the editors' awareness (cursors and names), which is never kept.
 */
export function createMinutesCollab(meetingId: string, transport: CollabTransport) {
  const doc = new Y.Doc();
  const text = doc.getText(MINUTES_TEXT);
  const awareness = new Awareness(doc);
  const ready = ref(false);
  const viewers = shallowRef<RoomViewer[]>([]);
  const error = shallowRef<unknown>(null);
  const pending: Uint8Array[] = [];
  const inFlight = ref(false);
  const failing = ref(false);
  // pending.length, as Vue can follow it (the status line reads it)
  const queued = ref(0);
  let cursor: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const stops: (() => void)[] = [];

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_SERVER) return;
    pending.push(update);
    queued.value = pending.length;
    schedule(BATCH_MS);
  });

  function schedule(ms: number) {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  }

  async function flush() {
    if (inFlight.value || pending.length === 0 || closed) return;
    const batch = pending.splice(0);
    queued.value = 0;
    const update = batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch);
    inFlight.value = true;
    try {
      await transport.push(toBase64(update));
      failing.value = false;
      error.value = null;
    } catch (e) {
      if (refused(e)) {
        error.value = e;
      } else {
        // Kept, ahead of what was typed meanwhile, for the next try.
        pending.unshift(update);
        queued.value = pending.length;
        failing.value = true;
      }
    } finally {
      inFlight.value = false;
    }
    if (pending.length) schedule(failing.value ? RETRY_MS : 0);
  }

  function follow(after: string | null) {
    if (closed) return;
    const stop = transport.realtime.subscribe<MinutesUpdatesSubscription>(
      { query: transport.follow, variables: { meetingId, after } },
      {
        next(result) {
          const u = result.data?.minutesUpdates;
          if (!u) return;
          Y.applyUpdate(doc, fromBase64(u.update), FROM_SERVER);
          cursor = u.cursor;
          ready.value = true;
        },
        error(e) {
          // The server ended it (too far behind, or the cursor expired): take up again from the
          // last update received, or from the whole document; Yjs applies a repeat as nothing.
          const expired = JSON.stringify(e).includes('CURSOR_EXPIRED');
          setTimeout(() => follow(expired ? null : cursor), RETRY_MS);
        },
        complete() {},
      },
    );
    stops.push(stop);
  }

  function joinRoom() {
    const stop = transport.realtime.subscribe<MeetingRoomSubscription>(
      { query: transport.room, variables: { meetingId, clientId: doc.clientID } },
      {
        next(result) {
          const room = result.data?.meetingPresence;
          if (!room) return;
          if (room.awareness) applyAwarenessUpdate(awareness, fromBase64(room.awareness), FROM_SERVER);
          if (room.viewers) {
            viewers.value = room.viewers;
            // A page that left takes its cursor with it, without waiting for Yjs's 30 s timeout.
            const here = new Set(room.viewers.map((v) => v.clientId));
            const gone = [...awareness.getStates().keys()].filter((id) => id !== doc.clientID && !here.has(id));
            if (gone.length) removeAwarenessStates(awareness, gone, FROM_SERVER);
            // Someone arrived: they learn where this cursor is now rather than at its next move.
            relayOwn();
          }
        },
        error() {},
        complete() {},
      },
    );
    stops.push(stop);
  }

  let awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  function relayOwn() {
    if (awarenessTimer || closed || awareness.getLocalState() === null) return;
    awarenessTimer = setTimeout(() => {
      awarenessTimer = null;
      if (closed) return;
      transport.relay(toBase64(encodeAwarenessUpdate(awareness, [doc.clientID]))).catch(() => {});
    }, AWARENESS_MS);
  }
  awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin !== FROM_SERVER && [...added, ...updated].includes(doc.clientID)) relayOwn();
  });

  follow(null);
  joinRoom();

  const status = computed<MinutesStatus>(() => {
    if (!ready.value) return transport.connected.value ? 'loading' : 'offline';
    if (!transport.connected.value || failing.value) return 'offline';
    return inFlight.value || queued.value > 0 ? 'saving' : 'saved';
  });

  return {
    doc,
    text,
    awareness,
    ready,
    viewers,
    error,
    status,
    /** Typing not yet on the server (this batch and the one on its way). */
    unsent: () => queued.value > 0 || inFlight.value,
    close() {
      if (closed) return;
      // What is still gathered goes out before the page lets go.
      if (timer) {
        clearTimeout(timer);
        timer = null;
        void flush();
      }
      closed = true;
      if (awareness.getLocalState() !== null) {
        removeAwarenessStates(awareness, [doc.clientID], 'local');
        transport.relay(toBase64(encodeAwarenessUpdate(awareness, [doc.clientID]))).catch(() => {});
      }
      for (const stop of stops.splice(0)) stop();
      awareness.destroy();
    },
  };
}

export type MinutesCollab = ReturnType<typeof createMinutesCollab>;

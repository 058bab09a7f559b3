import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventTailer } from '../../realtime/event-log.js';
import { MeetingPresenceEntity } from './meeting-presence.entity.js';

const PRESENCE = 'gongbian_meeting_presence';
const AWARENESS = 'gongbian_minutes_awareness';

/** Someone on the meeting page: the person, and the Yjs client of their page if it said. */
export interface RoomViewer {
  personId: string;
  clientId: number | null;
}

/** What a watcher of a meeting's room hears: who is there may have changed, or someone's awareness. */
export type RoomSignal = { kind: 'presence' } | { kind: 'awareness'; update: string };

/**
 * Who has which meeting open, across every process, and the live editors' awareness (cursors,
 * selections, names) passed between them. Presence works as the drafts' PresenceKeeper does: a
 * row per open page, renewed while its process lives, arrivals and departures told by NOTIFY.
 * Awareness is not history and not kept anywhere: each update is one NOTIFY to every process,
 * which hands it to the meeting's watchers; a missed one is made good by the sender's next
 * (Yjs renews its state every 15 s, and the room's list says whose cursors to drop).
 */
export class MeetingRoomKeeper {
  private readonly mine = new Set<string>();
  private readonly watchers = new Map<string, Set<(signal: RoomSignal) => void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    tailer: EventTailer,
    private readonly ttlMs: number,
  ) {
    tailer.hear(PRESENCE, (meetingId) => this.tell(meetingId, { kind: 'presence' }));
    tailer.hear(AWARENESS, (payload) => {
      // A reconnect (null) loses nothing here: the next renewal of each cursor comes anyway.
      if (!payload) return;
      const [meetingId, update] = payload.split(' ');
      if (meetingId && update) this.tell(meetingId, { kind: 'awareness', update });
    });
  }

  /** Calls `onSignal` for everything the meeting's room hears; returns the way to stop. */
  watch(meetingId: string, onSignal: (signal: RoomSignal) => void): () => void {
    const set = this.watchers.get(meetingId) ?? new Set();
    this.watchers.set(meetingId, set);
    set.add(onSignal);
    return () => {
      set.delete(onSignal);
      if (set.size === 0 && this.watchers.get(meetingId) === set) this.watchers.delete(meetingId);
    };
  }

  start(): void {
    const tick = Math.max(Math.floor(this.ttlMs / 3), 200);
    this.timer = setInterval(() => void this.renewAndSweep().catch(() => {}), tick);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.mine].map((id) => this.leave(id).catch(() => {})));
  }

  async join(meetingId: string, personId: string, clientId: number | null): Promise<string> {
    const connectionId = randomUUID();
    await this.ds.getRepository(MeetingPresenceEntity).insert({
      connectionId,
      meetingId,
      personId,
      clientId: clientId === null ? null : String(clientId),
      expiresAt: this.expiry(),
    });
    this.mine.add(connectionId);
    await this.notify(PRESENCE, [meetingId]);
    return connectionId;
  }

  async leave(connectionId: string): Promise<void> {
    this.mine.delete(connectionId);
    const rows: { meeting_id: string }[] = await this.ds.query(
      `WITH gone AS (DELETE FROM meeting_presence WHERE connection_id = $1 RETURNING meeting_id) SELECT meeting_id FROM gone`,
      [connectionId],
    );
    await this.notify(
      PRESENCE,
      rows.map((r) => r.meeting_id),
    );
  }

  /** Who has the meeting open now, longest there first. */
  async viewers(meetingId: string): Promise<RoomViewer[]> {
    const rows: { person_id: string; client_id: string | null }[] = await this.ds.query(
      `SELECT person_id, client_id::text FROM meeting_presence WHERE meeting_id = $1 AND expires_at > now()
       ORDER BY expires_at, connection_id`,
      [meetingId],
    );
    return rows.map((r) => ({ personId: r.person_id, clientId: r.client_id === null ? null : Number(r.client_id) }));
  }

  /** Passes an awareness update (base64) to everyone with the meeting open, on every process. */
  async relay(meetingId: string, update: string): Promise<void> {
    await this.ds.query('SELECT pg_notify($1, $2)', [AWARENESS, `${meetingId} ${update}`]);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.ttlMs);
  }

  private tell(meetingId: string | null, signal: RoomSignal): void {
    const sets = meetingId === null ? [...this.watchers.values()] : [this.watchers.get(meetingId)];
    for (const set of sets) for (const onSignal of set ?? []) onSignal(signal);
  }

  private async notify(channel: string, meetingIds: readonly string[]): Promise<void> {
    for (const meetingId of new Set(meetingIds)) {
      await this.ds.query('SELECT pg_notify($1, $2)', [channel, meetingId]).catch(() => {});
    }
  }

  private async renewAndSweep(): Promise<void> {
    if (this.mine.size > 0) {
      await this.ds.query('UPDATE meeting_presence SET expires_at = $2 WHERE connection_id = ANY($1)', [
        [...this.mine],
        this.expiry(),
      ]);
    }
    const swept: { meeting_id: string }[] = await this.ds.query(
      `WITH gone AS (DELETE FROM meeting_presence WHERE expires_at <= now() RETURNING meeting_id) SELECT meeting_id FROM gone`,
    );
    await this.notify(
      PRESENCE,
      swept.map((r) => r.meeting_id),
    );
  }
}

declare module '../../graphql/context.js' {
  interface Services {
    /** Who has which meeting open, and the live minutes' cursors (modules/minutes); started and stopped with the app. */
    meetingRooms: MeetingRoomKeeper;
  }
}

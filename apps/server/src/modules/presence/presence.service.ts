import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventTailer } from '../../realtime/event-log.js';
import { PresenceEntity } from './presence.entity.js';

const CHANNEL = 'gongbian_presence';

/**
 * Who has which draft open, across every process. Each process writes a row per open presence
 * subscription and renews its rows; rows of a process that died stop being renewed and are swept
 * by any process once they expire.
 *
 * Arrivals, departures and sweeps are not history, so they stay out of the event log: each is a
 * NOTIFY naming the draft, heard by every process on its tailer's connection. A missed NOTIFY
 * (the connection was down) is made good by telling every watcher to look again on reconnect;
 * watchers read the rows, so a repeated signal costs a read, never a wrong list.
 */
export class PresenceKeeper {
  private readonly mine = new Set<string>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    tailer: EventTailer,
    private readonly ttlMs: number,
  ) {
    tailer.hear(CHANNEL, (draftId) => this.changed(draftId));
  }

  /** Calls `onChange` whenever who has the draft open may have changed; returns the way to stop. */
  watch(draftId: string, onChange: () => void): () => void {
    const set = this.watchers.get(draftId) ?? new Set<() => void>();
    this.watchers.set(draftId, set);
    set.add(onChange);
    return () => {
      set.delete(onChange);
      if (set.size === 0 && this.watchers.get(draftId) === set) this.watchers.delete(draftId);
    };
  }

  start(): void {
    const tick = Math.max(Math.floor(this.ttlMs / 3), 200);
    this.timer = setInterval(() => void this.renewAndSweep().catch(() => {}), tick);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    // Leave as if every viewer closed the page, rather than waiting for the rows to expire.
    await Promise.all([...this.mine].map((id) => this.leave(id).catch(() => {})));
  }

  async join(draftId: string, personId: string): Promise<string> {
    const connectionId = randomUUID();
    await this.ds.getRepository(PresenceEntity).insert({ connectionId, draftId, personId, expiresAt: this.expiry() });
    this.mine.add(connectionId);
    await this.announce([draftId]);
    return connectionId;
  }

  async leave(connectionId: string): Promise<void> {
    this.mine.delete(connectionId);
    const rows: { draft_id: string }[] = await this.ds.query(
      // Wrapped in a SELECT: TypeORM hands back a bare DELETE … RETURNING as [rows, count].
      `WITH gone AS (DELETE FROM presence WHERE connection_id = $1 RETURNING draft_id) SELECT draft_id FROM gone`,
      [connectionId],
    );
    await this.announce(rows.map((r) => r.draft_id));
  }

  /** The people who have the draft open now. */
  async viewers(m: EntityManager, draftId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await m.query(
      `SELECT person_id FROM presence WHERE draft_id = $1 AND expires_at > now()
       GROUP BY person_id ORDER BY min(expires_at)`,
      [draftId],
    );
    return rows.map((r) => r.person_id);
  }

  private expiry(): Date {
    return new Date(Date.now() + this.ttlMs);
  }

  private changed(draftId: string | null): void {
    const sets = draftId === null ? [...this.watchers.values()] : [this.watchers.get(draftId)];
    for (const set of sets) for (const onChange of set ?? []) onChange();
  }

  /** Tells every process (this one through its own NOTIFY too) that these drafts' viewers changed. */
  private async announce(draftIds: readonly string[]): Promise<void> {
    for (const draftId of new Set(draftIds)) {
      await this.ds.query('SELECT pg_notify($1, $2)', [CHANNEL, draftId]).catch(() => {});
    }
  }

  private async renewAndSweep(): Promise<void> {
    if (this.mine.size > 0) {
      await this.ds.query('UPDATE presence SET expires_at = $2 WHERE connection_id = ANY($1)', [
        [...this.mine],
        this.expiry(),
      ]);
    }
    const swept: { draft_id: string }[] = await this.ds.query(
      `WITH gone AS (DELETE FROM presence WHERE expires_at <= now() RETURNING draft_id) SELECT draft_id FROM gone`,
    );
    await this.announce(swept.map((r) => r.draft_id));
  }
}

declare module '../../graphql/context.js' {
  interface Services {
    /** Who is reading which draft (this module); started and stopped with the app. */
    presence: PresenceKeeper;
  }
}

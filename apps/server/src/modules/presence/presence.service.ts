import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendEvent, type Doorbell } from '../../realtime/event-log.js';
import { streams } from '../../realtime/streams.js';
import { PresenceEntity } from './presence.entity.js';

/**
 * Who has which draft open, across every process. Each process writes a row per open presence
 * subscription and renews its rows; rows of a process that died stop being renewed and are swept
 * by any process once they expire. Every arrival, departure and sweep is an event on the draft's
 * stream, so every process's subscribers learn of it through the log.
 */
export class PresenceKeeper {
  private readonly mine = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly doorbell: Doorbell,
    private readonly ttlMs: number,
  ) {}

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

  async join(draftId: string, programId: string, personId: string): Promise<string> {
    const connectionId = randomUUID();
    await this.ds.transaction(async (m) => {
      await m.getRepository(PresenceEntity).insert({ connectionId, draftId, personId, expiresAt: this.expiry() });
      await this.announce(m, programId, draftId, personId);
    });
    this.mine.add(connectionId);
    this.doorbell.ring();
    return connectionId;
  }

  async leave(connectionId: string): Promise<void> {
    this.mine.delete(connectionId);
    const left = await this.ds.transaction(async (m) => {
      const rows: { draft_id: string; person_id: string; program_id: string }[] = await m.query(
        // Wrapped in a SELECT: TypeORM hands back a bare DELETE … RETURNING as [rows, count].
        `WITH gone AS (DELETE FROM presence WHERE connection_id = $1 RETURNING draft_id, person_id)
         SELECT gone.draft_id, gone.person_id, d.program_id FROM gone JOIN draft d ON d.id = gone.draft_id`,
        [connectionId],
      );
      for (const r of rows) await this.announce(m, r.program_id, r.draft_id, r.person_id);
      return rows.length;
    });
    if (left) this.doorbell.ring();
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

  private announce(m: EntityManager, programId: string, draftId: string, personId: string | null) {
    return appendEvent(m, {
      programId,
      stream: streams.draft(draftId),
      kind: 'presence.changed',
      subjectId: draftId,
      actorId: personId,
      summary: '',
    });
  }

  private async renewAndSweep(): Promise<void> {
    if (this.mine.size > 0) {
      await this.ds.query('UPDATE presence SET expires_at = $2 WHERE connection_id = ANY($1)', [
        [...this.mine],
        this.expiry(),
      ]);
    }
    const swept = await this.ds.transaction(async (m) => {
      const rows: { draft_id: string; program_id: string }[] = await m.query(
        `WITH gone AS (DELETE FROM presence WHERE expires_at <= now() RETURNING draft_id)
         SELECT DISTINCT gone.draft_id, d.program_id FROM gone JOIN draft d ON d.id = gone.draft_id`,
      );
      const drafts = new Map(rows.map((r) => [r.draft_id, r.program_id]));
      for (const [draftId, programId] of drafts) await this.announce(m, programId, draftId, null);
      return drafts.size;
    });
    if (swept) this.doorbell.ring();
  }
}

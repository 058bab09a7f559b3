import type { Services } from './context.js';

/** The close code of a socket whose session ended (graphql-ws's Forbidden, as for a bad token). */
export const SESSION_ENDED = 4403;

export interface WatchedSession {
  sessionId: string;
  expiresAt: Date;
  /** Closes the socket. */
  end(): void;
}

/**
 * One per process: the open sockets by session, closed when their session ends anywhere.
 * A revocation on any replica appends `session.revoked` to the log, which every process's tailer
 * brings here at once (NOTIFY) or within its poll. Twice a second a sweep also closes the sockets
 * whose session expired (on the wall clock) and asks the database, in one query, about all the
 * open ones — so a revocation still lands within a second when the tailer is held back (its
 * reads wait for every older transaction in the cluster to finish).
 */
export class SessionWatch {
  private readonly open = new Map<string, Set<WatchedSession>>();
  private off: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly services: Pick<Services, 'ds' | 'clock' | 'tailer'>,
    private readonly everyMs = 500,
  ) {}

  start(): void {
    this.off = this.services.tailer.on((e) => {
      if (e.kind !== 'session.revoked') return;
      const ids = e.payload.sessionIds;
      if (Array.isArray(ids)) for (const id of ids) this.end(String(id));
    });
    this.timer = setInterval(() => void this.sweep(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    this.off?.();
    if (this.timer) clearInterval(this.timer);
  }

  /** Follows one socket's session; returns what stops following it (when the socket closes). */
  watch(w: WatchedSession): () => void {
    const set = this.open.get(w.sessionId) ?? new Set<WatchedSession>();
    this.open.set(w.sessionId, set);
    set.add(w);
    return () => {
      set.delete(w);
      if (set.size === 0 && this.open.get(w.sessionId) === set) this.open.delete(w.sessionId);
    };
  }

  private end(sessionId: string): void {
    const set = this.open.get(sessionId);
    if (!set) return;
    this.open.delete(sessionId);
    for (const w of set) w.end();
  }

  private async sweep(): Promise<void> {
    if (this.open.size === 0 || this.sweeping) return;
    this.sweeping = true;
    try {
      const now = this.services.clock.wallNow();
      for (const [id, set] of this.open) {
        if ([...set].some((w) => w.expiresAt <= now)) this.end(id);
      }
      if (this.open.size === 0) return;
      const ended: { id: string }[] = await this.services.ds.query(
        `SELECT id FROM session WHERE id = ANY($1::uuid[]) AND (revoked_at IS NOT NULL OR expires_at <= $2)`,
        [[...this.open.keys()], now],
      );
      for (const { id } of ended) this.end(id);
    } catch {
      // The database is away; the next sweep asks again.
    } finally {
      this.sweeping = false;
    }
  }
}

/** Whether a session is still valid now: every operation on an open socket asks (one lookup by key). */
export async function sessionIsLive(services: Pick<Services, 'ds' | 'clock'>, sessionId: string): Promise<boolean> {
  const rows: unknown[] = await services.ds.query(
    `SELECT 1 FROM session WHERE id = $1 AND revoked_at IS NULL AND expires_at > $2`,
    [sessionId, services.clock.wallNow()],
  );
  return rows.length > 0;
}

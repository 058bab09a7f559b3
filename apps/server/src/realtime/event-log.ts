import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { PreparingClient } from '../db/prepared-statements.js';
import { logger, serializeError } from '../log.js';
import { type Cursor, compareCursors, formatCursor, ORIGIN } from './cursor.js';
import type { EventPayloads, PayloadOf } from './event-payloads.js';
import type { EventKind } from './streams.js';

interface NewEventBase {
  programId: string;
  stream: string;
  subjectId: string;
  actorId: string | null;
  summary: string;
  /**
   * The review assignment that seals what this event carries (an event about a sealed review
   * thread); readers apply auth/visibility.ts. Null or absent: nothing sealed.
   */
  sealedBy?: string | null;
  /** When it happened on the programme clock (which the demo sets to 2020); the database's now() otherwise. */
  at?: Date;
}

/** An event to append: its kind decides its payload (realtime/event-payloads.ts). */
export type NewEvent = { [K in EventKind]: NewEventBase & { kind: K } & PayloadOf<K> }[EventKind];

interface LoggedEventBase {
  cursor: string;
  position: Cursor;
  id: string;
  programId: string;
  stream: string;
  subjectId: string;
  actorId: string | null;
  summary: string;
  sealedBy: string | null;
  at: Date;
}

/**
 * An event read from the log. Narrow on `kind` to read its payload; each field may be missing
 * from events an older version logged.
 */
export type LoggedEvent = {
  [K in EventKind]: LoggedEventBase & { kind: K; payload: Partial<EventPayloads[K]> };
}[EventKind];

/**
 * The statement that appends `events`, in order, with its parameters ($1–$9): appendEvents runs
 * it; a write's closing statement (writes/run-write.ts) carries it beside its receipt.
 */
export function eventInsert(events: readonly NewEvent[]): { sql: string; params: unknown[] } {
  // One statement whatever the number (a publish carries hundreds of threads); WITH ORDINALITY
  // keeps the ids in the order given.
  const column = <T>(pick: (e: NewEvent) => T) => events.map(pick);
  return {
    sql: `INSERT INTO event (program_id, stream, kind, subject_id, actor_id, summary, payload, at, sealed_by)
     SELECT program_id, stream, kind, subject_id, actor_id, summary, payload, coalesce(at, now()), sealed_by
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::timestamptz[], $9::uuid[])
       WITH ORDINALITY AS e(program_id, stream, kind, subject_id, actor_id, summary, payload, at, sealed_by, n)
     ORDER BY n`,
    params: [
      column((e) => e.programId),
      column((e) => e.stream),
      column((e) => e.kind),
      column((e) => e.subjectId),
      column((e) => e.actorId),
      column((e) => e.summary),
      column((e) => JSON.stringify(e.payload ?? {})),
      column((e) => e.at ?? null),
      column((e) => e.sealedBy ?? null),
    ],
  };
}

/** Appends events in the caller's transaction, in order: they commit, or vanish, with the change. */
export async function appendEvents(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const { sql, params } = eventInsert(events);
  await manager.query(sql, params);
}

/** Appends one event in the caller's transaction: it commits, or vanishes, with the change. */
export function appendEvent(manager: EntityManager, e: NewEvent): Promise<void> {
  return appendEvents(manager, [e]);
}

const COLUMNS = `c.position::text AS position, e.id::text AS id, e.program_id, e.stream, e.kind, e.subject_id,
  e.actor_id, e.summary, e.payload, e.at, e.sealed_by`;

interface EventRow {
  position: string;
  id: string;
  program_id: string;
  stream: string;
  kind: EventKind;
  subject_id: string;
  actor_id: string | null;
  summary: string;
  payload: Record<string, unknown>;
  at: Date;
  sealed_by: string | null;
}

function toEvent(r: EventRow): LoggedEvent {
  const position = { position: BigInt(r.position), id: BigInt(r.id) };
  // The row's kind and payload were written together through NewEvent; the database keeps no types.
  return <LoggedEvent>{
    cursor: formatCursor(position),
    position,
    id: r.id,
    programId: r.program_id,
    stream: r.stream,
    kind: r.kind,
    subjectId: r.subject_id,
    actorId: r.actor_id,
    summary: r.summary,
    payload: r.payload,
    sealedBy: r.sealed_by,
    at: r.at,
  };
}

/** Anything that runs SQL and returns rows: a TypeORM data source or manager, or the tailer's pool. */
export interface Queryable {
  query<Row = unknown>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * Reads the log after `after`, in log order: the order the writing transactions committed in
 * (event_commit, numbered at commit under a lock). A commit's position is visible only once
 * every earlier one is, so a reader that advances its cursor never skips an event, and no
 * transaction elsewhere (another database's included) holds it back.
 */
export async function readEvents(
  db: Queryable,
  after: Cursor,
  options: { programId?: string; upTo?: Cursor; limit?: number } = {},
): Promise<LoggedEvent[]> {
  const params: unknown[] = [after.position.toString(), after.id.toString(), options.limit ?? 1000];
  // The row comparison spans both tables, so no index serves it alone: `c.position >= $1` lets
  // the planner start from event_commit's key at the cursor and fetch each commit's events by
  // txid, instead of joining the whole log on every read.
  let where = `c.position >= $1::bigint AND (c.position, e.id) > ($1::bigint, $2::bigint)`;
  if (options.programId) {
    params.push(options.programId);
    where += ` AND e.program_id = $${params.length}`;
  }
  if (options.upTo) {
    params.push(options.upTo.position.toString(), options.upTo.id.toString());
    where += ` AND c.position <= $${params.length - 1}::bigint AND (c.position, e.id) <= ($${params.length - 1}::bigint, $${params.length}::bigint)`;
  }
  const rows: EventRow[] = await db.query(
    `SELECT ${COLUMNS} FROM event_commit c JOIN event e ON e.txid = c.txid
     WHERE ${where} ORDER BY c.position, e.id LIMIT $3`,
    params,
  );
  return rows.map(toEvent);
}

/** The last position pruned by retention (realtime/retention.ts); a cursor before it cannot be replayed. */
export async function readHorizon(db: Queryable): Promise<bigint> {
  const [row]: { pruned_through: string }[] = await db.query(
    'SELECT pruned_through::text AS pruned_through FROM event_horizon',
  );
  return BigInt(row?.pruned_through ?? 0);
}

const CHANNEL = 'gongbian_events';
/** The LISTEN connection's reconnect back-off: doubling from 1 s to 30 s, back to 1 s once it listens again. */
const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30_000;

/**
 * Rings the doorbell after a commit: one NOTIFY (no payload) per burst of writes, so every
 * process's tailer wakes at once. A lost ring only delays delivery until the next poll.
 */
export class Doorbell {
  private pending = false;
  constructor(
    private readonly ds: DataSource,
    private readonly local: () => void,
  ) {}

  ring(): void {
    this.local();
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.ds.query(`SELECT pg_notify('${CHANNEL}', '')`).catch(() => {});
    });
  }
}

type Listener = (e: LoggedEvent) => void;
/** A NOTIFY channel other than the log's doorbell; null after a reconnect, when payloads may have been missed. */
type SignalHandler = (payload: string | null) => void;

/**
 * One per process: follows the log and hands every event, in log order, to the process's own
 * subscribers. Wakes on NOTIFY and also polls, so no event waits longer than `pollMs`.
 */
export class EventTailer {
  private cursor: Cursor = ORIGIN;
  private readonly listeners = new Set<Listener>();
  private readonly signals = new Map<string, SignalHandler>();
  private listenClient: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The one pending reconnect of the LISTEN connection; never two, or each outage doubles them. */
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelayMs = RECONNECT_MIN_MS;
  private reading: Promise<void> | null = null;
  /** Its own connection: tailing never waits for, nor counts among, the requests' pool. */
  private readonly pool: pg.Pool;
  private readonly db: Queryable;
  private again = false;
  private stopped = false;
  /** The log's head being read now, and the read queued behind it (see `headReadAfterNow`). */
  private headRead: Promise<Cursor | undefined> | null = null;
  private nextHeadRead: Promise<Cursor | undefined> | null = null;
  /** When (Date.now()) a read last reached the end of the log; the lag metric's clock. */
  caughtUpAt = Date.now();

  constructor(
    private readonly url: string,
    private readonly pollMs = 250,
  ) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: 1,
      application_name: 'gongbian-tailer',
      Client: PreparingClient, // its reads of the log and of the head are the same two texts
    });
    this.pool.on('error', () => {}); // a dropped idle connection is replaced on the next read
    this.db = { query: async (sql, params) => (await this.pool.query(sql, params as unknown[])).rows };
  }

  /** Everything up to here has been handed to listeners. */
  get position(): Cursor {
    return this.cursor;
  }

  async start(): Promise<void> {
    const [head] = await readHead(this.db);
    this.cursor = head ?? ORIGIN;
    await this.listen();
    this.schedule();
  }

  /**
   * Hears another NOTIFY channel on the same connection (presence: modules/presence), so a
   * process keeps one LISTEN connection whatever it listens to. Register before start().
   */
  hear(channel: string, handler: SignalHandler): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    this.signals.set(channel, handler);
  }

  /**
   * Resolves once every event committed before the call has been handed to the listeners — so a
   * read that follows a write made through any replica sees it (give up after `timeoutMs`: false).
   */
  async catchUp(timeoutMs = 2_000): Promise<boolean> {
    const head = await this.headReadAfterNow();
    if (!head) return true;
    for (const end = Date.now() + timeoutMs; compareCursors(this.cursor, head) < 0; ) {
      if (this.stopped || Date.now() > end) return false;
      await this.wake();
      if (compareCursors(this.cursor, head) < 0) await new Promise((r) => setTimeout(r, 5));
    }
    return true;
  }

  /**
   * The head as read by a statement that began after this call. Every request catches up, and
   * the tailer has one connection: calls arriving while a read is on its way (it may have begun
   * before them, and missed a commit made just before they were called) share the one read queued
   * behind it, so a crowd of readers costs two statements, not one each.
   */
  private headReadAfterNow(): Promise<Cursor | undefined> {
    if (!this.headRead) return this.startHeadRead();
    this.nextHeadRead ??= this.headRead.then(
      () => this.queuedHeadRead(),
      () => this.queuedHeadRead(),
    );
    return this.nextHeadRead;
  }

  private queuedHeadRead(): Promise<Cursor | undefined> {
    this.nextHeadRead = null;
    return this.startHeadRead();
  }

  private startHeadRead(): Promise<Cursor | undefined> {
    const read = readHead(this.db).then(([head]) => head);
    this.headRead = read;
    const done = () => {
      if (this.headRead === read) this.headRead = null;
    };
    read.then(done, done);
    return read;
  }

  /** How many listeners are attached now (each running subscription holds one). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Read now (coalesced with a read in progress). Resolves when the log is caught up. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.drain().finally(() => {
      this.reading = null;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.reading;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.reading?.catch(() => {});
    const client = this.listenClient;
    this.listenClient = null;
    await client?.end().catch(() => {});
    await this.pool.end().catch(() => {});
  }

  private async drain(): Promise<void> {
    for (;;) {
      let batch: LoggedEvent[];
      try {
        batch = await readEvents(this.db, this.cursor, { limit: 1000 });
      } catch {
        return; // the database is away; the next poll tries again
      }
      for (const e of batch) {
        if (compareCursors(e.position, this.cursor) <= 0) continue;
        this.cursor = e.position;
        for (const l of this.listeners) {
          try {
            l(e);
          } catch (err) {
            logger.error({ err: serializeError(err), kind: e.kind }, 'An event listener failed');
          }
        }
      }
      if (batch.length < 1000) this.caughtUpAt = Date.now();
      if (batch.length < 1000 || this.stopped) return;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.wake().finally(() => this.schedule());
    }, this.pollMs);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'gongbian-tailer' });
    this.listenClient = client;
    // A LISTEN connection outlives requests: without a handler, a database restart kills the process.
    client.on('error', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === CHANNEL) void this.wake();
      else this.signals.get(message.channel)?.(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      for (const channel of this.signals.keys()) await client.query(`LISTEN ${channel}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.listenClient !== client) return; // lost (or stopped) while it was connecting
    this.reconnectDelayMs = RECONNECT_MIN_MS;
    // Whatever was notified while no connection listened is lost: catch up now, not at the next poll.
    void this.wake();
    for (const handler of this.signals.values()) handler(null);
  }

  /**
   * The LISTEN connection is gone. pg reports one loss several times (the server's FATAL
   * message, then the closed socket; or an 'error' while connect() also rejects), and an old
   * client may report late: only the current client's first report schedules the one reconnect.
   */
  private lost(client: pg.Client): void {
    if (this.listenClient !== client) return;
    this.listenClient = null;
    void client.end().catch(() => {});
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, delay);
    this.reconnectTimer.unref();
  }
}

async function readHead(db: Queryable): Promise<Cursor[]> {
  const rows: { position: string; id: string }[] = await db.query(
    `SELECT c.position::text AS position, (SELECT max(e.id) FROM event e WHERE e.txid = c.txid)::text AS id
     FROM event_commit c ORDER BY c.position DESC LIMIT 1`,
  );
  return rows.map((r) => ({ position: BigInt(r.position), id: BigInt(r.id ?? 0) }));
}

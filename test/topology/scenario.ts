/**
 * The production layout on this machine: Debian's PostgreSQL 15, three server processes, nginx
 * with infra/nginx's configuration in front. Subscribers follow `programEvents` through nginx,
 * writers reply to a thread (one straight to replica A, the others through nginx), and replica C
 * is killed with SIGKILL mid-load. Then: did every acknowledged write reach every subscriber exactly
 * once, and is it in the database exactly once?
 */
import pg from 'pg';
import { login, logPosition, ok, present } from '../support/client.js';
import { TopologyDraftDocument, TopologyPlansDocument, TopologyThreadDocument } from '../support/generated/graphql.js';
import { type ServerProcess, spawnServer } from '../support/process.js';
import { type Ack, newTally, now, ResumingSubscriber, type WriterTally, write } from './clients.js';
import {
  INSTALL_HINT,
  missingTools,
  type NativeNginx,
  type NativePostgres,
  startNginx,
  startPostgres,
} from './native.js';

export interface TopologyOptions {
  /** Subscribers connecting through nginx. */
  subscribers: number;
  /** Subscribers connected straight to replica B, which never serves the direct writer: cross-replica latency. */
  directSubscribers: number;
  /** Writers through nginx, besides the one writing straight to replica A. */
  balancedWriters: number;
  loadMs: number;
  /** When, into the load, replica C is killed. */
  killAtMs: number;
  /** A pause after each write, per writer (0: as fast as the servers answer). */
  paceMs: number;
  /** Run the compiled server (apps/server/dist/main.js, as production does) rather than tsx. */
  built: boolean;
  log: (line: string) => void;
}

export interface TopologyResult {
  acknowledged: number;
  unacknowledged: number;
  retries: Record<string, number>;
  subscribers: number;
  deliveries: number;
  missed: number;
  duplicated: number;
  missingInDatabase: number;
  duplicatedInDatabase: number;
  socketsDropped: number;
  subscribersDropped: number;
  subscriptionErrors: string[];
  reconnectMs: number[];
  /** Write acknowledged on replica A → its event at a subscriber on replica B (0 when the event came first). */
  crossReplicaMs: number[];
  /** Write sent (any writer) → its event at a subscriber behind nginx, including the kill's reconnects. */
  throughNginxMs: number[];
  /** Write sent → acknowledged, retries included. */
  writeMs: number[];
  writesPerSecond: number;
  loadSeconds: number;
}

const EVENTS_SUBSCRIBERS = ['leader', 'expert', 'observer', 'guicai', 'kexin', 'jiuyuan'];
export class Topology {
  private postgres: NativePostgres | null = null;
  private nginx: NativeNginx | null = null;
  readonly replicas: ServerProcess[] = [];
  private subscribers: ResumingSubscriber[] = [];

  constructor(private readonly o: TopologyOptions) {}

  async run(): Promise<TopologyResult> {
    const missing = await missingTools();
    if (missing.length) throw new Error(`Missing ${missing.join(', ')}.\n${INSTALL_HINT}`);
    const { log } = this.o;
    let t = now();
    const lap = () => {
      const ms = now() - t;
      t = now();
      return `${(ms / 1000).toFixed(1)} s`;
    };

    this.postgres = await startPostgres();
    const admin = new pg.Client({ connectionString: this.postgres.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE gongbian');
    await admin.end();
    const databaseUrl = this.postgres.urlFor('gongbian');
    log(`PostgreSQL 15 up (${lap()})`);

    const env = {
      DATABASE_URL: databaseUrl,
      GONGBIAN_DEMO: '1',
      GONGBIAN_TRUST_PROXY: '1',
      // Every client here comes from 127.0.0.1 and writes as fast as it can.
      GONGBIAN_WRITES_PER_MINUTE: '0',
      GONGBIAN_ANONYMOUS_PER_MINUTE: '0',
    };
    // At once, as an orchestrator starts them: migrations and the seed run once, under the lock.
    const started = await Promise.allSettled([0, 1, 2].map(() => spawnServer(env, { built: this.o.built })));
    for (const s of started) if (s.status === 'fulfilled') this.replicas.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const [a, b, c] = this.replicas as [ServerProcess, ServerProcess, ServerProcess];
    this.nginx = await startNginx(this.replicas.map((r) => new URL(r.url).host));
    const edge = this.nginx.url;
    log(
      `3 replicas (${this.o.built ? 'dist/main.js' : 'tsx'}) and nginx up (${lap()}): A ${a.url}, B ${b.url}, C ${c.url}; nginx ${edge}`,
    );

    const working = await login(edge, 'working@gongbian.test', 'gongbian');
    const programme = present((await ok(edge, TopologyPlansDocument, {}, working)).programs[0], 'the demo programme');
    const plan = present(
      programme.plans.find((p) => p.leadUnit.shortName === '科信处'),
      'a plan 科信处 leads',
    );
    const draft = await ok(edge, TopologyDraftDocument, { p: plan.id }, working);
    const thread = await ok(edge, TopologyThreadDocument, { d: draft.createDraft.draft.id }, working);
    const threadId = thread.startThread.thread.id;
    const tokens = await Promise.all(EVENTS_SUBSCRIBERS.map((n) => login(edge, `${n}@gongbian.test`, 'gongbian')));
    const from = await logPosition(edge, working, programme.id);

    const make = (i: number, url: string, label: string) =>
      new ResumingSubscriber(label, url, tokens[i % tokens.length] as string, programme.id, from);
    const viaNginx = Array.from({ length: this.o.subscribers }, (_, i) => make(i, edge, `nginx-${i}`));
    const onB = Array.from({ length: this.o.directSubscribers }, (_, i) => make(i, b.url, `b-${i}`));
    this.subscribers = [...viaNginx, ...onB];
    // One after another, so nginx's least_conn spreads them over the three replicas.
    for (const s of this.subscribers) await s.start();
    log(`${viaNginx.length} subscribers through nginx, ${onB.length} on replica B (${lap()})`);

    const tally = newTally();
    const loadStart = now();
    const done = () => now() - loadStart >= this.o.loadMs;
    const writers = [
      write('direct', a.url, working, threadId, tally, done, this.o.paceMs),
      ...Array.from({ length: this.o.balancedWriters }, (_, i) =>
        write(`nginx${i}`, edge, working, threadId, tally, done, this.o.paceMs),
      ),
    ];
    const kill = new Promise<void>((resolve) =>
      setTimeout(() => {
        c.child.kill('SIGKILL');
        log(`killed replica C with SIGKILL after ${tally.acks.size} acknowledged writes`);
        resolve();
      }, this.o.killAtMs),
    );
    await Promise.all([...writers, kill]);
    const loadSeconds = (now() - loadStart) / 1000;
    log(`load over (${lap()}): ${tally.acks.size} writes acknowledged, ${tally.unacknowledged.length} not`);

    await this.waitForDelivery(tally, 30_000);
    log(`delivery settled (${lap()})`);
    const result = await this.tallyUp(tally, onB, viaNginx, databaseUrl, loadSeconds);
    return result;
  }

  /** Until every subscriber has every acknowledged write's event, or the time is up. */
  private async waitForDelivery(tally: WriterTally, timeoutMs: number): Promise<void> {
    const end = now() + timeoutMs;
    const complete = () => this.subscribers.every((s) => [...tally.acks.keys()].every((m) => s.receipts.has(m)));
    while (!complete() && now() < end) await new Promise((r) => setTimeout(r, 100));
    // Anything still in flight (a duplicate, say) arrives within a moment: give it one.
    await new Promise((r) => setTimeout(r, 500));
  }

  private async tallyUp(
    tally: WriterTally,
    onB: ResumingSubscriber[],
    viaNginx: ResumingSubscriber[],
    databaseUrl: string,
    loadSeconds: number,
  ): Promise<TopologyResult> {
    let missed = 0;
    let duplicated = 0;
    let deliveries = 0;
    for (const s of this.subscribers) {
      for (const marker of tally.acks.keys()) {
        const n = s.receipts.get(marker) ?? 0;
        if (n === 0) missed++;
        deliveries += n;
      }
      for (const n of s.receipts.values()) if (n > 1) duplicated += n - 1;
    }
    const latencies = (subs: ResumingSubscriber[], pick: (ack: Ack) => number | null) =>
      subs.flatMap((s) =>
        [...s.firstAt].flatMap(([marker, at]) => {
          const ack = tally.acks.get(marker);
          const start = ack ? pick(ack) : null;
          return start === null ? [] : [Math.max(0, at - start)];
        }),
      );

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const rows = (
      await db.query<{ body: string; n: number }>(
        "SELECT body, count(*)::int AS n FROM comment WHERE body LIKE 'topo:%' GROUP BY body",
      )
    ).rows;
    await db.end();
    const stored = new Map(rows.map((r) => [r.body, r.n]));

    return {
      acknowledged: tally.acks.size,
      unacknowledged: tally.unacknowledged.length,
      retries: Object.fromEntries(tally.retries),
      subscribers: this.subscribers.length,
      deliveries,
      missed,
      duplicated,
      missingInDatabase: [...tally.acks.keys()].filter((m) => !stored.has(m)).length,
      duplicatedInDatabase: rows.reduce((sum, r) => sum + Math.max(0, r.n - 1), 0),
      socketsDropped: this.subscribers.reduce((sum, s) => sum + s.drops, 0),
      subscribersDropped: this.subscribers.filter((s) => s.drops > 0).length,
      subscriptionErrors: this.subscribers.flatMap((s) => s.errors.map((e) => `${s.label}: ${e}`)),
      reconnectMs: this.subscribers.flatMap((s) => s.reconnectMs),
      crossReplicaMs: latencies(onB, (ack) => (ack.writer === 'direct' ? ack.ackedAt : null)),
      throughNginxMs: latencies(viaNginx, (ack) => ack.sentAt),
      writeMs: [...tally.acks.values()].map((ack) => ack.ackedAt - ack.sentAt),
      writesPerSecond: tally.acks.size / loadSeconds,
      loadSeconds,
    };
  }

  /** Stops everything this started, whatever state it is in. */
  async stop(): Promise<void> {
    await Promise.all(this.subscribers.map((s) => s.stop()));
    await Promise.all(this.replicas.map((r) => r.stop()));
    await this.nginx?.stop();
    await this.postgres?.stop();
  }
}

/** What an operator would ask after the drill, line by line. */
export function summarize(r: TopologyResult, stats: (v: number[]) => { p50: number; p99: number; max: number }) {
  const ms = (v: number[]) => {
    const s = stats(v);
    return `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${v.length})`;
  };
  const retried = Object.entries(r.retries).map(([why, n]) => `${n}× ${why}`);
  return [
    `writes: ${r.acknowledged} acknowledged (${r.writesPerSecond.toFixed(0)}/s over ${r.loadSeconds.toFixed(1)} s), ${r.unacknowledged} given up; retried: ${retried.join(', ') || 'none'}`,
    `database: ${r.missingInDatabase} acknowledged writes missing, ${r.duplicatedInDatabase} stored twice`,
    `subscribers: ${r.subscribers}; ${r.subscribersDropped} lost their socket (${r.socketsDropped} drops) and resumed; ${r.subscriptionErrors.length} subscription errors`,
    `events: ${r.deliveries} delivered, ${r.missed} missed, ${r.duplicated} duplicated`,
    `write (sent → acknowledged, retries included): ${ms(r.writeMs)}`,
    `reconnect (drop → new socket accepted): ${ms(r.reconnectMs)}`,
    `cross-replica latency (ack on A → event on B): ${ms(r.crossReplicaMs)}`,
    `through nginx (write sent → event), kill included: ${ms(r.throughNginxMs)}`,
  ];
}

/**
 * Commit-order benchmark: what numbering the event log at commit costs writers, and how fast
 * delivery stays while a transaction is left open elsewhere. Figures only, never pass/fail. Run
 * from the repository root: `BENCH_ONLY=commit-order pnpm bench` or
 * `pnpm exec tsx test/load/commit-order.bench.ts`.
 *
 *  1. Writers: BENCH_WRITERS connections (default 16) each commit one-event transactions for
 *     BENCH_SECONDS (default 5), with the commit-order trigger on, then off (what the old rule,
 *     ordering by transaction id, cost at commit: nothing), in alternating rounds.
 *  2. Delivery: one transaction is held open with a transaction id in *another database* of the
 *     same server for the whole part (under the old rule this stopped delivery on every replica
 *     until it ended); commit → the tailer handing the event on, per event, while it stays open.
 */
import { benchEntry, fmt, Harness, intFromEnv, now, openBenchDatabase, r1, sleep, stats } from './support.js';

async function main(): Promise<number> {
  const harness = new Harness(10 * 60_000, 'commit-order');
  return harness.run(async () => {
    const pg = (await import('pg')).default;
    const { createDataSource } = await import('../../apps/server/src/db/data-source.js');
    const { seedProgramme } = await import('../../apps/server/src/demo/programme.js');
    const { EventTailer } = await import('../../apps/server/src/realtime/event-log.js');
    const writers = intFromEnv('BENCH_WRITERS', 16, 1);
    const seconds = intFromEnv('BENCH_SECONDS', 5, 1);
    const samples = intFromEnv('BENCH_SAMPLES', 200, 10);

    const db = await openBenchDatabase(harness, (line) => console.log(line));
    const ds = createDataSource(db.databaseUrl, {
      poolSize: 2,
      entities: (await import('../../apps/server/src/house.js')).house.entities,
    });
    await ds.initialize();
    harness.cleanups.push({ name: 'close the pool', run: () => ds.destroy() });
    await ds.runMigrations({ transaction: 'all' });
    const { programId } = await ds.transaction((m) => seedProgramme(m, 'gongbian', { structureOnly: true }));

    const clients = await Promise.all(
      Array.from({ length: writers }, async () => {
        const c = new pg.Client({ connectionString: db.databaseUrl });
        await c.connect();
        return c;
      }),
    );
    harness.cleanups.push({
      name: 'close the writers',
      run: async () => void (await Promise.all(clients.map((c) => c.end()))),
    });
    const insert = `INSERT INTO event (program_id, stream, kind, subject_id, summary) VALUES ($1, $2, 'topic.updated', 'bench', '')`;
    const writeFor = async (ms: number): Promise<number> => {
      const until = now() + ms;
      const counts = await Promise.all(
        clients.map(async (c) => {
          let n = 0;
          while (now() < until) {
            await c.query('BEGIN');
            await c.query(insert, [programId, `program:${programId}`]);
            await c.query('COMMIT');
            n++;
          }
          return n;
        }),
      );
      return counts.reduce((a, b) => a + b, 0) / (ms / 1000);
    };

    console.log(`\n1. ${writers} writers, one-event transactions, ${seconds} s per round, 3 rounds each`);
    const rates = { on: [] as number[], off: [] as number[] };
    for (let round = 0; round < 3; round++) {
      for (const mode of ['on', 'off'] as const) {
        await ds.query(`ALTER TABLE event ${mode === 'on' ? 'ENABLE' : 'DISABLE'} TRIGGER event_commit_order`);
        rates[mode].push(await writeFor(seconds * 1000));
      }
    }
    await ds.query('ALTER TABLE event ENABLE TRIGGER event_commit_order');
    const med = (v: number[]) => stats(v).p50;
    console.log(
      `   commits/s, commit order on : ${fmt(med(rates.on))}  (rounds ${rates.on.map((r) => r1(r)).join(', ')})`,
    );
    console.log(
      `   commits/s, trigger off     : ${fmt(med(rates.off))}  (rounds ${rates.off.map((r) => r1(r)).join(', ')})`,
    );
    console.log(`   ratio on/off               : ${fmt(med(rates.on) / med(rates.off), 8)}`);
    // The rows written with the trigger off have no place in the log; they stay out of part 2.

    console.log(`\n2. delivery while a transaction stays open in another database (${samples} events)`);
    const adminUrl = new URL(db.databaseUrl);
    adminUrl.pathname = '/postgres';
    const blocker = new pg.Client({ connectionString: adminUrl.toString() });
    await blocker.connect();
    harness.cleanups.push({ name: 'end the open transaction', run: () => blocker.end() });
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_current_xact_id()');
    const tailer = new EventTailer(db.databaseUrl);
    await tailer.start();
    harness.cleanups.push({ name: 'stop the tailer', run: () => tailer.stop() });
    const latencies: number[] = [];
    const writer = clients[0] as InstanceType<typeof pg.Client>;
    for (let i = 0; i < samples; i++) {
      const subject = `sample-${i}`;
      const seen = new Promise<number>((resolve) => {
        const off = tailer.on((e) => {
          if (e.subjectId !== subject) return;
          off();
          resolve(now());
        });
      });
      await writer.query(
        `INSERT INTO event (program_id, stream, kind, subject_id, summary) VALUES ($1, $2, 'topic.updated', $3, '')`,
        [programId, `program:${programId}`, subject],
      );
      const committed = now();
      await writer.query(`SELECT pg_notify('gongbian_events', '')`);
      latencies.push((await Promise.race([seen, sleep(30_000).then(() => Number.NaN)])) - committed);
    }
    const d = stats(latencies.filter(Number.isFinite));
    console.log(
      `   commit → tailer, ms  p50 ${fmt(d.p50)}  p99 ${fmt(d.p99)}  max ${fmt(d.max)}  (${d.n} of ${samples} delivered while the other transaction stayed open)`,
    );
    await blocker.query('ROLLBACK');
    return d.n === samples ? 0 : 1;
  });
}

await benchEntry(import.meta.url, main);

/**
 * Writes benchmark: how many of the web app's hot mutations one server process takes, and what
 * each costs it, next to the same writes sent straight to PostgreSQL. Figures only, never
 * pass/fail. Run from the repository root: `BENCH_ONLY=writes pnpm bench` or
 * `pnpm exec tsx test/load/writes.bench.ts` (env: README.md).
 *
 * This process holds the database and the server (`startApp`, demo seeded) and forks
 * writes.clients.ts, whose N clients (each a keep-alive connection with a commenter's and a working
 * group member's session) go round posting an opinion (startThread), replying to it, deciding it
 * (disposeThread) and updating a research topic (updateTopic), with the web app's own documents.
 * The floor: N connections of `pg` in this process (preparing repeated statements, as the server's
 * do) send, in the same turns, the rows those mutations write — the row change and its events
 * (and the notice a reply or a decision leaves) in one transaction each — with nothing read first. A third side has the same clients ask the
 * signed-in server only `{ __typename }`: what HTTP, Apollo and GraphQL cost any request here. In
 * each round the first side turns, so the machine's other work falls on every side alike.
 *
 * The per-person write limit (600 a minute by default) would be what this measures with a handful
 * of demo accounts: it is raised to 10⁹, which still runs the limiter.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import type pgTypes from 'pg';
import * as operations from '../../packages/graphql-client/src/generated/graphql.js';
import { benchRow } from './rows.js';
import {
  benchEntry,
  ClientProcess,
  cpuProfileOf,
  descendantPostgresCpuByPid,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  now,
  openBenchDatabase,
  postgresCpuBetween,
  r1,
  sleep,
  startBenchApp,
  stats,
  summariseProfile,
} from './support.js';
import { type Command, KINDS, type Kind, type Reply } from './writes.clients.js';
import { floorWrites } from './writes.floor.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT_OF_REACH = 1_000_000_000;
const COMMENTERS = ['kexin', 'guicai', 'jiuyuan', 'leader'];
const RUNNERS = ['working', 'admin'];
const email = (name: string) => `${name}@gongbian.test`;

interface Round {
  /** Each write's (or request's) time, ms, by kind. */
  latencies: Partial<Record<Kind | 'trivial', number[]>>;
  perSecond: number;
  /** CPU of this process per write, ms: the server (or, for the floor, pg's client side). */
  cpuMs: number;
  /** CPU of PostgreSQL's backends per write, ms (embedded database only). */
  pgCpuMs: number | null;
  /** Statements this process sent per write. */
  statements: number;
  errors: number;
  firstError: string | null;
}

const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
const median = (xs: number[]) => stats(xs).p50;
const all = (r: Round) => Object.values(r.latencies).flat();

// ---- stage 2: the bench ------------------------------------------------------------------------------
async function main(): Promise<number> {
  const clients = intFromEnv('BENCH_WRITES_CLIENTS', 20, 1);
  const seconds = intFromEnv('BENCH_WRITES_SECONDS', 5, 1);
  const rounds = intFromEnv('BENCH_WRITES_ROUNDS', 3, 1);
  const warmupSeconds = intFromEnv('BENCH_WRITES_WARMUP_SECONDS', 2, 0);
  const probes = intFromEnv('BENCH_WRITES_PROBES', 10, 1);
  const requestTimeoutMs = intFromEnv('BENCH_WRITES_REQUEST_TIMEOUT_MS', 30_000, 100);
  const deadlineMs = intFromEnv('BENCH_WRITES_DEADLINE_MS', 300_000, 10_000);
  // BENCH_WRITES_PROFILE=1: profile the server over an extra, uncounted round; =<file>: also save it.
  const profileSetting = process.env.BENCH_WRITES_PROFILE ?? '';
  const profiling = profileSetting !== '' && profileSetting !== '0';
  const profileFile = profiling && profileSetting !== '1' ? path.resolve(profileSetting) : null;
  const minimalPayload = process.env.BENCH_WRITES_PAYLOAD === 'minimal';
  // BENCH_WRITES_SHOW=1: print the statements one mutation of each kind sends.
  const show = process.env.BENCH_WRITES_SHOW === '1';
  const notes: string[] = [
    `writesPerMinute raised to ${OUT_OF_REACH} (the limiter still runs): ${COMMENTERS.length + RUNNERS.length} demo accounts would otherwise meet the default 600 a minute each`,
    ...(minimalPayload
      ? ['BENCH_WRITES_PAYLOAD=minimal: each mutation asked for an id only, not the web app’s answer']
      : []),
  ];

  const harness = new Harness(deadlineMs, 'writes bench');
  const benchStarted = now();
  const loadBefore = os.loadavg()[0] as number;
  const log = (line: string) => console.log(`[${((now() - benchStarted) / 1000).toFixed(1).padStart(5)} s] ${line}`);

  return harness.run(async () => {
    const pg = (await import('pg')).default;
    const { queryCounter } = await import('../../apps/server/src/db/query-counter.js');
    const { PreparingClient } = await import('../../apps/server/src/db/prepared-statements.js');

    // Every statement this process sends, on any connection (TypeORM's pool, the limiter's, the
    // tailer's, the floor's): they all go through pg.Client#query.
    let sent = 0;
    /** While set, the text of each statement sent (BENCH_WRITES_SHOW). */
    let shown: string[] | null = null;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pgTypes.Client, ...args: unknown[]) {
      sent++;
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      shown?.push(String(text).replace(/\s+/g, ' ').slice(0, 160));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;

    // The access log stays on, as in production, its lines written nowhere: their cost is the server's.
    const { configureLogging } = await import('../../apps/server/src/log.js');
    configureLogging({ destination: { write: () => {} } });

    const db = await openBenchDatabase(harness, log);
    const app = await startBenchApp(harness, db, { writesPerMinute: OUT_OF_REACH, presenceTtlMs: 300_000 });
    log(`server at ${app.url}`);
    const orm = queryCounter(app.services.ds);
    const { post, login } = graphqlPoster(app.url, { timeoutMs: requestTimeoutMs });

    // -- the programme: a draft open for comments, a passage on it, the topics -------------------------
    const working = await login(email('working'));
    const { programs } = await post<{
      programs: {
        id: string;
        topics: { id: string; status: string }[];
        plans: { id: string; kind: string }[];
      }[];
    }>('query { programs { id topics { id status } plans { id kind } } }', {}, working);
    const programme = programs[0];
    if (!programme) throw new Error('no demo programme');
    // A new version of a special plan, out for consultation: every unit may comment on it.
    const plan = programme.plans.find((p) => p.kind === 'SPECIAL');
    if (!plan) throw new Error('the demo programme has no special plan');
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `## 第${i + 1}章\n\n第 ${i + 1} 段：健全应急管理体系，提升风险防控能力，完善应急物资保障。`,
    );
    const { createDraft } = await post<{
      createDraft: { draft: { id: string; commentsOpen: boolean; blocks: { id: string; text: string }[] } };
    }>(
      'mutation($input: CreateDraftInput!) { createDraft(input: $input) { draft { id commentsOpen blocks { id text } } } }',
      {
        input: {
          planId: plan.id,
          stage: 'CONSULTATION',
          title: '专项规划征求意见稿（基准）',
          content: ['# 专项规划', ...paragraphs].join('\n\n'),
          format: 'MARKDOWN',
        },
      },
      working,
    );
    const draft = createDraft.draft;
    if (!draft.commentsOpen) throw new Error(`the draft out for consultation (${draft.id}) takes no comments`);
    const newest = { id: draft.id };
    const block = draft.blocks.find((b) => b.text.length >= 12);
    if (!block) throw new Error('the draft has no paragraph to comment on');
    const anchor = { blockId: block.id, start: 2, end: 10, quote: block.text.slice(2, 10) };
    // Each update keeps the topic's status and writes a new progress note (the demo's are all DONE).
    const topics = programme.topics;
    if (topics.length === 0) throw new Error('the demo programme has no research topics');

    // -- the clients ---------------------------------------------------------------------------------------
    const setups = [];
    for (let i = 0; i < clients; i++) {
      setups.push({
        commenter: await login(email(COMMENTERS[i % COMMENTERS.length] as string)),
        runner: await login(email(RUNNERS[i % RUNNERS.length] as string)),
      });
    }
    // The web app's own documents; BENCH_WRITES_PAYLOAD=minimal asks each only for an id, which
    // tells the write's own cost from its answer's (the fragments the web app reads back).
    const documents: Record<Kind, string> = minimalPayload
      ? {
          startThread:
            'mutation($input: StartThreadInput!) { startThread(input: $input) { clientMutationId thread { id } } }',
          reply: 'mutation($input: ReplyInput!) { reply(input: $input) { clientMutationId comment { id } } }',
          disposeThread:
            'mutation($input: DisposeThreadInput!) { disposeThread(input: $input) { clientMutationId thread { id } } }',
          updateTopic:
            'mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { clientMutationId topic { id } } }',
        }
      : {
          startThread: print(operations.StartThreadDocument),
          reply: print(operations.ReplyDocument),
          disposeThread: print(operations.DisposeThreadDocument),
          updateTopic: print(operations.UpdateTopicDocument),
        };
    const kids = new ClientProcess<Command, Reply>(path.join(here, 'writes.clients.ts'));
    harness.cleanups.push({ name: 'stop the client process', run: () => kids.stop() });
    kids.send({
      type: 'setup',
      url: app.url,
      clients: setups,
      documents,
      draftId: newest.id,
      anchor,
      topics,
      timeoutMs: requestTimeoutMs,
    });
    if (!(await kids.next('ready', 30_000))) throw new Error('the client process did not start in 30 s');

    // -- the floor: the same rows, straight to PostgreSQL -----------------------------------------------
    const facts = await new pg.Client({ connectionString: db.databaseUrl });
    await facts.connect();
    const people = new Map(
      (
        await facts.query<{ id: string; name: string; email: string }>(
          'SELECT id, name, email FROM person WHERE email = ANY($1)',
          [[...COMMENTERS, ...RUNNERS].map(email)],
        )
      ).rows.map((r) => [r.email, r]),
    );
    const [{ lead_unit_id: leadUnitId } = { lead_unit_id: '' }] = (
      await facts.query<{ lead_unit_id: string }>(
        'SELECT p.lead_unit_id FROM draft d JOIN plan p ON p.id = d.plan_id WHERE d.id = $1',
        [newest.id],
      )
    ).rows;
    await facts.end();
    // The floor prepares its repeated statements as the server does (db/prepared-statements.ts).
    const floorPool = new pg.Pool({
      connectionString: db.databaseUrl,
      max: clients,
      application_name: 'bench-floor',
      Client: PreparingClient,
    });
    floorPool.on('error', () => {});
    harness.cleanups.push({ name: 'close the floor pool', run: () => floorPool.end() });
    const personOf = (names: string[], i: number) => people.get(email(names[i % names.length] as string))?.id as string;
    const floorTurn = floorWrites(floorPool, {
      programmeId: programme.id,
      draftId: newest.id,
      leadUnitId,
      anchor,
      topics,
      author: (i) => personOf(COMMENTERS, i),
      runner: (i) => personOf(RUNNERS, i),
    });

    /** N floor clients for `secs`, as the client process runs the server's. */
    const runFloor = async (secs: number): Promise<Round> => {
      const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
      let errors = 0;
      let firstError: string | null = null;
      const pg0 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const sent0 = sent;
      const cpu0 = process.cpuUsage();
      const started = now();
      const deadline = started + secs * 1000;
      let finished = started;
      await Promise.all(
        Array.from({ length: clients }, async (_, i) => {
          const timed = async <T>(kind: Kind, work: () => Promise<T>): Promise<T | null> => {
            if (now() >= deadline) return null;
            const t0 = now();
            try {
              const r = await work();
              const t1 = now();
              latencies[kind].push(t1 - t0);
              finished = Math.max(finished, t1);
              return r;
            } catch (err) {
              errors++;
              firstError ??= err instanceof Error ? err.message : String(err);
              return null;
            }
          };
          for (let cycle = 0; now() < deadline; cycle++) await floorTurn(i, cycle, timed);
        }),
      );
      const cpu = process.cpuUsage(cpu0);
      const pg1 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const n = KINDS.reduce((sum, k) => sum + latencies[k].length, 0);
      return {
        latencies,
        perSecond: (1000 * n) / (finished - started),
        cpuMs: (cpu.user + cpu.system) / 1000 / n,
        pgCpuMs: pg0 && pg1 ? postgresCpuBetween(pg0, pg1) / n : null,
        statements: (sent - sent0) / n,
        errors,
        firstError,
      };
    };

    /** The client process's N clients against the server for `secs`. */
    const runServer = async (phase: string, secs: number, trivial = false): Promise<Round> => {
      const pg0 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const sent0 = sent;
      const cpu0 = process.cpuUsage();
      kids.send({ type: 'run', phase, seconds: secs, trivial });
      const done = await kids.next('done', secs * 1000 + requestTimeoutMs + 10_000);
      if (!done) throw new Error(`${phase}: the clients did not finish`);
      const cpu = process.cpuUsage(cpu0);
      const pg1 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const n = trivial ? done.latencies.trivial.length : KINDS.reduce((sum, k) => sum + done.latencies[k].length, 0);
      if (n === 0) throw new Error(`${phase}: no request succeeded (${done.firstError})`);
      return {
        latencies: done.latencies,
        perSecond: (1000 * n) / (done.finished - done.started),
        cpuMs: (cpu.user + cpu.system) / 1000 / n,
        pgCpuMs: pg0 && pg1 ? postgresCpuBetween(pg0, pg1) / n : null,
        statements: (sent - sent0) / n,
        errors: done.errors,
        firstError: done.firstError,
      };
    };

    // -- statements per mutation, one at a time -------------------------------------------------------
    log(`statements: each mutation ${probes} times alone`);
    const runner = setups[0]?.runner as string;
    const commenter = setups[0]?.commenter as string;
    const probeCounts = Object.fromEntries(KINDS.map((k) => [k, { request: [] as number[], process: [] as number[] }]));
    let probeSeq = 0;
    for (let p = 0; p < probes; p++) {
      const measure = async <T>(kind: Kind, work: () => Promise<T>): Promise<T> => {
        await sleep(20); // the previous write's doorbell and tailer read land before counting
        const orm0 = orm.count;
        const sent0 = sent;
        if (show && p === probes - 1) shown = [];
        const r = await work();
        const ormAfter = orm.count;
        await sleep(30);
        probeCounts[kind]?.request.push(ormAfter - orm0);
        probeCounts[kind]?.process.push(sent - sent0);
        if (shown) console.log(`${kind}, the statements of one:\n${shown.map((t) => `  ${t}`).join('\n')}`);
        shown = null;
        return r;
      };
      const id = () => `probe-${probeSeq++}`;
      const { startThread } = await measure('startThread', () =>
        post<{ startThread: { thread: { id: string } } }>(
          documents.startThread,
          { input: { draftId: newest.id, anchor: p % 2 ? null : anchor, body: '探针意见', clientMutationId: id() } },
          commenter,
        ),
      );
      const threadId = startThread.thread.id;
      await measure('reply', () =>
        post(documents.reply, { input: { threadId, body: '探针回复', clientMutationId: id() } }, runner),
      );
      await measure('disposeThread', () =>
        post(
          documents.disposeThread,
          { input: { threadId, status: 'ADOPTED', reason: '', clientMutationId: id() } },
          runner,
        ),
      );
      const topic = topics[p % topics.length] as { id: string; status: string };
      await measure('updateTopic', () =>
        post(
          documents.updateTopic,
          { input: { topicId: topic.id, status: topic.status, progressNote: `探针 ${p}`, clientMutationId: id() } },
          runner,
        ),
      );
    }
    const floorCounts = Object.fromEntries(KINDS.map((k) => [k, [] as number[]]));
    for (let p = 0; p < probes; p++) {
      await floorTurn(0, p, async (kind, work) => {
        const sent0 = sent;
        const r = await work();
        floorCounts[kind]?.push(sent - sent0);
        return r;
      });
    }
    const least = (xs: number[] | undefined) => Math.min(...(xs ?? []));
    const statementsByKind = Object.fromEntries(
      KINDS.map((k) => [
        k,
        {
          request: least(probeCounts[k]?.request),
          process: least(probeCounts[k]?.process),
          floor: least(floorCounts[k]),
        },
      ]),
    ) as Record<Kind, { request: number; process: number; floor: number }>;

    // -- the rounds ---------------------------------------------------------------------------------------
    if (warmupSeconds > 0) {
      log(`warm-up: ${warmupSeconds} s of each, unmeasured`);
      await runFloor(warmupSeconds);
      await runServer('warm-up', warmupSeconds);
    }
    const floorRounds: Round[] = [];
    const serverRounds: Round[] = [];
    const trivialRounds: Round[] = [];
    const sides = ['floor', 'server', 'trivial'] as const;
    for (let r = 0; r < rounds; r++) {
      // The first side turns with each round, so the machine's other work falls on each alike.
      for (const side of [...sides.slice(r % 3), ...sides.slice(0, r % 3)]) {
        log(`round ${r + 1}/${rounds}: ${side}, ${clients} clients for ${seconds} s`);
        if (side === 'floor') floorRounds.push(await runFloor(seconds));
        else if (side === 'server') serverRounds.push(await runServer(`round ${r + 1}`, seconds));
        else trivialRounds.push(await runServer(`round ${r + 1}, trivial`, seconds, true));
      }
    }

    let profileLines: string[] = [];
    if (profiling) {
      const profile = await cpuProfileOf(() => runServer('profile', seconds), profileFile);
      if (profileFile) notes.push(`CPU profile saved to ${profileFile} (open it in Chrome DevTools)`);
      profileLines = [`CPU profile of the server over an extra ${seconds} s round:`, ...summariseProfile(profile)];
    }
    await kids.stop();

    // -- the report ---------------------------------------------------------------------------------------
    const loadAfter = os.loadavg()[0] as number;
    if (Math.max(loadBefore, loadAfter) > os.cpus().length + 1)
      notes.push(
        `the machine was busy with other work (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} cores): both sides slowed alike`,
      );
    for (const [side, rs] of [
      ['server', serverRounds],
      ['floor', floorRounds],
    ] as const) {
      const errors = rs.reduce((n, r) => n + r.errors, 0);
      if (errors)
        notes.push(`${side}: ${errors} writes failed; the first: ${rs.find((r) => r.firstError)?.firstError}`);
    }
    const summary = (rs: Round[]) => {
      const merged = Object.fromEntries(
        KINDS.map((k) => [k, stats(rs.flatMap((r) => r.latencies[k] ?? []))]),
      ) as Record<Kind, ReturnType<typeof stats>>;
      const pg = rs.map((r) => r.pgCpuMs).filter((v): v is number => v !== null);
      return {
        perSecond: median(rs.map((r) => r.perSecond)),
        cpuMs: median(rs.map((r) => r.cpuMs)),
        pgCpuMs: pg.length ? median(pg) : Number.NaN,
        statements: median(rs.map((r) => r.statements)),
        latency: stats(rs.flatMap(all)),
        byKind: merged,
      };
    };
    const server = summary(serverRounds);
    const floor = summary(floorRounds);
    const trivial = summary(trivialRounds);
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

    console.log('');
    console.log(
      `共编 writes: the web app's hot mutations from ${clients} clients (a forked process), ${rounds} rounds × ${seconds} s, against the same writes sent straight to PostgreSQL; ${os.cpus().length} cores, Node ${process.versions.node}, 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    );
    console.log(
      '  each client in turn: startThread (an opinion, every other one on a passage), reply, disposeThread (ADOPTED), updateTopic — each with a clientMutationId',
    );
    console.log(
      '  floor: pg from this process, the same number of connections, one transaction per write: its rows and events (and the notice a reply or decision leaves), nothing read',
    );
    console.log('');
    const W = 30;
    console.log(
      `${''.padEnd(W)}${'writes/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'cpu ms'.padStart(9)}${'pg ms'.padStart(9)}${'stmts'.padStart(8)}`,
    );
    const line = (label: string, s: ReturnType<typeof summary>) =>
      `  ${label.padEnd(W - 2)}${fmt(s.perSecond, 10)}${fmt(s.latency.p50, 9)}${fmt(s.latency.p99, 9)}${(r2(s.cpuMs) ?? '—').toString().padStart(9)}${(r2(s.pgCpuMs) ?? '—').toString().padStart(9)}${fmt(s.statements, 8)}`;
    console.log(line('server (one process)', server));
    console.log(line('floor (pg, same writes)', floor));
    console.log(
      `  ${'server / floor'.padEnd(W - 2)}${ratio(server.perSecond, floor.perSecond).padStart(10)}${ratio(server.latency.p50, floor.latency.p50).padStart(9)}${ratio(server.latency.p99, floor.latency.p99).padStart(9)}${ratio(server.cpuMs, floor.cpuMs).padStart(9)}${ratio(server.pgCpuMs, floor.pgCpuMs).padStart(9)}${ratio(server.statements, floor.statements).padStart(8)}`,
    );
    console.log(line('the server, { __typename }', trivial));
    console.log(
      "   (writes/s and ms: median of the rounds; p50/p99 over all; cpu ms: this process per write — the server, or pg's client side; pg ms: PostgreSQL's backends per write; stmts: every statement this process sent per write, the tailer's, limiter's and doorbell's included; { __typename }: the same clients asking the server nothing, signed in — what HTTP, Apollo and GraphQL cost any request here)",
    );
    console.log('');
    console.log(
      `by mutation${''.padEnd(W - 11)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'floor p50'.padStart(11)}${'stmts'.padStart(8)}${'+others'.padStart(9)}${'floor'.padStart(7)}`,
    );
    for (const k of KINDS) {
      const s = statementsByKind[k];
      console.log(
        `  ${k.padEnd(W - 2)}${fmt(server.byKind[k].p50, 9)}${fmt(server.byKind[k].p99, 9)}${fmt(floor.byKind[k].p50, 11)}${String(s.request).padStart(8)}${String(s.process).padStart(9)}${String(s.floor).padStart(7)}`,
      );
    }
    console.log(
      `   (stmts: the request's own statements through TypeORM, one mutation alone, least of ${probes}; +others: every statement of the process for it — the limiter's, the doorbell's, the tailer's; floor: the floor's transaction)`,
    );
    for (const l of profileLines) console.log(l);
    for (const note of notes) console.log(`NOTE: ${note}`);

    const rows = [
      benchRow(
        {
          id: 'mutations-per-second',
          figure: `mutations/s, one process (${clients} clients)`,
          goal: '≥ 1000/s',
          value: server.perSecond,
          unit: '/s',
          floor: floor.perSecond,
          floorName: `the same writes sent straight to PostgreSQL (pg, ${clients} connections), writes/s`,
        },
        0,
      ),
      benchRow({
        id: 'mutation-cpu',
        figure: 'server CPU per mutation',
        goal: '≤ 1 ms',
        value: server.cpuMs,
        unit: 'ms',
        floor: floor.cpuMs,
        floorName: "pg's client-side CPU per write of the floor",
      }),
    ];
    const kindJson = (s: ReturnType<typeof summary>) =>
      Object.fromEntries(
        KINDS.map((k) => [k, { p50Ms: r1(s.byKind[k].p50), p99Ms: r1(s.byKind[k].p99), n: s.byKind[k].n }]),
      );
    console.log(
      JSON.stringify({
        bench: 'writes',
        clients,
        rounds,
        seconds,
        server: {
          perSecond: r1(server.perSecond),
          p50Ms: r1(server.latency.p50),
          p99Ms: r1(server.latency.p99),
          cpuMsPerMutation: r2(server.cpuMs),
          pgCpuMsPerMutation: r2(server.pgCpuMs),
          statementsPerMutation: r1(server.statements),
          byKind: kindJson(server),
        },
        floor: {
          perSecond: r1(floor.perSecond),
          p50Ms: r1(floor.latency.p50),
          p99Ms: r1(floor.latency.p99),
          cpuMsPerWrite: r2(floor.cpuMs),
          pgCpuMsPerWrite: r2(floor.pgCpuMs),
          statementsPerWrite: r1(floor.statements),
          byKind: kindJson(floor),
        },
        trivial: {
          perSecond: r1(trivial.perSecond),
          p50Ms: r1(trivial.latency.p50),
          cpuMsPerRequest: r2(trivial.cpuMs),
        },
        statements: statementsByKind,
        rows,
        loadAverage: { before: r1(loadBefore), after: r1(loadAfter) },
        elapsedSeconds: r1((now() - benchStarted) / 1000),
        notes,
      }),
    );
    return 0;
  });
}

await benchEntry(import.meta.url, main);

/**
 * Dashboard benchmark: the leaders' dashboard (`program(id) { dashboard { … every figure } }`) on
 * a programme grown to about ten times the demo (dashboard.generate.ts, through the GraphQL API),
 * asked by N concurrent signed-in clients over keep-alive HTTP. Prints latency percentiles,
 * throughput, CPU per request, and how many SQL statements one dashboard request runs (in all and
 * per top-level field, with each statement's time in the database). Figures only, never pass/fail.
 * Run from the repository root: `pnpm exec tsx test/load/dashboard.bench.ts` (env: see README.md).
 *
 * Processes, as in fanout.bench.ts: this file re-runs itself with the server's tsconfig; that run
 * holds the database and the server (`startApp`) and forks dashboard.clients.ts, which holds the
 * clients, so their HTTP and JSON work runs outside the server's event loop.
 */

import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { App } from '../../apps/server/src/app.js';
import type { Command, Reply } from './dashboard.clients.js';
import { generateProgramme } from './dashboard.generate.js';
import { benchRow } from './rows.js';
import {
  benchEntry,
  ClientProcess,
  cpuProfileOf,
  descendantPostgresCpuMs,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  now,
  openBenchDatabase,
  r1,
  type Stats,
  sleep,
  startBenchApp,
  stats,
  summariseProfile,
} from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every top-level field of Dashboard, with the selection a dashboard page would ask for. */
const FIELDS: [name: string, selection: string][] = [
  ['currentPhase', 'currentPhase { id name order }'],
  [
    'phases',
    'phases { id name progress status gate { met conditions { code met detail } } milestones { id status overdue } }',
  ],
  ['plansByStage', 'plansByStage { status count }'],
  ['topicsByStatus', 'topicsByStatus { status count }'],
  ['topicsByUnit', 'topicsByUnit { id counts { status count } }'],
  ['threadsByStatus', 'threadsByStatus { status count }'],
  ['threadsByPlan', 'threadsByPlan { id counts { status count } }'],
  ['threadsByUnit', 'threadsByUnit { id counts { status count } }'],
  ['reviewsByStatus', 'reviewsByStatus { status count }'],
  ['reviewScores', 'reviewScores { draftId foresight scientific operability submitted }'],
  ['overdue', 'overdue { id title dueOn }'],
  ['overdueTopics', 'overdueTopics { id number title dueOn }'],
  ['overdueActionItems', 'overdueActionItems { id title dueOn }'],
  ['unitLoad', 'unitLoad { unit { id shortName } openThreads overdueItems }'],
  ['recentActivity', 'recentActivity(first: 20) { id summary at actor { name } }'],
];
const dashboardQuery = (selection: string) =>
  `query Dashboard($id: ID!) { program(id: $id) { dashboard { ${selection} } } }`;
const FULL_QUERY = dashboardQuery(`asOf ${FIELDS.map(([, s]) => s).join(' ')}`);
const PROGRAM_ONLY = 'query Dashboard($id: ID!) { program(id: $id) { id } }';
const DASHBOARD_ONLY = dashboardQuery('asOf');

const COUNTS_SQL = `SELECT json_build_object(
  'drafts', (SELECT count(*) FROM draft),
  'draftBlocks', (SELECT count(*) FROM draft_block),
  'threads', (SELECT count(*) FROM thread),
  'threadsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM thread GROUP BY status) s),
  'threadsBySource', (SELECT coalesce(json_object_agg(source, n), '{}') FROM (SELECT source, count(*) AS n FROM thread GROUP BY source) s),
  'placements', (SELECT count(*) FROM thread_placement),
  'comments', (SELECT count(*) FROM comment),
  'reviewAssignments', (SELECT count(*) FROM review_assignment),
  'reviewsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM review_assignment GROUP BY status) s),
  'meetings', (SELECT count(*) FROM meeting),
  'actionItems', (SELECT count(*) FROM action_item),
  'actionItemsOverdue', (SELECT count(*) FROM action_item WHERE status <> 'DONE' AND due_on < $1::date),
  'events', (SELECT count(*) FROM event),
  'feedEvents', (SELECT count(*) FROM event WHERE stream NOT LIKE 'person:%'
                   AND kind NOT IN ('notification.created', 'notification.read', 'presence.changed', 'meeting.minutes')),
  'notifications', (SELECT count(*) FROM notification),
  'people', (SELECT count(*) FROM person),
  'topics', (SELECT count(*) FROM research_topic),
  'milestones', (SELECT count(*) FROM milestone),
  'units', (SELECT count(*) FROM unit)
) AS c`;
type Counts = Record<string, number | Record<string, number>>;

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

const METRICS_TOKEN = 'dashboard-bench-metrics-token';
/** The server's response cache counters (graphql/response-cache.ts), from its /metrics. */
async function responseCacheCounts(url: string): Promise<{ hits: number; misses: number }> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await res.text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { hits: value('gongbian_response_cache_hits_total'), misses: value('gongbian_response_cache_misses_total') };
}

// ---- stage 2: the bench ------------------------------------------------------------------------------
async function main(): Promise<number> {
  const clients = intFromEnv('BENCH_DASHBOARD_CLIENTS', 50, 1);
  const perClient = intFromEnv('BENCH_DASHBOARD_REQUESTS', 100, 1);
  const warmPerClient = intFromEnv('BENCH_DASHBOARD_WARMUP', 3, 0);
  const scale = intFromEnv('BENCH_DASHBOARD_SCALE', 10, 1);
  const writers = intFromEnv('BENCH_DASHBOARD_WRITERS', 8, 1);
  const probes = intFromEnv('BENCH_DASHBOARD_PROBES', 20, 1);
  const requestTimeoutMs = intFromEnv('BENCH_DASHBOARD_REQUEST_TIMEOUT_MS', 30_000, 100);
  const deadlineMs = intFromEnv('BENCH_DASHBOARD_DEADLINE_MS', 240_000, 10_000);
  const profileSetting = process.env.BENCH_DASHBOARD_PROFILE ?? '';
  const profiling = profileSetting !== '' && profileSetting !== '0';
  const explain = !!process.env.BENCH_DASHBOARD_EXPLAIN && process.env.BENCH_DASHBOARD_EXPLAIN !== '0';
  const profileFile = profiling && profileSetting !== '1' ? path.resolve(profileSetting) : null;
  const notes: string[] = [];

  const harness = new Harness(deadlineMs, 'dashboard bench');
  const { cleanups } = harness;
  const benchStarted = now();
  const loadBefore = os.loadavg()[0] as number;

  return harness.run(async () => {
    const log = (line: string) => console.log(`[${((now() - benchStarted) / 1000).toFixed(1).padStart(5)} s] ${line}`);
    const pg = (await import('pg')).default;
    const { queryCounter } = await import('../../apps/server/src/db/query-counter.js');

    // -- the database and the server ------------------------------------------------------------------
    const db = await openBenchDatabase(harness, log);
    // Presence renews and sweeps every ttl/3 on the same data source: rarely, so that the
    // statement counts of single requests below see only the request's own statements.
    const app: App = await startBenchApp(harness, db, {
      presenceTtlMs: 300_000,
      // The generator writes a programme ten times the demo's as fast as it can, mostly as the
      // working group; what is measured is reads, which no write limit touches.
      writesPerMinute: 0,
      // Scraped before and after the measured phase, for the response cache's hits and misses.
      metricsToken: METRICS_TOKEN,
    });
    log(`server at ${app.url}`);
    const { post, login } = graphqlPoster(app.url, { timeoutMs: requestTimeoutMs });
    const today = app.services.clock.today();

    // A connection of its own, for counting rows and replaying statements (not the server's pool).
    const sql = new pg.Client({ connectionString: db.databaseUrl, application_name: 'gongbian-bench' });
    sql.on('error', () => {});
    await sql.connect();
    cleanups.push({ name: 'close the bench connection', run: () => sql.end() });
    const countRows = async (): Promise<Counts> => (await sql.query(COUNTS_SQL, [today])).rows[0].c as Counts;

    // -- the programme, ten times the demo ------------------------------------------------------------------
    const demo = await countRows();
    const generated = await generateProgramme({
      post,
      log,
      scale,
      concurrency: writers,
      password: 'gongbian-bench',
    });
    await app.services.tailer.wake();
    const grown = await countRows();
    log(
      `generated: ${generated.mutations} mutations in ${(generated.ms / 1000).toFixed(1)} s (${((1000 * generated.mutations) / generated.ms).toFixed(0)}/s), ${generated.failures} failed`,
    );
    for (const f of generated.firstFailures) log(`  failed: ${f.slice(0, 300)}`);
    if (generated.failures > 0)
      notes.push(`${generated.failures} generating mutations failed; first: ${generated.firstFailures[0]}`);
    const programId = generated.programId;

    // -- tokens: every client signs in on its own ------------------------------------------------------------
    const tokens: string[] = [];
    for (let base = 0; base < clients; base += 5) {
      const batch = Array.from({ length: Math.min(5, clients - base) }, (_, i) =>
        login((base + i) % 2 === 0 ? 'leader@gongbian.test' : 'working@gongbian.test'),
      );
      tokens.push(...(await Promise.all(batch)));
    }
    log(`${tokens.length} sessions opened (leader@ and working@ in turn)`);
    const probeToken = tokens[0] as string;

    // -- one request at a time: statements and latency, per field ---------------------------------------
    const counter = queryCounter(app.services.ds);
    let capture: { sql: string; params: unknown[] }[] | null = null;
    const counted = counter.logQuery.bind(counter);
    // Wrapped on the instance, not edited: also keeps the text of each statement while capturing.
    counter.logQuery = ((query: string, parameters?: unknown[]) => {
      capture?.push({ sql: query, params: parameters ?? [] });
      counted();
    }) as typeof counter.logQuery;

    const full = await post<{
      program: {
        dashboard: {
          threadsByStatus: { status: string; count: number }[];
          overdue: unknown[];
          overdueTopics: unknown[];
          overdueActionItems: unknown[];
          unitLoad: unknown[];
          reviewScores: unknown[];
          currentPhase: { name: string } | null;
        };
      };
    }>(FULL_QUERY, { id: programId }, probeToken);
    const dash = full.program.dashboard;
    const fullBytes = Buffer.byteLength(JSON.stringify({ data: full }));
    /** Leaf values in the answer: roughly the fields GraphQL resolves for it. */
    const leaves = (v: unknown): number =>
      v !== null && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + leaves(x), 0) : 1;
    const fullLeaves = leaves(full);

    interface Probe {
      statements: number;
      runs: number[];
      latency: Stats;
      /** This process's CPU (the server's work, and the bench's own small part as the client) per request. */
      cpu: Stats;
      sql: { sql: string; params: unknown[] }[];
    }
    /**
     * Three rounds of the queries unmeasured (the code they run gets compiled), then `n` rounds of
     * each in turn (so that the machine's other work falls on all of them alike): statements
     * counted, time, CPU, and the statements' text.
     */
    const probeAll = async (queries: string[], n: number): Promise<Probe[]> => {
      for (let i = 0; i < 3; i++) for (const q of queries) await post(q, { id: programId }, probeToken);
      const acc = queries.map(() => ({
        runs: [] as number[],
        times: [] as number[],
        cpu: [] as number[],
        sql: [] as Probe['sql'],
      }));
      for (let i = 0; i < n; i++) {
        for (const [k, q] of queries.entries()) {
          const a = acc[k] as (typeof acc)[number];
          await sleep(2);
          capture = [];
          const before = counter.count;
          const cpu0 = process.cpuUsage();
          const t0 = now();
          await post(q, { id: programId }, probeToken);
          a.times.push(now() - t0);
          const cpu = process.cpuUsage(cpu0);
          a.cpu.push((cpu.user + cpu.system) / 1000);
          const count = counter.count - before;
          if (a.runs.length === 0 || count < Math.min(...a.runs)) a.sql = capture;
          a.runs.push(count);
          capture = null;
        }
      }
      return acc.map((a) => ({
        statements: Math.min(...a.runs),
        runs: a.runs,
        latency: stats(a.times),
        cpu: stats(a.cpu),
        sql: a.sql,
      }));
    };
    /** Each statement again, alone on the bench's own connection: round trip, and PostgreSQL's planning and execution. */
    const replay = async (statements: Probe['sql'], withPlan: boolean) => {
      const out: { text: string; ms: number; planMs: number; execMs: number }[] = [];
      for (const s of statements) {
        const times: number[] = [];
        const plans: number[] = [];
        const execs: number[] = [];
        for (let i = 0; i < 3 + probes; i++) {
          const t0 = now();
          await sql.query(s.sql, s.params as unknown[]);
          if (i >= 3) times.push(now() - t0);
          if (!withPlan) continue;
          const explained = await sql
            .query(`EXPLAIN (ANALYZE, TIMING OFF, SUMMARY, FORMAT JSON) ${s.sql}`, s.params as unknown[])
            .catch(() => null);
          const summary = (
            explained?.rows[0]?.['QUERY PLAN'] as { 'Planning Time'?: number; 'Execution Time'?: number }[] | undefined
          )?.[0];
          if (i >= 3 && summary) {
            plans.push(summary['Planning Time'] ?? Number.NaN);
            execs.push(summary['Execution Time'] ?? Number.NaN);
          }
        }
        out.push({ text: oneLine(s.sql), ms: stats(times).p50, planMs: stats(plans).p50, execMs: stats(execs).p50 });
      }
      return out;
    };

    // Freshly written tables have no statistics until autovacuum analyzes them (a minute or more
    // later): the statements once before ANALYZE, as a database just filled would run them.
    const [early] = await probeAll([FULL_QUERY], 3);
    const beforeAnalyze = new Map((await replay(early?.sql ?? [], false)).map((x) => [x.text, x.ms]));
    const analyzeStarted = now();
    await sql.query('VACUUM ANALYZE');
    log(`VACUUM ANALYZE (as autovacuum would, in time) took ${(now() - analyzeStarted).toFixed(0)} ms`);

    log(`probing one request at a time (${probes} rounds of ${FIELDS.length + 3} queries, after three unmeasured)`);
    const [baseProgram, baseDashboard, whole, ...fieldProbes] = (await probeAll(
      [PROGRAM_ONLY, DASHBOARD_ONLY, FULL_QUERY, ...FIELDS.map(([, sel]) => dashboardQuery(`asOf ${sel}`))],
      probes,
    )) as [Probe, Probe, Probe, ...Probe[]];
    const perField = new Map<string, Probe>(FIELDS.map(([name], i) => [name, fieldProbes[i] as Probe]));
    if (new Set(whole.runs).size > 1)
      notes.push(
        `the full request's statement count varied between runs (${whole.runs.join(', ')}); the least is shown`,
      );

    // Which field asked for each statement: the statements a field's request adds to `dashboard { asOf }`.
    const minus = (a: string[], b: string[]) => {
      const left = [...b];
      return a.filter((x) => {
        const i = left.indexOf(x);
        if (i >= 0) left.splice(i, 1);
        return i < 0;
      });
    };
    const texts = (p: Probe) => p.sql.map((s) => oneLine(s.sql));
    const ownTexts = new Map<string, string[]>();
    ownTexts.set('(session + programme)', texts(baseProgram));
    ownTexts.set('dashboard (the figures)', minus(texts(baseDashboard), texts(baseProgram)));
    for (const [name, p] of perField) ownTexts.set(name, minus(texts(p), texts(baseDashboard)));
    const labelOf = (text: string) =>
      [...ownTexts]
        .filter(([, own]) => own.includes(text))
        .map(([name]) => name)
        .join(', ') || '?';

    const replayed = (await replay(whole.sql, true)).map((x) => ({
      ...x,
      label: labelOf(x.text),
      msBeforeAnalyze: beforeAnalyze.get(x.text) ?? Number.NaN,
    }));
    const dbMsTotal = replayed.reduce((a, b) => a + b.ms, 0);
    // Optional: the database's plan of the slowest statement.
    let explainLines: string[] = [];
    if (explain) {
      const at = replayed.reduce((best, x, i) => (x.ms > (replayed[best]?.ms ?? -1) ? i : best), 0);
      const slowest = whole.sql[at];
      if (slowest) {
        const plan = await sql.query(`EXPLAIN (ANALYZE, SETTINGS) ${slowest.sql}`, slowest.params as unknown[]);
        explainLines = [
          'EXPLAIN ANALYZE of the slowest statement:',
          ...plan.rows.map((row: Record<string, string>) => `  ${Object.values(row)[0]}`),
        ];
      }
    }
    log(`one full request: ${whole.statements} statements, p50 ${fmt(whole.latency.p50, 0)} ms alone`);

    // -- the load ----------------------------------------------------------------------------------------
    const kids = new ClientProcess<Command, Reply>(path.join(here, 'dashboard.clients.ts'));
    cleanups.push({ name: 'stop the client process', run: () => kids.stop() });
    kids.send({
      type: 'setup',
      url: app.url,
      tokens,
      body: JSON.stringify({ query: FULL_QUERY, variables: { id: programId } }),
      timeoutMs: requestTimeoutMs,
    });
    if (!(await kids.next('ready', 30_000))) throw new Error('the client process did not start in 30 s');
    const phaseDeadline = Math.max(10_000, deadlineMs - (now() - benchStarted) - 60_000);
    const runPhase = async (phase: string, n: number) => {
      kids.send({ type: 'run', phase, perClient: n, deadlineMs: phaseDeadline });
      const done = await kids.next('done', phaseDeadline + requestTimeoutMs + 10_000);
      if (!done) throw new Error(`the client process did not finish its ${phase} phase`);
      return done;
    };
    if (warmPerClient > 0) {
      const warm = await runPhase('warm-up', warmPerClient);
      log(
        `warm-up: ${warm.latencies.length} requests, p50 ${fmt(stats(warm.latencies).p50, 0)} ms, ${warm.errors} errors`,
      );
    }
    log(`measuring: ${clients} clients × ${perClient} requests`);
    const cache0 = await responseCacheCounts(app.url);
    const count0 = counter.count;
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const pg0 = await descendantPostgresCpuMs({ backendsOnly: true });
    const load = await runPhase('measure', perClient);
    const pg1 = await descendantPostgresCpuMs({ backendsOnly: true });
    const elu = performance.eventLoopUtilization(elu0);
    const loadAfter = os.loadavg()[0] as number;
    // This run's own processes keep about two cores busy while measuring; more is someone else's work.
    if (Math.max(loadBefore, loadAfter) > os.cpus().length + 1)
      notes.push(
        `the machine was busy with other work (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after measuring, on ${os.cpus().length} cores): times are longer than on an idle machine`,
      );
    const cpu = process.cpuUsage(cpu0);
    const statementsUnderLoad = counter.count - count0;
    const cache1 = await responseCacheCounts(app.url);
    const cacheHits = cache1.hits - cache0.hits;
    const cacheMisses = cache1.misses - cache0.misses;
    const answered = load.latencies.length;
    const attempted = answered + load.errors;
    const wallMs = load.finished - load.started;
    const L = stats(load.latencies);
    const throughput = (1000 * answered) / wallMs;
    const serverCpuPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, attempted);
    const pgCpuPerRequest = pg0 !== null && pg1 !== null ? (pg1 - pg0) / Math.max(1, attempted) : Number.NaN;
    if (load.errors) notes.push(`${load.errors} of ${attempted} dashboard requests failed: ${load.firstError}`);
    if (answered < clients * perClient)
      notes.push(`only ${attempted} of ${clients * perClient} requests were sent before the deadline`);
    if (load.reconnects > 0) notes.push(`${load.reconnects} connections were re-opened (keep-alive lost)`);
    log(`measured: p50 ${fmt(L.p50, 0)} ms, ${throughput.toFixed(1)} requests/s`);

    // Optional: where the server's time goes under the same load (an extra phase, not counted above).
    let profileLines: string[] = [];
    if (profiling) {
      const profile = await cpuProfileOf(() => runPhase('profile', perClient), profileFile);
      if (profileFile) notes.push(`CPU profile saved to ${profileFile} (open it in Chrome DevTools)`);
      profileLines = [
        `CPU profile of the server thread over an extra ${clients} × ${perClient} requests:`,
        ...summariseProfile(profile),
      ];
    }
    // The floor: the same answer, serialized once, from bare node:http in this process, asked by the
    // same clients the same way — what serving it costs when nothing is computed.
    const floorBody = Buffer.from(JSON.stringify({ data: full }));
    const floorServer = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': floorBody.length });
        res.end(floorBody);
      });
    });
    await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
    cleanups.push({
      name: 'close the static floor server',
      run: () => new Promise<void>((r) => floorServer.close(() => r())),
    });
    const floorPort = (floorServer.address() as { port: number }).port;
    kids.send({ type: 'setup', url: `http://127.0.0.1:${floorPort}`, tokens, body: '{}', timeoutMs: requestTimeoutMs });
    if (!(await kids.next('ready', 30_000))) throw new Error('the client process did not set up the floor in 30 s');
    if (warmPerClient > 0) await runPhase('floor warm-up', warmPerClient);
    const floorLoad = await runPhase('floor', perClient);
    const F = stats(floorLoad.latencies);
    const floorThroughput = (1000 * floorLoad.latencies.length) / (floorLoad.finished - floorLoad.started);
    log(`static floor: p95 ${fmt(F.p95, 0)} ms, ${floorThroughput.toFixed(1)} requests/s`);
    await kids.stop();

    // -- the report -------------------------------------------------------------------------------------
    const num = (c: Counts, k: string) => (typeof c[k] === 'number' ? (c[k] as number) : 0);
    const map = (c: Counts, k: string) => (typeof c[k] === 'object' ? (c[k] as Record<string, number>) : {});
    const rows: [string, string][] = [
      ['drafts (versions)', 'drafts'],
      ['draft blocks', 'draftBlocks'],
      ['threads', 'threads'],
      ['thread placements (thread × version)', 'placements'],
      ['comments', 'comments'],
      ['review assignments', 'reviewAssignments'],
      ['meetings', 'meetings'],
      ['action items', 'actionItems'],
      ['  of which overdue', 'actionItemsOverdue'],
      ['events in the log', 'events'],
      ['  of which in the programme feed', 'feedEvents'],
      ['notifications', 'notifications'],
      ['people', 'people'],
      ['research topics (fixed)', 'topics'],
      ['milestones (fixed)', 'milestones'],
    ];
    const W = 40;
    const ratio = (value: number, floor: number) => (floor > 0 ? `×${(value / floor).toFixed(1)}` : '—').padStart(8);
    const times = (a: number, b: number) => (a > 0 ? `×${(b / a).toFixed(1)}` : '');
    const statuses = (c: Counts, k: string) =>
      Object.entries(map(c, k))
        .sort()
        .map(([s, n]) => `${s} ${n}`)
        .join(', ');

    console.log('');
    console.log(
      `共编 dashboard: program(id) { dashboard { every figure } } on a generated programme; ${clients} clients × ${perClient} requests (+${warmPerClient} warm-up each), keep-alive HTTP, ${os.cpus().length} cores, Node ${process.versions.node}`,
    );
    console.log(`${'what was generated'.padEnd(W)}${'demo'.padStart(8)}${'now'.padStart(8)}${''.padStart(8)}`);
    for (const [label, key] of rows)
      console.log(
        `  ${label.padEnd(W - 2)}${String(num(demo, key)).padStart(8)}${String(num(grown, key)).padStart(8)}${times(num(demo, key), num(grown, key)).padStart(8)}`,
      );
    console.log(`  threads by status: ${statuses(grown, 'threadsByStatus')}`);
    console.log(`  threads by source: ${statuses(grown, 'threadsBySource')}`);
    console.log(`  review assignments by status: ${statuses(grown, 'reviewsByStatus')}`);
    console.log(
      `  through ${generated.mutations} GraphQL mutations in ${(generated.ms / 1000).toFixed(1)} s, ${writers} at once; ${generated.failures} failed. ` +
        Object.entries(generated.byMutation)
          .filter(([k]) => k !== 'openThreads')
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
    );
    console.log(
      `the answer: ${fullBytes} bytes, ${fullLeaves} values; threadsByStatus ${dash.threadsByStatus.map((c) => `${c.status} ${c.count}`).join(', ')}; ` +
        `${dash.overdue.length} overdue milestones, ${dash.overdueTopics.length} overdue topics, ${dash.overdueActionItems.length} overdue action items, ` +
        `${dash.unitLoad.length} units with load, ${dash.reviewScores.length} drafts with review scores, current phase ${dash.currentPhase?.name ?? '—'}`,
    );

    console.log('');
    console.log(
      `SQL statements per dashboard request: ${whole.statements} (in each of ${probes} runs: ${[...new Set(whole.runs)].join(' or ')}); one request alone takes p50 ${fmt(whole.latency.p50, 0)} ms, of which the statements' own database time (replayed alone) is ${fmt(dbMsTotal, 0)} ms`,
    );
    console.log(
      `${'by top-level field, each asked alone'.padEnd(W)}${'stmts'.padStart(7)}${'p50 ms'.padStart(9)}${'+ms'.padStart(8)}${'cpu ms'.padStart(9)}${'+cpu'.padStart(8)}`,
    );
    const fieldRow = (label: string, n: number, p: Probe, base?: Probe) =>
      console.log(
        `  ${label.padEnd(W - 2)}${String(n).padStart(7)}${fmt(p.latency.p50, 9)}${base ? fmt(p.latency.p50 - base.latency.p50, 8) : ''.padStart(8)}` +
          `${fmt(p.cpu.p50, 9)}${base ? fmt(p.cpu.p50 - base.cpu.p50, 8) : ''.padStart(8)}`,
      );
    fieldRow('program(id) { id } (session, programme)', baseProgram.statements, baseProgram);
    fieldRow(
      'dashboard { asOf } (the figures)',
      baseDashboard.statements - baseProgram.statements,
      baseDashboard,
      baseProgram,
    );
    for (const [name, p] of perField) fieldRow(name, p.statements - baseDashboard.statements, p, baseDashboard);
    fieldRow('all of them together', whole.statements, whole);
    console.log(
      '  (stmts: what the field adds to `dashboard { asOf }`; +ms, +cpu: its p50 less that of the line above the fields; cpu: this process, i.e. the server and the bench as its client)',
    );
    console.log(
      `${'the statements of one full request, replayed'.padEnd(W)}${'rt ms'.padStart(7)}${'plan'.padStart(7)}${'exec'.padStart(7)}${'before'.padStart(8)}  SQL`,
    );
    for (const [i, s] of replayed.entries())
      console.log(
        `  ${`${i + 1}. ${s.label}`.padEnd(W - 2)}${fmt(s.ms, 7)}${fmt(s.planMs, 7)}${fmt(s.execMs, 7)}${fmt(s.msBeforeAnalyze, 8)}  ${s.text.slice(0, 90)}`,
      );
    console.log(
      '  (rt: round trip from the bench, p50; plan / exec: PostgreSQL planning and execution time, from EXPLAIN ANALYZE; before: rt before ANALYZE, fresh tables without statistics)',
    );

    console.log('');
    console.log(
      `${'under load (ms)'.padEnd(W)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'mean'.padStart(8)}${'n'.padStart(7)}`,
    );
    console.log(
      `  ${'dashboard request → parsed answer'.padEnd(W - 2)}${fmt(L.p50)}${fmt(L.p95)}${fmt(L.p99)}${fmt(L.max)}${fmt(L.mean)}${String(L.n).padStart(7)}`,
    );
    console.log(
      `  ${'the same answer pre-serialized, bare node:http'.padEnd(W - 2)}${fmt(F.p50)}${fmt(F.p95)}${fmt(F.p99)}${fmt(F.max)}${fmt(F.mean)}${String(F.n).padStart(7)}`,
    );
    console.log(
      `  ${'÷ floor'.padEnd(W - 2)}${ratio(L.p50, F.p50)}${ratio(L.p95, F.p95)}${ratio(L.p99, F.p99)}${ratio(L.max, F.max)}${ratio(L.mean, F.mean)}`,
    );
    console.log(
      `throughput ${throughput.toFixed(1)} requests/s (floor ${floorThroughput.toFixed(1)}) over ${(wallMs / 1000).toFixed(1)} s; ${load.errors} errors; ` +
        `server CPU ${serverCpuPerRequest.toFixed(2)} ms/request (event loop busy ${(100 * elu.utilization).toFixed(0)}%); ` +
        `${cacheHits} served from the response cache, ${cacheMisses} executed for want of an answer there; ` +
        `PostgreSQL backends' CPU ${Number.isFinite(pgCpuPerRequest) ? `${pgCpuPerRequest.toFixed(2)} ms/request` : 'not measured (not an embedded database)'}; ` +
        `client process CPU ${(load.clientCpuMs / Math.max(1, attempted)).toFixed(2)} ms/request; ` +
        `${(statementsUnderLoad / Math.max(1, attempted)).toFixed(1)} statements/request; pool of ${(app.services.ds.options as { poolSize?: number }).poolSize ?? 10} connections`,
    );
    for (const line of [...explainLines, ...profileLines]) console.log(line);
    for (const note of notes) console.log(`NOTE: ${note}`);

    const json = {
      bench: 'dashboard',
      clients,
      requestsPerClient: perClient,
      warmupPerClient: warmPerClient,
      scale,
      generated: {
        demo: { ...demo },
        now: { ...grown },
        mutations: generated.mutations,
        seconds: r1(generated.ms / 1000),
        failures: generated.failures,
      },
      responseBytes: fullBytes,
      responseValues: fullLeaves,
      statementsPerRequest: whole.statements,
      statementsByField: Object.fromEntries([
        ['session+programme', baseProgram.statements],
        ['dashboard', baseDashboard.statements - baseProgram.statements],
        ...[...perField].map(([name, p]) => [name, p.statements - baseDashboard.statements]),
      ]),
      aloneP50Ms: Object.fromEntries([
        ['program', r1(baseProgram.latency.p50)],
        ['dashboardAsOf', r1(baseDashboard.latency.p50)],
        ...[...perField].map(([name, p]) => [name, r1(p.latency.p50)]),
        ['all', r1(whole.latency.p50)],
      ]),
      aloneCpuP50Ms: Object.fromEntries([
        ['program', r1(baseProgram.cpu.p50)],
        ['dashboardAsOf', r1(baseDashboard.cpu.p50)],
        ...[...perField].map(([name, p]) => [name, r1(p.cpu.p50)]),
        ['all', r1(whole.cpu.p50)],
      ]),
      statementDbMs: replayed.map((s) => ({
        field: s.label,
        ms: r1(s.ms),
        planMs: r1(s.planMs),
        execMs: r1(s.execMs),
        msBeforeAnalyze: r1(s.msBeforeAnalyze),
      })),
      latencyMs: { p50: r1(L.p50), p95: r1(L.p95), p99: r1(L.p99), max: r1(L.max), mean: r1(L.mean), n: L.n },
      throughputPerS: r1(throughput),
      errors: load.errors,
      serverCpuMsPerRequest: r1(serverCpuPerRequest),
      postgresCpuMsPerRequest: r1(pgCpuPerRequest),
      eventLoopBusy: r1(100 * elu.utilization),
      loadAverage: { before: r1(loadBefore), after: r1(loadAfter) },
      statementsPerRequestUnderLoad: r1(statementsUnderLoad / Math.max(1, attempted)),
      responseCache: { hits: cacheHits, misses: cacheMisses },
      floor: { latencyMs: { p50: r1(F.p50), p95: r1(F.p95), p99: r1(F.p99) }, throughputPerS: r1(floorThroughput) },
      notes,
      rows: [
        benchRow({
          id: 'dashboard-p95',
          figure: `dashboard p95, ${scale}× the demo, ${clients} clients`,
          goal: '≤ 1.5× floor',
          value: L.p95,
          unit: 'ms',
          floor: F.p95,
          floorName: 'the same answer pre-serialized on bare node:http',
        }),
        benchRow({
          id: 'dashboard-statements',
          figure: 'SQL statements per request (the dashboard)',
          goal: '≤ 8',
          value: whole.statements,
          unit: 'statements',
          floor: null,
          floorName: 'budget 8 (test/budget/page-queries.test.ts holds every page query to it)',
        }),
      ],
    };
    console.log(JSON.stringify(json));
    return 0;
  });
}

await benchEntry(import.meta.url, main);

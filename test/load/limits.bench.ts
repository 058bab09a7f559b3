/**
 * Limits benchmark: what the security limits cost a normal request, printed side by side with
 * them off. Figures only, never pass/fail. Run from the repository root:
 * `BENCH_ONLY=limits pnpm bench` or `pnpm exec tsx test/load/limits.bench.ts` (env: README.md).
 *
 * Two servers in this process on one database: one with the default settings ("on"), one with
 * the rate limits off (0) and the operation limits out of reach ("off"). Both have the field
 * guards, the per-request signal, helmet and statement_timeout, which no setting turns off: the
 * guards are measured on their own (part 4); statement_timeout is a connection parameter, set
 * once per pooled connection. Each part alternates rounds between the two, in turns, so the
 * machine's other work falls on both alike:
 *  1. a normal read over HTTP (the web app's ProgramOverview, signed in), and an anonymous one
 *     (its Me, before sign-in: the only reads the address limit counts);
 *  2. a normal write (the web app's UpdateTopic), spread over two accounts so that the default
 *     600 writes a minute per person are never reached;
 *  3. validation of every web operation with graphql's rules alone and with the limits' rules
 *     (paid once per distinct document: Apollo keeps the validated document);
 *  4. `execute` of the read against the guarded schema and an unguarded one.
 * Not measured here: the WebSocket's per-operation session check (fanout.bench.ts runs sockets).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import {
  type DocumentNode,
  execute,
  type GraphQLSchema,
  parse,
  print,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import type { Config } from '../../apps/server/src/config.js';
import * as operations from '../../packages/graphql-client/src/generated/graphql.js';
import {
  benchEntry,
  descendantPostgresCpuByPid,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  now,
  openBenchDatabase,
  type Post,
  postgresCpuBetween,
  r1,
  startBenchApp,
  stats,
} from './support.js';

/** Every operation of the web app, as graphql-codegen generated it (with the __typename the client adds). */
const WEB_OPERATIONS: [name: string, document: DocumentNode][] = Object.entries(operations)
  .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object')
  .map(([name, value]) => [name.replace(/Document$/, ''), value as unknown as DocumentNode]);
const READ = print(operations.ProgramOverviewDocument);
const ANONYMOUS = print(operations.MeDocument);
const WRITE = print(operations.UpdateTopicDocument);

const READER = 'leader@gongbian.test';
/** Both may update every research topic; each write goes to the next, in turn. */
const WRITERS = ['working@gongbian.test', 'admin@gongbian.test'];
const WRITES_PER_MINUTE = 600;
const ANONYMOUS_PER_MINUTE = 300;
const OUT_OF_REACH = 1_000_000_000;

/** Everything a setting can turn off or out of reach. */
const OFF: Partial<Config> = {
  writesPerMinute: 0,
  anonymousPerMinute: 0,
  loginAccountFailures: 0,
  loginAddressFailuresPerDay: 0,
  maxDepth: OUT_OF_REACH,
  maxAliases: OUT_OF_REACH,
  maxTokens: OUT_OF_REACH,
  maxDirectives: OUT_OF_REACH,
  maxCost: OUT_OF_REACH,
};

const median = (values: number[]) => stats(values).p50;

interface Timed {
  /** Wall time of each operation, ms. */
  times: number[];
  /** Per round: this process's CPU (server and bench client) per operation, ms. */
  cpuPerOp: number[];
  /** The embedded PostgreSQL's backends' CPU (ms; counted in 10 ms ticks, so summed over the rounds) and the operations it covers. */
  pgMs: number;
  pgOps: number;
  /** Per round: operations per second, one at a time. */
  perSecond: number[];
}

/**
 * `rounds` rounds of `perRound` operations of each variant, one at a time; the variants take
 * turns within a round and the first of them changes from round to round. An operation that
 * returns a number returns its own time (ms): only part of it is to be counted.
 */
async function interleaved(rounds: number, perRound: number, variants: (() => Promise<unknown>)[]): Promise<Timed[]> {
  const out: Timed[] = variants.map(() => ({ times: [], cpuPerOp: [], pgMs: 0, pgOps: 0, perSecond: [] }));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < variants.length; j++) {
      const k = (r + j) % variants.length;
      const run = variants[k] as () => Promise<unknown>;
      const acc = out[k] as Timed;
      const pg0 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const cpu0 = process.cpuUsage();
      const wall0 = now();
      for (let i = 0; i < perRound; i++) {
        const t0 = now();
        const own = await run();
        acc.times.push(typeof own === 'number' ? own : now() - t0);
      }
      const wall = now() - wall0;
      const cpu = process.cpuUsage(cpu0);
      const pg1 = await descendantPostgresCpuByPid({ backendsOnly: true });
      acc.cpuPerOp.push((cpu.user + cpu.system) / 1000 / perRound);
      if (pg0 !== null && pg1 !== null) {
        acc.pgMs += postgresCpuBetween(pg0, pg1);
        acc.pgOps += perRound;
      }
      acc.perSecond.push((1000 * perRound) / wall);
    }
  }
  return out;
}

function summary(t: Timed) {
  const s = stats(t.times);
  return {
    p50: s.p50,
    p95: s.p95,
    n: s.n,
    cpuMs: median(t.cpuPerOp),
    pgCpuMs: t.pgOps ? t.pgMs / t.pgOps : Number.NaN,
    perSecond: median(t.perSecond),
  };
}
type Summary = ReturnType<typeof summary>;
const json = (s: Summary) => ({
  p50Ms: r1(s.p50),
  p95Ms: r1(s.p95),
  n: s.n,
  cpuMsPerOp: r2(s.cpuMs),
  pgCpuMsPerOp: r2(s.pgCpuMs),
  perSecond: r1(s.perSecond),
});
const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
const f2 = (v: number, w = 8) => (Number.isFinite(v) ? v.toFixed(2) : '—').padStart(w);
const signed = (v: number, digits = 1) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(digits)}` : '—');
const percent = (on: number, off: number) => (off > 0 ? `${signed((100 * (on - off)) / off, 0)}%` : '—');

/** One table: the figures with the limits on, off, and the difference. */
function abTable(title: string, on: Summary, off: Summary, rate: string): string[] {
  const W = 44;
  const row = (label: string, s: Summary) =>
    `  ${label.padEnd(W - 2)}${fmt(s.p50)}${fmt(s.p95)}${f2(s.cpuMs, 10)}${f2(s.pgCpuMs, 10)}${fmt(s.perSecond, 10)}${String(s.n).padStart(7)}`;
  return [
    title,
    `${''.padEnd(W)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'cpu ms'.padStart(10)}${'pg ms'.padStart(10)}${rate.padStart(10)}${'n'.padStart(7)}`,
    row('limits on (defaults)', on),
    row('limits off (rate limits 0, op limits 10⁹)', off),
    `  ${'on − off'.padEnd(W - 2)}${signed(on.p50 - off.p50).padStart(8)}${signed(on.p95 - off.p95).padStart(8)}` +
      `${signed(on.cpuMs - off.cpuMs, 2).padStart(10)}${signed(on.pgCpuMs - off.pgCpuMs, 2).padStart(10)}${percent(on.perSecond, off.perSecond).padStart(10)}`,
  ];
}

// ---- stage 2: the bench ------------------------------------------------------------------------------
async function main(): Promise<number> {
  const rounds = intFromEnv('BENCH_LIMITS_ROUNDS', 10, 1);
  const reads = intFromEnv('BENCH_LIMITS_READS', 30, 1);
  const anonymousReads = intFromEnv('BENCH_LIMITS_ANONYMOUS', 10, 0);
  const writes = intFromEnv('BENCH_LIMITS_WRITES', 20, 1);
  const executions = intFromEnv('BENCH_LIMITS_EXECUTIONS', 30, 1);
  const validations = intFromEnv('BENCH_LIMITS_VALIDATIONS', 200, 1);
  const warmup = intFromEnv('BENCH_LIMITS_WARMUP', 5, 0);
  const requestTimeoutMs = intFromEnv('BENCH_LIMITS_REQUEST_TIMEOUT_MS', 30_000, 100);
  const deadlineMs = intFromEnv('BENCH_LIMITS_DEADLINE_MS', 240_000, 10_000);
  const notes: string[] = [];

  const harness = new Harness(deadlineMs, 'limits bench');
  const benchStarted = now();
  const loadBefore = os.loadavg()[0] as number;
  const log = (line: string) => console.log(`[${((now() - benchStarted) / 1000).toFixed(1).padStart(5)} s] ${line}`);

  return harness.run(async () => {
    const { getSchema, getUnguardedSchema } = await import('../../apps/server/src/house.js');
    const { operationLimits } = await import('../../apps/server/src/graphql/limits.js');
    const { createContext } = await import('../../apps/server/src/graphql/context.js');
    const { readConfig } = await import('../../apps/server/src/config.js');

    // -- the two servers ------------------------------------------------------------------------------
    // The default limits stay the defaults unless this run's own traffic would reach them; then
    // they are raised, which still runs the limiter (its cost is its upsert, not the threshold).
    const on: Partial<Config> = { presenceTtlMs: 300_000 };
    const writesPerAccount = Math.ceil((warmup + rounds * writes) / WRITERS.length);
    if (writesPerAccount > 0.9 * WRITES_PER_MINUTE) {
      on.writesPerMinute = OUT_OF_REACH;
      notes.push(
        `${writesPerAccount} writes per account would near the default ${WRITES_PER_MINUTE} a minute: writesPerMinute raised to ${OUT_OF_REACH} (the limiter still runs)`,
      );
    }
    const anonymousTotal = warmup + rounds * anonymousReads;
    if (anonymousTotal > 0.9 * ANONYMOUS_PER_MINUTE) {
      on.anonymousPerMinute = OUT_OF_REACH;
      notes.push(
        `${anonymousTotal} anonymous requests would near the default ${ANONYMOUS_PER_MINUTE} a minute: anonymousPerMinute raised to ${OUT_OF_REACH} (the limiter still runs)`,
      );
    }
    const db = await openBenchDatabase(harness, log);
    const appOn = await startBenchApp(harness, db, on);
    const appOff = await startBenchApp(harness, db, { presenceTtlMs: 300_000, ...OFF });
    log(`limits on at ${appOn.url}, off at ${appOff.url}, one database`);
    const postOn = graphqlPoster(appOn.url, { timeoutMs: requestTimeoutMs }).post;
    const postOff = graphqlPoster(appOff.url, { timeoutMs: requestTimeoutMs });
    // Signing in through the server without limits keeps the anonymous count of the other exact.
    const reader = await postOff.login(READER);
    const writers = await Promise.all(WRITERS.map((email) => postOff.login(email)));
    const programId = (
      (await postOff.post<{ programs: unknown[] }>('query { programs { id } }', {}, reader)).programs[0] as {
        id: string;
      }
    ).id;
    const overview = (await postOff.post<{ program: { topics: unknown } }>(READ, { id: programId }, reader)).program;
    const topics = overview.topics as { id: string; status: string }[];
    const posts: [Post, Post] = [postOn, postOff.post];

    // -- 1. a normal read over HTTP ------------------------------------------------------------------------
    const readOnce = (post: Post) => () => post(READ, { id: programId }, reader);
    for (const post of posts) for (let i = 0; i < warmup; i++) await readOnce(post)();
    log(`1. read: ${rounds} rounds × ${reads} ProgramOverview requests on each server, in turns`);
    const [readOn, readOff] = (await interleaved(rounds, reads, posts.map(readOnce))).map(summary) as [
      Summary,
      Summary,
    ];

    let anonOn: Summary | null = null;
    let anonOff: Summary | null = null;
    if (anonymousReads > 0) {
      const anonOnce = (post: Post) => () => post(ANONYMOUS, {});
      for (const post of posts) for (let i = 0; i < warmup; i++) await anonOnce(post)();
      log(`1b. anonymous read: ${rounds} rounds × ${anonymousReads} Me requests without a session on each`);
      [anonOn, anonOff] = (await interleaved(rounds, anonymousReads, posts.map(anonOnce))).map(summary) as [
        Summary,
        Summary,
      ];
    }

    // -- 2. a normal write ---------------------------------------------------------------------------------
    const nonce = randomBytes(3).toString('hex');
    let written = 0;
    // A new progress note on each topic in turn, with a clientMutationId as the web app sends.
    const writeOnce = (post: Post) => () => {
      const n = written++;
      const topic = topics[n % topics.length] as { id: string; status: string };
      const input = {
        topicId: topic.id,
        status: topic.status,
        progressNote: `进展 ${n}`,
        clientMutationId: `limits-${nonce}-${n}`,
      };
      return post(WRITE, { input }, writers[n % writers.length]);
    };
    for (const post of posts) for (let i = 0; i < warmup; i++) await writeOnce(post)();
    log(`2. write: ${rounds} rounds × ${writes} UpdateTopic mutations on each, ${WRITERS.length} accounts in turn`);
    const [writeOn, writeOff] = (await interleaved(rounds, writes, posts.map(writeOnce))).map(summary) as [
      Summary,
      Summary,
    ];

    // -- 3. validation ------------------------------------------------------------------------------------
    const schema = await getSchema();
    const defaults = readConfig({});
    const limits = operationLimits(defaults);
    const rulesOff: readonly ValidationRule[] = specifiedRules;
    const rulesOn: readonly ValidationRule[] = [...specifiedRules, ...limits.validationRules];
    const texts = WEB_OPERATIONS.map(([, d]) => print(d));
    const refused = WEB_OPERATIONS.filter(([, d]) => validate(schema, d, rulesOn).length > 0).map(([n]) => n);
    if (refused.length) notes.push(`web operations refused by the default limits: ${refused.join(', ')}`);
    log(`3. validation: ${WEB_OPERATIONS.length} web operations × ${validations} times, each way in turn`);
    const vOff = WEB_OPERATIONS.map(() => [] as number[]);
    const vOn = WEB_OPERATIONS.map(() => [] as number[]);
    const pOff = WEB_OPERATIONS.map(() => [] as number[]);
    const pOn = WEB_OPERATIONS.map(() => [] as number[]);
    const parseOn = { maxTokens: defaults.maxTokens };
    /** The same work done two ways, each timed (µs), in an order that turns with `it`; below 0, unkept warm-up. */
    const both = (it: number, off: [() => unknown, number[]], on: [() => unknown, number[]]) => {
      for (const [work, into] of it % 2 === 0 ? [off, on] : [on, off]) {
        const t0 = now();
        work();
        const us = (now() - t0) * 1000;
        if (it >= 0) into.push(us);
      }
    };
    for (let it = -Math.min(20, validations); it < validations; it++) {
      for (const [d, [, doc]] of WEB_OPERATIONS.entries()) {
        const text = texts[d] as string;
        both(
          it,
          [() => validate(schema, doc, rulesOff), vOff[d] as number[]],
          [() => validate(schema, doc, rulesOn), vOn[d] as number[]],
        );
        both(it, [() => parse(text), pOff[d] as number[]], [() => parse(text, parseOn), pOn[d] as number[]]);
      }
    }
    const perDoc = WEB_OPERATIONS.map(([name], d) => ({
      name,
      off: median(vOff[d] as number[]),
      on: median(vOn[d] as number[]),
      parseOff: median(pOff[d] as number[]),
      parseOn: median(pOn[d] as number[]),
    }));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const validation = {
      off: sum(perDoc.map((x) => x.off)),
      on: sum(perDoc.map((x) => x.on)),
      parseOff: sum(perDoc.map((x) => x.parseOff)),
      parseOn: sum(perDoc.map((x) => x.parseOn)),
      medianAdded: median(perDoc.map((x) => x.on - x.off)),
      maxAdded: Math.max(...perDoc.map((x) => x.on - x.off)),
    };

    // -- 4. field guards ------------------------------------------------------------------------------------
    const unguarded = await getUnguardedSchema();
    const services = appOn.services;
    const caller = { address: '127.0.0.1', userAgent: 'limits bench' };
    const document = operations.ProgramOverviewDocument as unknown as DocumentNode;
    const schemas: [GraphQLSchema, GraphQLSchema] = [schema, unguarded];
    // CPU of this process while one execution runs (its SQL round trips are waits, not CPU).
    const cpuOf = schemas.map(() => [] as number[]);
    const executeOnce = (s: GraphQLSchema, cpu: number[] | null) => async () => {
      // A context per execution, as per request (its loaders cache within it); not timed.
      const contextValue = {
        ...(await createContext(services, `Bearer ${reader}`, false, caller)),
        signal: new AbortController().signal,
      };
      const c0 = process.cpuUsage();
      const t0 = now();
      const result = await execute({ schema: s, document, variableValues: { id: programId }, contextValue });
      const ms = now() - t0;
      const c = process.cpuUsage(c0);
      cpu?.push((c.user + c.system) / 1000);
      if (result.errors?.length) throw new Error(`execute: ${JSON.stringify(result.errors)}`);
      return ms;
    };
    for (const s of schemas) for (let i = 0; i < warmup; i++) await executeOnce(s, null)();
    log(`4. field guards: ${rounds} rounds × ${executions} executions of ProgramOverview against each schema`);
    const [guardOn, guardOff] = (
      await interleaved(
        rounds,
        executions,
        schemas.map((s, k) => executeOnce(s, cpuOf[k] as number[])),
      )
    ).map(summary) as [Summary, Summary];
    const guardCpuOn = median(cpuOf[0] as number[]);
    const guardCpuOff = median(cpuOf[1] as number[]);

    const loadAfter = os.loadavg()[0] as number;
    if (Math.max(loadBefore, loadAfter) > os.cpus().length + 1)
      notes.push(
        `the machine was busy with other work (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} cores): times are longer than on an idle machine, for both sides alike`,
      );

    // -- the report -------------------------------------------------------------------------------------
    console.log('');
    console.log(
      `共编 limits: what the security limits cost, on against off, in alternating rounds; ${os.cpus().length} cores, Node ${process.versions.node}, 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    );
    console.log(
      '  on: the defaults (writes 600/min per person, anonymous 300/min per address, depth 10, aliases 15, tokens 1000, directives 20, cost 20000);',
    );
    console.log(
      '  off: rate limits 0, operation limits 10⁹. Both: field guards, request signal, helmet, statement_timeout (no setting removes them; the guards are part 4).',
    );
    console.log(
      '  cpu ms: this process per operation (the servers and the bench as their client), median of the rounds; pg ms: PostgreSQL backends per operation, over all rounds (embedded database only).',
    );
    console.log('');
    for (const line of abTable(
      `1. read: ProgramOverview, signed in (${rounds}×${reads} each)`,
      readOn,
      readOff,
      'req/s',
    ))
      console.log(line);
    console.log('   (a signed-in read passes no rate limiter; Apollo validated the document once, at warm-up)');
    if (anonOn && anonOff) {
      for (const line of abTable(
        `1b. anonymous: Me, no session (${rounds}×${anonymousReads} each)`,
        anonOn,
        anonOff,
        'req/s',
      ))
        console.log(line);
      console.log('   (each request without a session is one upsert of the address counter)');
    }
    for (const line of abTable(
      `2. write: UpdateTopic, ${WRITERS.length} accounts (${rounds}×${writes} each)`,
      writeOn,
      writeOff,
      'mut/s',
    ))
      console.log(line);
    console.log(
      `   (one at a time; on: each write first upserts its person's counter; at most ${writesPerAccount} writes per account in the run)`,
    );

    console.log('');
    console.log(
      `3. validation, µs per document, median of ${validations}: graphql's specifiedRules vs with the limits' rules — paid once per distinct document (Apollo caches the validated document; WebSocket operations are validated each time)`,
    );
    const NW = 30;
    console.log(
      `  ${'operation'.padEnd(NW)}${'rules'.padStart(9)}${'+limits'.padStart(9)}${'added'.padStart(9)}${'parse'.padStart(9)}${'+tokens'.padStart(9)}`,
    );
    for (const x of perDoc)
      console.log(
        `  ${x.name.padEnd(NW)}${fmt(x.off, 9)}${fmt(x.on, 9)}${signed(x.on - x.off).padStart(9)}${fmt(x.parseOff, 9)}${fmt(x.parseOn, 9)}`,
      );
    console.log(
      `  ${`all ${perDoc.length}, summed`.padEnd(NW)}${fmt(validation.off, 9)}${fmt(validation.on, 9)}${signed(validation.on - validation.off).padStart(9)}${fmt(validation.parseOff, 9)}${fmt(validation.parseOn, 9)}`,
    );
    console.log(
      `  added per document: median ${validation.medianAdded.toFixed(1)} µs, at most ${validation.maxAdded.toFixed(1)} µs; parse: without and with the token limit (maxTokens ${defaults.maxTokens})`,
    );

    console.log('');
    console.log(
      `4. field guards: graphql execute of ProgramOverview (${rounds}×${executions} each), guarded schema vs unguarded; context made outside the timing`,
    );
    const gRow = (label: string, s: Summary, cpu: number) =>
      `  ${label.padEnd(NW)}${fmt(s.p50 * 1000, 10)}${fmt(s.p95 * 1000, 10)}${fmt(cpu * 1000, 10)}`;
    console.log(`  ${''.padEnd(NW)}${'p50 µs'.padStart(10)}${'p95 µs'.padStart(10)}${'cpu µs'.padStart(10)}`);
    console.log(gRow('guarded (production)', guardOn, guardCpuOn));
    console.log(gRow('unguarded', guardOff, guardCpuOff));
    console.log(
      `  ${'guarded − unguarded'.padEnd(NW)}${signed((guardOn.p50 - guardOff.p50) * 1000).padStart(10)}${signed((guardOn.p95 - guardOff.p95) * 1000).padStart(10)}${signed((guardCpuOn - guardCpuOff) * 1000).padStart(10)}`,
    );
    console.log(
      '   (cpu µs: this process while one execution ran, median; its SQL round trips are in p50 but not in cpu)',
    );
    for (const note of notes) console.log(`NOTE: ${note}`);

    console.log(
      JSON.stringify({
        bench: 'limits',
        rounds,
        readsPerRound: reads,
        anonymousPerRound: anonymousReads,
        writesPerRound: writes,
        executionsPerRound: executions,
        validations,
        read: { on: json(readOn), off: json(readOff) },
        anonymous: anonOn && anonOff ? { on: json(anonOn), off: json(anonOff) } : null,
        write: { on: json(writeOn), off: json(writeOff), accounts: WRITERS.length, perAccount: writesPerAccount },
        validationUs: {
          documents: perDoc.length,
          summedOff: r1(validation.off),
          summedOn: r1(validation.on),
          medianAdded: r1(validation.medianAdded),
          maxAdded: r1(validation.maxAdded),
          parseSummedOff: r1(validation.parseOff),
          parseSummedOn: r1(validation.parseOn),
          byDocument: Object.fromEntries(perDoc.map((x) => [x.name, [r1(x.off), r1(x.on)]])),
        },
        guardsUs: {
          guardedP50: r1(guardOn.p50 * 1000),
          unguardedP50: r1(guardOff.p50 * 1000),
          guardedP95: r1(guardOn.p95 * 1000),
          unguardedP95: r1(guardOff.p95 * 1000),
          guardedCpu: r1(guardCpuOn * 1000),
          unguardedCpu: r1(guardCpuOff * 1000),
        },
        loadAverage: { before: r1(loadBefore), after: r1(loadAfter) },
        seconds: r1((now() - benchStarted) / 1000),
        notes,
      }),
    );
    return 0;
  });
}

await benchEntry(import.meta.url, main);

/**
 * Public consultation benchmark (issue 14): anonymous readers of a public draft, opinions sent
 * without an account, signed-in users meanwhile, and the working group's queue at national scale.
 * Figures only, never pass/fail; each next to its floor measured in the same run.
 * Run from the repository root: `pnpm exec tsx test/load/consultation.bench.ts` (env: README.md).
 *
 * Processes: this file re-runs itself with the server's tsconfig; that run holds the database and
 * the server (`startApp`) and forks consultation.clients.ts twice — one for the public's load
 * (readers and senders), one for the signed-in probe — so that neither's HTTP work runs on the
 * server's event loop, nor the load's on the probe's.
 *
 * 1. Readers: N connections (2,000) GET /public-api/consultations/<slug> one after another, every
 *    other one with If-None-Match (a repeat reader: 304); floor: the same bytes and headers from
 *    bare node:http in this process, to the same clients.
 * 2. Senders: submitPublicOpinion at a fixed rate (50/s) for S seconds, each with its own challenge
 *    fetched and solved before the timed phase (the proof of work made cheap: cost 1, counter ≤ 10
 *    — the bench measures the server, not the browser's work); floor: the same rows (the spent
 *    challenge, the opinion, its event) written straight to PostgreSQL at the same rate.
 * 3. Signed-in users: the web app's DraftReader of the consulted draft, asked by a few signed-in
 *    clients, idle (the floor) and then while 1 and 2 run together — the readers as fast as they
 *    can, then at a reading pace (each again after ~10 s) — and idle again, for reference.
 * 4. The queue: a round seeded to 100,000 opinions (SQL, in one statement) and the working group's
 *    queue page asked and paged; floor: the statements each ask sent, replayed on a connection of
 *    the bench's own (one after another: the server may send some at once). When the server has
 *    them, opinion groups (by passage, by similar text) and the largest group of each rejected in
 *    one action, each against its own statements replayed (a write's in a transaction rolled back).
 */

import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import * as operations from '../../packages/graphql-client/src/generated/graphql.js';
import { missingTools, NGINX, NGINX_UPSTREAM, startNginx } from '../topology/native.js';
import type { Command, ReadersResult, Reply, SubmitResult } from './consultation.clients.js';
import {
  altcha,
  type Block,
  BODIES,
  CAMPAIGNS,
  draftMarkdown,
  IDENTITIES,
  opinionInput,
  VARIANTS,
} from './consultation.texts.js';
import { mulberry32 } from './random.js';
import { type BenchRow, benchRow } from './rows.js';
import {
  benchEntry,
  ClientProcess,
  descendantPostgresCpuByPid,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  now,
  openBenchDatabase,
  postgresCpuBetween,
  r1,
  repoRoot,
  type Stats,
  sleep,
  startBenchApp,
  stats,
} from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** How many servers infra/nginx/gongbian-upstream.conf lists: the bench's one server fills each place. */
const UPSTREAM_SERVERS = (await fs.readFile(NGINX_UPSTREAM, 'utf8'))
  .split('\n')
  .filter((l) => /^\s*server\s/.test(l)).length;

// ---- GraphQL ----------------------------------------------------------------------------------------
const CREATE_DRAFT = `mutation($i: CreateDraftInput!) { createDraft(input: $i) { draft { id blocks { id kind text } } } }`;
const OPEN_ROUND = `mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { consultation { id slug } } }`;
const CHALLENGE = 'query { publicChallenge { json } }';
const SUBMIT = print(operations.SubmitPublicOpinionDocument);
const DRAFT_READER = print(operations.DraftReaderDocument);
const QUEUE = `query Queue($id: ID!, $after: String) { consultation(id: $id) { pending
  opinions(status: PENDING, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id body identity submittedAt anchor { quote } } } } } }`;
const groupsQuery = (by: string) => `query Groups($id: ID!, $after: String) { consultation(id: $id) {
  groups(by: ${by}, status: PENDING, first: 20, after: $after) { totalCount pageInfo { endCursor }
    edges { node { key count quote sample { id body } } } } } }`;
/** Group pages asked in turn (first 20 each), from the first. */
const GROUP_PAGES = 3;
const decideGroup = (consultationId: string, key: string, note: string, expectedCount: number) =>
  `mutation { moderatePublicOpinionGroup(input: { consultationId: ${JSON.stringify(consultationId)}, groupKey: ${JSON.stringify(key)},
    decision: REJECT, note: ${JSON.stringify(note)}, expectedCount: ${expectedCount} }) { __typename } }`;

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

// ---- stage 2: the bench ------------------------------------------------------------------------------
async function main(): Promise<number> {
  const readers = intFromEnv('BENCH_CONSULT_READERS', 2000, 1);
  const readSeconds = intFromEnv('BENCH_CONSULT_READ_SECONDS', 10, 1);
  const warmupSeconds = intFromEnv('BENCH_CONSULT_WARMUP_SECONDS', 3, 1);
  const rate = intFromEnv('BENCH_CONSULT_SUBMIT_RATE', 50, 1);
  const submitSeconds = intFromEnv('BENCH_CONSULT_SUBMIT_SECONDS', 20, 1);
  const probeClients = intFromEnv('BENCH_CONSULT_PROBE_CLIENTS', 4, 1);
  const probeThinkMs = intFromEnv('BENCH_CONSULT_PROBE_THINK_MS', 50, 0);
  const probeSeconds = intFromEnv('BENCH_CONSULT_PROBE_SECONDS', 10, 2);
  const pacedThinkMs = intFromEnv('BENCH_CONSULT_PACED_THINK_MS', 10_000, 100);
  const blocks = intFromEnv('BENCH_CONSULT_BLOCKS', 306, 20);
  const opinions = intFromEnv('BENCH_CONSULT_OPINIONS', 100_000, 0);
  const queueAsks = intFromEnv('BENCH_CONSULT_QUEUE_ASKS', 200, 10);
  const queuePages = intFromEnv('BENCH_CONSULT_QUEUE_PAGES', 10, 1);
  const groupAsks = intFromEnv('BENCH_CONSULT_GROUP_ASKS', 50, 5);
  const requestTimeoutMs = intFromEnv('BENCH_CONSULT_REQUEST_TIMEOUT_MS', 30_000, 100);
  const deadlineMs = intFromEnv('BENCH_CONSULT_DEADLINE_MS', 420_000, 10_000);
  const notes: string[] = [
    'proof of work made cheap (altchaCost 1, altchaMaxCounter 10) and challenges solved before the timed phases: the bench measures the server, not the browser’s work',
    'publicOpinionsPerHour, publicOpinionsPerRoundMinute, anonymousPerMinute and writesPerMinute at 0 (off): every client shares one address',
  ];

  const harness = new Harness(deadlineMs, 'consultation bench');
  const { cleanups } = harness;
  const benchStarted = now();
  const log = (line: string) => console.log(`[${((now() - benchStarted) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  let peakLoad = os.loadavg()[0] as number;
  const loadSampler = setInterval(() => {
    peakLoad = Math.max(peakLoad, os.loadavg()[0] ?? 0);
  }, 1000);
  cleanups.push({ name: 'stop the load sampler', run: async () => clearInterval(loadSampler) });

  return harness.run(async () => {
    const pg = (await import('pg')).default;
    const { queryCounter } = await import('../../apps/server/src/db/query-counter.js');
    const { eventInsert } = await import('../../apps/server/src/realtime/event-log.js');
    const { streams } = await import('../../apps/server/src/realtime/streams.js');
    const near = await import('../../packages/anchoring/src/index.js');

    // -- the database and the server ------------------------------------------------------------------
    const db = await openBenchDatabase(harness, log);
    const app = await startBenchApp(harness, db, {
      altchaCost: 1,
      altchaMaxCounter: 10,
      publicOpinionsPerHour: 0,
      publicOpinionsPerRoundMinute: 0,
      anonymousPerMinute: 0,
      writesPerMinute: 0,
      // Presence renews rarely, so that the statements captured per request are the request's own.
      presenceTtlMs: 300_000,
      logLevel: 'silent',
    });
    log(`server at ${app.url}`);
    const { post, login } = graphqlPoster(app.url, { timeoutMs: requestTimeoutMs });
    const sql = new pg.Client({ connectionString: db.databaseUrl, application_name: 'gongbian-bench' });
    sql.on('error', () => {});
    await sql.connect();
    cleanups.push({ name: 'close the bench connection', run: () => sql.end() });

    // -- a consultation draft of about 300 blocks, in an open round --------------------------------------
    const r = mulberry32(20191228);
    const working = await login('working@gongbian.test');
    const { programs } = await post<{
      programs: { id: string; plans: { id: string; currentDraft: { id: string } | null }[] }[];
    }>('query { programs { id plans { id currentDraft { id } } } }', {}, working);
    const programme = programs[0];
    if (!programme) throw new Error('the demo has no programme');
    // A plan still taking new versions (one under approval refuses them): those without a draft first.
    const plans = [...programme.plans].sort((a, b) => Number(!!a.currentDraft) - Number(!!b.currentDraft));
    let draft: { id: string; blocks: Block[] } | null = null;
    const content = draftMarkdown(r, blocks);
    for (const plan of plans) {
      draft = await post<{ createDraft: { draft: { id: string; blocks: Block[] } } }>(
        CREATE_DRAFT,
        { i: { planId: plan.id, stage: 'CONSULTATION', title: '征求意见稿（测试）', format: 'MARKDOWN', content } },
        working,
      ).then(
        (d) => d.createDraft.draft,
        () => null,
      );
      if (draft) break;
    }
    if (!draft) throw new Error('no plan of the demo took a new consultation draft');
    const passages = draft.blocks.filter((b) => b.kind !== 'HEADING' && b.text.length >= 30);
    const round = (
      await post<{ openConsultation: { consultation: { id: string; slug: string } } }>(
        OPEN_ROUND,
        {
          i: {
            draftId: draft.id,
            intro: '欢迎社会各界提出意见和建议。',
            opensOn: '2020-11-10',
            closesOn: '2020-12-10',
          },
        },
        working,
      )
    ).openConsultation.consultation;
    const snapshotPath = `/public-api/consultations/${round.slug}`;
    const first = await fetch(`${app.url}${snapshotPath}`);
    const etag = first.headers.get('etag') ?? '';
    const snapshotBody = Buffer.from(await first.arrayBuffer());
    if (first.status !== 200 || !etag) throw new Error(`the public draft answered ${first.status} without an ETag`);
    log(
      `round ${round.slug} open on a draft of ${draft.blocks.length} blocks; the public draft is ${(snapshotBody.length / 1024).toFixed(0)} KB`,
    );

    const load = new ClientProcess<Command, Reply>(path.join(here, 'consultation.clients.ts'));
    cleanups.push({ name: 'stop the load process', run: () => load.stop() });
    const probe = new ClientProcess<Command, Reply>(path.join(here, 'consultation.clients.ts'));
    cleanups.push({ name: 'stop the probe process', run: () => probe.stop() });

    /** Server (this process) and PostgreSQL CPU, and the event loop, over `work`. */
    const measured = async <T>(work: () => Promise<T>) => {
      const pg0 = await descendantPostgresCpuByPid({ backendsOnly: true });
      const cpu0 = process.cpuUsage();
      const elu0 = performance.eventLoopUtilization();
      const t0 = now();
      const result = await work();
      const ms = now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const elu = performance.eventLoopUtilization(elu0);
      const pg1 = await descendantPostgresCpuByPid({ backendsOnly: true });
      return {
        result,
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        busy: elu.utilization,
        pgCpuMs: pg0 && pg1 ? postgresCpuBetween(pg0, pg1) : Number.NaN,
      };
    };
    const runLoad = async (c: Omit<Extract<Command, { type: 'load' }>, 'type'>, budgetMs: number) => {
      load.send({ type: 'load', ...c });
      const done = await load.next('loadDone', budgetMs + requestTimeoutMs + 10_000);
      if (!done) throw new Error(`the load process did not finish its ${c.phase} phase`);
      return done;
    };
    const readersLoad = (url: string, durationMs: number) => ({
      url,
      path: snapshotPath,
      etag,
      connections: readers,
      thinkMs: 0,
      warmupMs: warmupSeconds * 1000,
      durationMs,
      timeoutMs: requestTimeoutMs,
    });

    // -- 1. readers ------------------------------------------------------------------------------------
    log(`1. ${readers} readers for ${warmupSeconds} s + ${readSeconds} s, every other one with If-None-Match`);
    const readServer = await measured(() =>
      runLoad(
        { phase: 'readers', readers: readersLoad(app.url, readSeconds * 1000) },
        (warmupSeconds + readSeconds) * 1000,
      ),
    );
    const R = readServer.result.readers as ReadersResult;
    // The floor: the same bytes and headers from bare node:http, to the same clients the same way.
    const floorServer = http.createServer((req, res) => {
      req.resume();
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'public, max-age=60, stale-while-revalidate=600');
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': snapshotBody.length });
      res.end(snapshotBody);
    });
    await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
    cleanups.push({
      name: 'close the floor server',
      run: () => new Promise<void>((ok) => floorServer.close(() => ok())),
    });
    const floorUrl = `http://127.0.0.1:${(floorServer.address() as { port: number }).port}`;
    const readFloor = await measured(() =>
      runLoad(
        { phase: 'readers floor', readers: readersLoad(floorUrl, readSeconds * 1000) },
        (warmupSeconds + readSeconds) * 1000,
      ),
    );
    floorServer.closeAllConnections();
    const RF = readFloor.result.readers as ReadersResult;
    const readFigures = (x: ReadersResult) => {
      const all = stats([...x.full, ...x.notModified]);
      return {
        all,
        full: stats(x.full),
        notModified: stats(x.notModified),
        perSecond: (1000 * all.n) / x.windowMs,
      };
    };
    const RA = readFigures(R);
    const RFA = readFigures(RF);
    if (R.errors) notes.push(`${R.errors} reader requests failed: ${R.firstError}`);
    if (RF.errors) notes.push(`${RF.errors} floor reader requests failed: ${RF.firstError}`);
    log(`   readers/s ${RA.perSecond.toFixed(0)} (floor ${RFA.perSecond.toFixed(0)}), p99 ${fmt(RA.all.p99, 0)} ms`);

    // -- challenges, fetched and solved before anything is timed -----------------------------------------
    const solver = await altcha();
    const submitWarmup = 2;
    const combinedSeconds = warmupSeconds + probeSeconds + 1;
    // Two phases under public load straight to the server, one through nginx.
    const wanted = rate * (submitWarmup + submitSeconds + 3 * combinedSeconds);
    const t0 = now();
    const solved: string[] = [];
    while (solved.length < wanted) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, wanted - solved.length) }, async () => {
          const { publicChallenge } = await post<{ publicChallenge: { json: string } }>(CHALLENGE, {});
          return solver.solve(publicChallenge.json);
        }),
      );
      solved.push(...batch);
    }
    log(`${solved.length} challenges fetched and solved in ${((now() - t0) / 1000).toFixed(1)} s`);
    const bodies = (n: number) =>
      solved
        .splice(0, n)
        .map((challenge) =>
          JSON.stringify({ query: SUBMIT, variables: { input: opinionInput(r, round.slug, passages, challenge) } }),
        );

    // -- 2. senders ------------------------------------------------------------------------------------
    log(`2. submitPublicOpinion at ${rate}/s: ${submitWarmup} s unmeasured, then ${submitSeconds} s`);
    await runLoad(
      {
        phase: 'senders warm-up',
        submit: { url: app.url, bodies: bodies(rate * submitWarmup), rate, delayMs: 0, timeoutMs: requestTimeoutMs },
      },
      submitWarmup * 1000,
    );
    const sendServer = await measured(() =>
      runLoad(
        {
          phase: 'senders',
          submit: { url: app.url, bodies: bodies(rate * submitSeconds), rate, delayMs: 0, timeoutMs: requestTimeoutMs },
        },
        submitSeconds * 1000,
      ),
    );
    const S = sendServer.result.submit as SubmitResult;
    const SA = stats(S.acknowledged);
    if (S.errors) notes.push(`${S.errors} of ${S.sent} opinions were not acknowledged: ${S.firstError}`);
    log(`   acknowledged ${S.acknowledged.length} of ${S.sent}, p99 ${fmt(SA.p99, 0)} ms`);

    // The floor: the rows a submission writes — its spent challenge, the opinion, its event — in
    // one transaction straight to PostgreSQL, at the same rate, from a pool in this process.
    const pool = new pg.Pool({ connectionString: db.databaseUrl, max: 10, application_name: 'gongbian-bench-floor' });
    pool.on('error', () => {});
    cleanups.push({ name: 'close the floor pool', run: () => pool.end() });
    const floorInput = (i: number) => opinionInput(r, round.slug, passages, `floor-${i}-${Math.random()}`);
    const writeFloor = async (i: number) => {
      const o = floorInput(i);
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(
          'INSERT INTO spent_challenge (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
          [o.challenge, new Date(Date.now() + 1_800_000)],
        );
        // Its near-duplicate group, found as the server finds it: candidates by band key, then compared.
        const signature = near.textSignature(o.body);
        const signed = signature.map((h) => h | 0);
        const bands = near.signatureBands(signature);
        const candidates = await c.query<{ cluster_id: string; signature: number[] }>(
          `SELECT cluster_id, signature FROM public_opinion
            WHERE bands && $2::int[] AND consultation_id = $1
            ORDER BY submitted_at DESC LIMIT 50`,
          [round.id, bands],
        );
        const id = randomUUID();
        let cluster: { id: string; similarity: number } | null = null;
        for (const x of candidates.rows) {
          const similarity = near.signatureSimilarity(signed, x.signature);
          if (similarity >= near.NEAR_DUPLICATE && (!cluster || similarity > cluster.similarity))
            cluster = { id: x.cluster_id, similarity };
        }
        const a = o.anchor;
        await c.query(
          `INSERT INTO public_opinion (id, consultation_id, program_id, block_id, anchor_start, anchor_end, quote, prefix, suffix,
                                       body, author_name, identity, contact, receipt, challenge_signature, submitted_at,
                                       cluster_id, signature, bands)
           VALUES ($16, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $17, $18, $19)`,
          [
            round.id,
            programme.id,
            a?.blockId ?? null,
            a?.start ?? null,
            a?.end ?? null,
            a?.quote ?? null,
            a ? '' : null,
            a ? '' : null,
            o.body,
            null,
            o.identity,
            null,
            `FLOR-${String(i).padStart(9, '0')}`,
            o.challenge,
            new Date(),
            id,
            cluster?.id ?? id,
            signed,
            bands,
          ],
        );
        const e = eventInsert([
          {
            programId: programme.id,
            stream: streams.consultation(round.id),
            kind: 'public-opinion.submitted',
            subjectId: id,
            actorId: null,
            summary: '收到一条公众意见（公众）',
            payload: { consultationId: round.id },
            at: new Date(),
          },
        ]);
        await c.query(e.sql, e.params);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    };
    const floorWrites = await measured(async () => {
      const latencies: number[] = [];
      let errors = 0;
      let firstError: string | null = null;
      const start = now();
      const pending: Promise<void>[] = [];
      for (let i = 0; i < rate * submitSeconds; i++) {
        const wait = start + (1000 * i) / rate - now();
        if (wait > 0) await sleep(wait);
        const w0 = now();
        pending.push(
          writeFloor(i).then(
            () => void latencies.push(now() - w0),
            (err: unknown) => {
              errors++;
              firstError ??= err instanceof Error ? err.message : String(err);
            },
          ),
        );
      }
      await Promise.all(pending);
      return { latencies, errors, firstError };
    });
    const SF = stats(floorWrites.result.latencies);
    if (floorWrites.result.errors)
      notes.push(`${floorWrites.result.errors} floor writes failed: ${floorWrites.result.firstError}`);
    log(`   floor: ${SF.n} written, p99 ${fmt(SF.p99, 0)} ms`);

    // -- 3. signed-in users, idle and under the public's load -------------------------------------------
    const probeEmails = ['leader', 'working', 'guicai', 'observer', 'kexin', 'jiuyuan', 'expert', 'admin'];
    const tokens = await Promise.all(
      Array.from({ length: probeClients }, (_, i) => login(`${probeEmails[i % probeEmails.length]}@gongbian.test`)),
    );
    const probeBody = JSON.stringify({ query: DRAFT_READER, variables: { id: draft.id } });
    const runProbe = async (phase: string) => {
      probe.send({
        type: 'probe',
        phase,
        url: app.url,
        tokens,
        body: probeBody,
        thinkMs: probeThinkMs,
        durationMs: probeSeconds * 1000,
        timeoutMs: requestTimeoutMs,
      });
      const done = await probe.next('probeDone', probeSeconds * 1000 + requestTimeoutMs + 10_000);
      if (!done) throw new Error(`the probe did not finish its ${phase} phase`);
      if (done.errors) notes.push(`${phase}: ${done.errors} signed-in requests failed: ${done.firstError}`);
      return done;
    };
    log(
      `3. DraftReader by ${probeClients} signed-in clients (${probeThinkMs} ms between asks): idle ${probeSeconds} s`,
    );
    // Unmeasured first: the code it runs gets compiled.
    for (let i = 0; i < 5; i++) await post(DRAFT_READER, { id: draft.id }, tokens[0]);
    const idle = stats((await runProbe('signed-in idle')).latencies);
    log(`   idle p99 ${fmt(idle.p99, 0)} ms; now with ${readers} readers and ${rate} opinions/s`);
    const combinedMs = probeSeconds * 1000 + 1000;
    /** The probe while the readers (asking again after `thinkMs`; 0: at once) and the senders run. */
    const underPublicLoad = async (phase: string, thinkMs: number, readersUrl = app.url) => {
      const m = await measured(async () => {
        load.send({
          type: 'load',
          phase,
          readers: { ...readersLoad(readersUrl, combinedMs), thinkMs },
          submit: {
            url: app.url,
            bodies: bodies(rate * combinedSeconds),
            rate,
            delayMs: 0,
            timeoutMs: requestTimeoutMs,
          },
        });
        // The probe starts once every reader has connected (the readers' warm-up).
        await sleep(warmupSeconds * 1000 + 500);
        const probed = await runProbe(`signed-in, ${phase}`);
        const done = await load.next('loadDone', combinedMs + requestTimeoutMs + 10_000);
        if (!done) throw new Error(`the load process did not finish its ${phase} phase`);
        return { probed, done };
      });
      const readersDone = m.result.done.readers as ReadersResult;
      const sendersDone = m.result.done.submit as SubmitResult;
      if (readersDone.errors)
        notes.push(`${phase}: ${readersDone.errors} reader requests failed: ${readersDone.firstError}`);
      if (sendersDone.errors)
        notes.push(
          `${phase}: ${sendersDone.errors} of ${sendersDone.sent} opinions not acknowledged: ${sendersDone.firstError}`,
        );
      const probed = stats(m.result.probed.latencies);
      const read = readFigures(readersDone);
      log(
        `   ${phase}: signed-in p99 ${fmt(probed.p99, 0)} ms (×${(probed.p99 / idle.p99).toFixed(1)} idle); readers ${read.perSecond.toFixed(0)}/s, opinions ${sendersDone.acknowledged.length} of ${sendersDone.sent}`,
      );
      return {
        probed,
        read,
        sent: sendersDone.sent,
        acknowledged: stats(sendersDone.acknowledged),
        cpuMs: m.cpuMs,
        ms: m.ms,
        busy: m.busy,
        thinkMs,
      };
    };
    const saturated = await underPublicLoad('readers at once', 0);
    // The same readers at a reading pace: each asks again after about `pacedThinkMs`.
    const paced = await underPublicLoad(`readers every ${(pacedThinkMs / 1000).toFixed(1)} s`, pacedThinkMs);
    // As production runs it: the same readers at once, through nginx with infra/nginx/gongbian.conf
    // (its cache for /public-api/), the signed-in probe and the senders straight to the server.
    let behindNginx: Awaited<ReturnType<typeof underPublicLoad>> | null = null;
    const missing = await missingTools();
    if (missing.includes(NGINX)) {
      notes.push(`nginx not installed (${NGINX}): the row through its cache is left out`);
    } else {
      const address = new URL(app.url).host;
      const nginx = await startNginx(Array.from({ length: UPSTREAM_SERVERS }, () => address));
      try {
        behindNginx = await underPublicLoad('readers at once through nginx', 0, nginx.url);
      } finally {
        await nginx.stop();
      }
    }
    // Idle again: how much the machine's other work moved the floor meanwhile (shown, not used).
    const idleAfter = stats((await runProbe('signed-in idle again')).latencies);
    await load.stop();
    await probe.stop();

    // -- 4. the queue at national scale ------------------------------------------------------------------
    const [{ id: workingId } = { id: '' }] = (
      await sql.query<{ id: string }>("SELECT id FROM person WHERE email = 'working@gongbian.test'")
    ).rows;
    const seedStarted = now();
    // Every text the seed uses, each with its MinHash signature, band keys and near-duplicate
    // group found as the server finds them (the most alike earlier text sharing a band key, if
    // alike enough): the 288 distinct opinions alone and with each of six endings, then the six
    // campaigns with each ending.
    const texts = [
      ...BODIES.flatMap((b) => [b, ...VARIANTS.map((v) => `${b}${v}`)]),
      ...CAMPAIGNS.flatMap((c) => VARIANTS.map((v) => `${c}${v}`)),
    ];
    const byBand = new Map<number, number[]>();
    const seedTexts = texts.map((body, t) => {
      const signature = near.textSignature(body).map((h) => h | 0);
      const bands = near.signatureBands(near.textSignature(body));
      return { t, body, signature, bands, cluster: t };
    });
    for (const x of seedTexts) {
      let best: { cluster: number; similarity: number } | null = null;
      const seen = new Set<number>();
      for (const band of x.bands)
        for (const other of byBand.get(band) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const o = seedTexts[other] as (typeof seedTexts)[number];
          const similarity = near.signatureSimilarity(x.signature, o.signature);
          if (similarity >= near.NEAR_DUPLICATE && (!best || similarity > best.similarity))
            best = { cluster: o.cluster, similarity };
        }
      if (best) x.cluster = best.cluster;
      for (const band of x.bands) byBand.set(band, [...(byBand.get(band) ?? []), x.t]);
    }
    await sql.query(
      `CREATE TEMP TABLE seed_text AS
         SELECT * FROM json_to_recordset($1::json) AS x(t int, body text, signature int[], bands int[], cluster int)`,
      [JSON.stringify(seedTexts)],
    );
    // One statement: 30% in a campaign's words (one of six endings), the rest one of the 288
    // distinct opinions (half with an ending); 60% on a passage of the draft; 12% already
    // rejected; sent over the round's days; a near-duplicate group's id is its first opinion's,
    // as the server's. No events: the queue does not read the log.
    await sql.query('SELECT setseed(0.2020)');
    await sql.query(
      `WITH b AS (
         SELECT array_agg(block_id ORDER BY ord) AS ids, array_agg(text ORDER BY ord) AS texts, count(*)::int AS n
           FROM draft_block WHERE draft_id = $1 AND kind <> 'HEADING' AND length(text) >= 30),
       rows AS (
         SELECT gen_random_uuid() AS id, g,
                CASE WHEN x.on_passage THEN b.ids[x.k] END AS block_id,
                CASE WHEN x.on_passage THEN x.s END AS anchor_start,
                CASE WHEN x.on_passage THEN x.s + x.l END AS anchor_end,
                CASE WHEN x.on_passage THEN substr(b.texts[x.k], x.s + 1, x.l) END AS quote,
                CASE WHEN x.on_passage THEN substr(b.texts[x.k], greatest(1, x.s - 31), least(x.s, 32)) END AS prefix,
                CASE WHEN x.on_passage THEN substr(b.texts[x.k], x.s + x.l + 1, 32) END AS suffix,
                CASE WHEN x.campaign THEN $4::int + floor(x.y * $5::int)::int
                     ELSE floor(x.y * $6::int)::int * $7::int + CASE WHEN x.z < 0.5 THEN 0 ELSE 1 + floor(x.w * ($7::int - 1))::int END
                END AS t,
                x.w, x.rejected
           FROM generate_series(1, $8::int) AS g
           CROSS JOIN b
           CROSS JOIN LATERAL (
             SELECT random() < 0.6 AS on_passage, 1 + floor(random() * b.n)::int AS k, floor(random() * 12)::int AS s,
                    6 + floor(random() * 10)::int AS l, random() < 0.3 AS campaign, random() AS y, random() AS z,
                    random() AS w, random() < 0.12 AS rejected, g AS correlated
           ) AS x)
       INSERT INTO public_opinion (id, consultation_id, program_id, block_id, anchor_start, anchor_end, quote, prefix, suffix,
                                   body, author_name, identity, contact, receipt, status, moderated_by, moderated_at,
                                   moderation_note, version, submitted_at, cluster_id, signature, bands)
       SELECT r.id, $2, $3, r.block_id, r.anchor_start, r.anchor_end, r.quote, r.prefix, r.suffix, st.body,
              CASE WHEN r.w < 0.5 THEN '居民' || (r.g % 997) END,
              ($9::text[])[1 + (r.g % array_length($9::text[], 1))],
              CASE WHEN r.w > 0.8 THEN '1380000' || lpad((r.g % 10000)::text, 4, '0') END,
              'SEED-' || lpad(r.g::text, 9, '0'),
              CASE WHEN r.rejected THEN 'REJECTED' ELSE 'PENDING' END,
              CASE WHEN r.rejected THEN $10::uuid END,
              CASE WHEN r.rejected THEN timestamptz '2020-11-16 09:00+08' END,
              CASE WHEN r.rejected THEN '与规划内容无关' END,
              CASE WHEN r.rejected THEN 2 ELSE 1 END,
              timestamptz '2020-11-10 00:00+08' + (r.g * interval '5 seconds'),
              first_value(r.id) OVER (PARTITION BY st.cluster ORDER BY r.g),
              st.signature, st.bands
         FROM rows r JOIN seed_text st ON st.t = r.t`,
      [
        draft.id,
        round.id,
        programme.id,
        BODIES.length * (VARIANTS.length + 1),
        CAMPAIGNS.length * VARIANTS.length,
        BODIES.length,
        VARIANTS.length + 1,
        opinions,
        IDENTITIES,
        workingId,
      ],
    );
    await sql.query('VACUUM ANALYZE public_opinion');
    const counts = (
      await sql.query<{
        received: number;
        pending: number;
        distinct_bodies: number;
        passages: number;
        clusters: number;
      }>(
        `SELECT count(*)::int AS received, count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
                count(DISTINCT body)::int AS distinct_bodies, count(DISTINCT block_id)::int AS passages,
                count(DISTINCT cluster_id)::int AS clusters
           FROM public_opinion WHERE consultation_id = $1`,
        [round.id],
      )
    ).rows[0] as { received: number; pending: number; distinct_bodies: number; passages: number; clusters: number };
    log(
      `4. seeded: ${counts.received} opinions in the round (${counts.pending} pending, ${counts.distinct_bodies} distinct texts in ${counts.clusters} near-duplicate groups, on ${counts.passages} passages) in ${((now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    // Every statement a request sends, kept per request, to replay as the floor.
    const counter = queryCounter(app.services.ds);
    let capture: { sql: string; params: unknown[] }[] | null = null;
    const counted = counter.logQuery.bind(counter);
    counter.logQuery = ((query: string, parameters?: unknown[]) => {
      capture?.push({ sql: query, params: parameters ?? [] });
      counted();
    }) as typeof counter.logQuery;
    interface Asked<T> {
      ms: number;
      data: T;
      statements: { sql: string; params: unknown[] }[];
    }
    const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<Asked<T>> => {
      capture = [];
      const a0 = now();
      try {
        const data = await post<T>(query, variables, working);
        return { ms: now() - a0, data, statements: capture };
      } finally {
        capture = null;
      }
    };
    const replay = async (statements: { sql: string; params: unknown[] }[]) => {
      const a0 = now();
      for (const s of statements) {
        if (TRANSACTION_CONTROL.test(s.sql)) continue;
        await sql.query(s.sql, s.params as unknown[]);
      }
      return now() - a0;
    };

    /** The slowest of the statements, each replayed alone five times (the median): its time and text. */
    const slowest = async (statements: { sql: string; params: unknown[] }[]) => {
      let worst = { ms: 0, text: '' };
      for (const s of statements) {
        if (TRANSACTION_CONTROL.test(s.sql)) continue;
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const a0 = now();
          await sql.query(s.sql, s.params as unknown[]);
          times.push(now() - a0);
        }
        const ms = stats(times).p50;
        if (ms > worst.ms) worst = { ms, text: s.sql.replace(/\s+/g, ' ').trim() };
      }
      return worst;
    };
    const slowLines: string[] = [];

    type QueuePage = {
      consultation: { pending: number; opinions: { totalCount: number; pageInfo: { endCursor: string | null } } };
    };
    for (let i = 0; i < 3; i++) await ask<QueuePage>(QUEUE, { id: round.id, after: null });
    const queueAsked: Asked<QueuePage>[] = [];
    const firstPages: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < queueAsks; i++) {
      if (i % queuePages === 0) after = null;
      const a: Asked<QueuePage> = await ask<QueuePage>(QUEUE, { id: round.id, after });
      queueAsked.push(a);
      if (after === null) firstPages.push(a.ms);
      after = a.data.consultation.opinions.pageInfo.endCursor;
    }
    const Q = stats(queueAsked.map((a) => a.ms));
    const queueFloor: number[] = [];
    for (const a of queueAsked) queueFloor.push(await replay(a.statements));
    const QF = stats(queueFloor);
    const queueStatements = stats(queueAsked.map((a) => a.statements.length));
    const queueSlowest = await slowest(queueAsked[0]?.statements ?? []);
    slowLines.push(`queue, first page: ${queueSlowest.ms.toFixed(1)} ms  ${queueSlowest.text.slice(0, 160)}`);
    const totalCount = queueAsked[0]?.data.consultation.opinions.totalCount ?? 0;
    log(
      `   queue page (first: 50, pages 1–${queuePages} in turn): p95 ${fmt(Q.p95, 0)} ms over ${Q.n} asks (floor ${fmt(QF.p95, 0)} ms); totalCount ${totalCount}`,
    );

    // -- groups, when the server has them ----------------------------------------------------------------
    // Introspection is off in production: the schema file the server writes says what it has.
    const schemaText = await fs.readFile(path.join(repoRoot, 'apps/server/schema.graphql'), 'utf8');
    const hasGroups = /^\s+groups\(/m.test(schemaText);
    const hasDecide = /^\s+moderatePublicOpinionGroup\(/m.test(schemaText);
    type GroupsPage = {
      consultation: {
        groups: {
          totalCount: number;
          pageInfo: { endCursor: string | null };
          edges: { node: { key: string; count: number; quote: string | null } }[];
        };
      };
    };
    const groupFigures: {
      by: string;
      latency: Stats;
      floor: Stats;
      groups: number;
      largest: number;
      statements: number;
    }[] = [];
    if (hasGroups) {
      for (const by of ['PASSAGE', 'SIMILAR_TEXT']) {
        const q = groupsQuery(by);
        for (let i = 0; i < 3; i++) await ask<GroupsPage>(q, { id: round.id, after: null });
        const asked: Asked<GroupsPage>[] = [];
        let after: string | null = null;
        for (let i = 0; i < groupAsks; i++) {
          if (i % GROUP_PAGES === 0) after = null;
          const a: Asked<GroupsPage> = await ask<GroupsPage>(q, { id: round.id, after });
          asked.push(a);
          after = a.data.consultation.groups.pageInfo.endCursor;
        }
        const floor: number[] = [];
        for (const a of asked) floor.push(await replay(a.statements));
        const page = asked[0]?.data.consultation.groups;
        const worst = await slowest(asked[0]?.statements ?? []);
        slowLines.push(`groups by ${by}, first page: ${worst.ms.toFixed(1)} ms  ${worst.text.slice(0, 160)}`);
        groupFigures.push({
          by,
          latency: stats(asked.map((a) => a.ms)),
          floor: stats(floor),
          groups: page?.totalCount ?? 0,
          largest: page?.edges[0]?.node.count ?? 0,
          statements: stats(asked.map((a) => a.statements.length)).p50,
        });
        log(
          `   groups by ${by} (pages 1–${GROUP_PAGES} in turn): p95 ${fmt(stats(asked.map((a) => a.ms)).p95, 0)} ms; ${page?.totalCount} groups, the largest ${page?.edges[0]?.node.count}`,
        );
      }
    } else notes.push('the server has no `groups` on PublicConsultation yet: only the plain queue was measured');

    // The largest group by similar text (a campaign's near-identical opinions), then the largest
    // of all (by passage: the opinions on the whole draft), each rejected in one action.
    const decisions: { by: string; ms: number; floorMs: number; count: number; statements: number }[] = [];
    for (const by of hasDecide && hasGroups ? ['SIMILAR_TEXT', 'PASSAGE'] : []) {
      const largest = (await ask<GroupsPage>(groupsQuery(by), { id: round.id, after: null })).data.consultation.groups
        .edges[0]?.node;
      if (!largest) continue;
      const note = `基准测试：批量不予采纳 ${by} ${Date.now()}`;
      const a = await ask<unknown>(decideGroup(round.id, largest.key, note, largest.count), {});
      // The floor: the same statements again in a transaction rolled back, on the group's rows put
      // back as they were (found by the decision's note).
      await sql.query('BEGIN');
      let floorMs = Number.NaN;
      try {
        await sql.query(
          `UPDATE public_opinion SET status = 'PENDING', moderated_by = NULL, moderated_at = NULL, moderation_note = NULL,
                  version = version - 1 WHERE consultation_id = $1 AND moderation_note = $2`,
          [round.id, note],
        );
        floorMs = await replay(a.statements);
      } finally {
        await sql.query('ROLLBACK');
      }
      decisions.push({ by, ms: a.ms, floorMs, count: largest.count, statements: a.statements.length });
      log(`   the largest group by ${by} (${largest.count} opinions) rejected in one action: ${fmt(a.ms, 0)} ms`);
    }
    if (hasGroups && !hasDecide) notes.push('the server has no moderatePublicOpinionGroup yet: no group decided');

    // -- the report -------------------------------------------------------------------------------------
    const cores = os.cpus().length;
    const per = (ms: number, n: number) => (n > 0 ? ms / n : Number.NaN);
    const W = 46;
    const line = (label: string, s: Stats, extra = '') =>
      console.log(
        `  ${label.padEnd(W - 2)}${fmt(s.p50)}${fmt(s.p95)}${fmt(s.p99)}${fmt(s.max)}${String(s.n).padStart(8)}${extra}`,
      );
    const head = (label: string) =>
      console.log(
        `${label.padEnd(W)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'n'.padStart(8)}`,
      );
    console.log('');
    console.log(
      `共编 public consultation: a draft of ${draft.blocks.length} blocks (${snapshotBody.length} bytes as served), ${cores} cores, Node ${process.versions.node}, peak 1-minute load ${peakLoad.toFixed(1)}`,
    );
    head(`1. ${readers} readers, ${readSeconds} s (ms)`);
    line('GET /public-api/consultations/<slug>', RA.all, `  ${RA.perSecond.toFixed(0)}/s`);
    line('  of which 200 (full answer)', RA.full);
    line('  of which 304 (If-None-Match)', RA.notModified);
    line('same bytes, bare node:http (floor)', RFA.all, `  ${RFA.perSecond.toFixed(0)}/s`);
    console.log(
      `  server CPU ${per(readServer.cpuMs, R.answered).toFixed(3)} ms/read (event loop busy ${(100 * readServer.busy).toFixed(0)}%), PostgreSQL ${readServer.pgCpuMs.toFixed(0)} ms in all; floor ${per(readFloor.cpuMs, RF.answered).toFixed(3)} ms/read; client process ${per(R.clientCpuMs, R.answered).toFixed(3)} ms/read (floor ${per(RF.clientCpuMs, RF.answered).toFixed(3)}); warm-up included`,
    );
    head(`2. submitPublicOpinion at ${rate}/s, ${submitSeconds} s (ms)`);
    line(`acknowledged (${SA.n} of ${S.sent})`, SA);
    line('same rows straight to PostgreSQL (floor)', SF);
    console.log(
      `  server CPU ${per(sendServer.cpuMs, S.sent).toFixed(2)} ms/opinion, PostgreSQL ${per(sendServer.pgCpuMs, S.sent).toFixed(2)} ms/opinion (floor: ${per(floorWrites.pgCpuMs, SF.n).toFixed(2)}); the sender kept its schedule within ${S.maxSendLagMs.toFixed(0)} ms`,
    );
    head(`3. DraftReader, ${probeClients} signed-in clients (ms)`);
    line('idle (floor)', idle);
    line('  idle again, after the load (for reference)', idleAfter);
    for (const x of [saturated, paced]) {
      line(
        `with ${readers} readers ${x.thinkMs ? `every ~${(x.thinkMs / 1000).toFixed(1)} s` : 'at once'} + ${rate} opinions/s`,
        x.probed,
      );
      line(`  the readers meanwhile (${x.read.perSecond.toFixed(0)}/s)`, x.read.all);
      line(`  the opinions meanwhile (${x.acknowledged.n} of ${x.sent} acknowledged)`, x.acknowledged);
      console.log(
        `  server CPU ${(x.cpuMs / 1000).toFixed(1)} s over ${(x.ms / 1000).toFixed(1)} s (event loop busy ${(100 * x.busy).toFixed(0)}%)`,
      );
    }
    head(`4. the queue, ${counts.received} opinions (ms)`);
    line(`queue page, pages 1–${queuePages} (${queueStatements.p50} statements)`, Q);
    line('  first pages only', stats(firstPages));
    line('  its statements replayed (floor)', QF);
    for (const g of groupFigures) {
      line(`groups by ${g.by} (${g.groups} groups, largest ${g.largest}; ${g.statements} statements)`, g.latency);
      line('  its statements replayed (floor)', g.floor);
    }
    for (const d of decisions)
      console.log(
        `  the largest group by ${d.by}, ${d.count} opinions, rejected in one action: ${d.ms.toFixed(0)} ms (${d.statements} statements; replayed: ${d.floorMs.toFixed(0)} ms)`,
      );
    console.log('the slowest statement of each, replayed alone (median of 5):');
    for (const l of slowLines) console.log(`  ${l}`);
    for (const note of notes) console.log(`NOTE: ${note}`);

    const ms = (s: Stats) => ({ p50: r1(s.p50), p95: r1(s.p95), p99: r1(s.p99), max: r1(s.max), n: s.n });
    const rows: BenchRow[] = [
      benchRow(
        {
          id: 'consultation-readers-per-second',
          figure: `public draft, ${readers} concurrent anonymous readers (half 304): reads/s`,
          goal: '— (higher is better)',
          value: RA.perSecond,
          unit: '/s',
          floor: RFA.perSecond,
          floorName: 'the same bytes on bare node:http',
        },
        0,
      ),
      benchRow(
        {
          id: 'consultation-readers-p95',
          figure: `public draft, ${readers} concurrent readers: p95`,
          goal: '—',
          value: RA.all.p95,
          unit: 'ms',
          floor: RFA.all.p95,
          floorName: 'the same bytes on bare node:http',
        },
        1,
      ),
      benchRow(
        {
          id: 'consultation-readers-p99',
          figure: `public draft, ${readers} concurrent readers: p99`,
          goal: '—',
          value: RA.all.p99,
          unit: 'ms',
          floor: RFA.all.p99,
          floorName: 'the same bytes on bare node:http',
        },
        1,
      ),
      ...(['p50', 'p95', 'p99'] as const).map((p) =>
        benchRow(
          {
            id: `consultation-submit-${p}`,
            figure: `public opinion at ${rate}/s for ${submitSeconds} s: acknowledged ${p}`,
            goal: '“acknowledged fast”',
            value: SA[p],
            unit: 'ms',
            floor: SF[p],
            floorName: 'the same rows straight to PostgreSQL',
          },
          1,
        ),
      ),
      benchRow(
        {
          id: 'consultation-submit-acknowledged',
          figure: `public opinions acknowledged of ${S.sent} sent at ${rate}/s`,
          goal: `all ${S.sent}`,
          value: SA.n,
          unit: 'opinions',
          floor: SF.n,
          floorName: 'written straight to PostgreSQL',
        },
        0,
      ),
      benchRow(
        {
          id: 'consultation-signed-in-p99',
          figure: `signed-in DraftReader p99 while ${readers} readers ask at once + ${rate} opinions/s`,
          goal: '≤ 1.5× idle',
          value: saturated.probed.p99,
          unit: 'ms',
          floor: idle.p99,
          floorName: 'the same, idle',
        },
        1,
      ),
      ...(behindNginx
        ? [
            benchRow(
              {
                id: 'consultation-signed-in-p99-nginx',
                figure: `signed-in DraftReader p99 while ${readers} readers ask at once through nginx's cache (${behindNginx.read.perSecond.toFixed(0)}/s) + ${rate} opinions/s (${behindNginx.acknowledged.n} acknowledged)`,
                goal: '≤ 1.5× idle',
                value: behindNginx.probed.p99,
                unit: 'ms',
                floor: idle.p99,
                floorName: 'the same, idle',
              },
              1,
            ),
          ]
        : []),
      benchRow(
        {
          id: 'consultation-signed-in-p99-paced',
          figure: `signed-in DraftReader p99 while ${readers} readers ask every ~${(paced.thinkMs / 1000).toFixed(1)} s (${paced.read.perSecond.toFixed(0)}/s) + ${rate} opinions/s`,
          goal: '≤ 1.5× idle',
          value: paced.probed.p99,
          unit: 'ms',
          floor: idle.p99,
          floorName: 'the same, idle',
        },
        1,
      ),
      benchRow(
        {
          id: 'consultation-queue-p95',
          figure: `moderation queue page (first 50, paged), ${counts.received} opinions: p95`,
          goal: '≤ 200 ms',
          value: Q.p95,
          unit: 'ms',
          floor: QF.p95,
          floorName: 'its statements replayed straight to PostgreSQL',
        },
        1,
      ),
      ...groupFigures.map((g) =>
        benchRow(
          {
            id: `consultation-groups-${g.by.toLowerCase().replace('_', '-')}-p95`,
            figure: `opinion groups by ${g.by} (first 20), ${counts.received} opinions: p95`,
            goal: '≤ 200 ms',
            value: g.latency.p95,
            unit: 'ms',
            floor: g.floor.p95,
            floorName: 'its statements replayed straight to PostgreSQL',
          },
          1,
        ),
      ),
      ...decisions.map((d) =>
        benchRow(
          {
            id: `consultation-group-decision-${d.by.toLowerCase().replace('_', '-')}`,
            figure: `the largest group by ${d.by} (${d.count} opinions) rejected in one action`,
            goal: 'one action',
            value: d.ms,
            unit: 'ms',
            floor: d.floorMs,
            floorName: 'its statements replayed straight to PostgreSQL (rolled back)',
          },
          0,
        ),
      ),
    ];
    const json = {
      bench: 'consultation',
      readers,
      blocks: draft.blocks.length,
      snapshotBytes: snapshotBody.length,
      read: {
        latencyMs: ms(RA.all),
        fullMs: ms(RA.full),
        notModifiedMs: ms(RA.notModified),
        perSecond: r1(RA.perSecond),
        errors: R.errors,
      },
      readFloor: { latencyMs: ms(RFA.all), perSecond: r1(RFA.perSecond) },
      submit: { rate, seconds: submitSeconds, sent: S.sent, acknowledged: SA.n, latencyMs: ms(SA), floorMs: ms(SF) },
      signedIn: {
        idleMs: ms(idle),
        idleAfterMs: ms(idleAfter),
        underLoadMs: ms(saturated.probed),
        readersMeanwhile: r1(saturated.read.perSecond),
        acknowledgedMeanwhile: saturated.acknowledged.n,
        pacedThinkMs: paced.thinkMs,
        underPacedLoadMs: ms(paced.probed),
        readersMeanwhilePaced: r1(paced.read.perSecond),
        acknowledgedMeanwhilePaced: paced.acknowledged.n,
      },
      queue: {
        opinions: counts.received,
        pending: counts.pending,
        latencyMs: ms(Q),
        floorMs: ms(QF),
        statements: queueStatements.p50,
      },
      groups: groupFigures.map((g) => ({
        by: g.by,
        latencyMs: ms(g.latency),
        floorMs: ms(g.floor),
        groups: g.groups,
        largest: g.largest,
      })),
      decisions: decisions.map((d) => ({ ...d, ms: r1(d.ms), floorMs: r1(d.floorMs) })),
      peakLoad: r1(peakLoad),
      notes,
      rows,
    };
    console.log(JSON.stringify(json));
    return 0;
  });
}

await benchEntry(import.meta.url, main);

import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { WebSocketServer as WebSocketServerType } from 'ws';
import type { App } from '../../apps/server/src/app.js';
import type { Command, Reply } from './fanout.clients.js';
import { benchRow } from './rows.js';
import {
  benchEntry,
  ClientProcess,
  cpuProfileOf,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  now,
  openBenchDatabase,
  openFileLimit,
  r1,
  type Stats,
  sleep,
  startBenchApp,
  stats,
  summariseProfile,
} from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** JS heap and external memory of this process once garbage is collected, bytes. */
async function settledMemory(): Promise<number> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(50);
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

// ---- stage 2: the bench ------------------------------------------------------------------------------
async function main(): Promise<number> {
  const requested = intFromEnv('BENCH_CLIENTS', 1000, 1);
  const rounds = intFromEnv('BENCH_ROUNDS', 20, 1);
  const warmRounds = intFromEnv('BENCH_WARMUP_ROUNDS', 3, 0);
  const roundTimeoutMs = intFromEnv('BENCH_ROUND_TIMEOUT_MS', 30_000, 100);
  // BENCH_PROFILE=1: profile 5 extra rounds and summarise; BENCH_PROFILE=<file>: also save the profile.
  const profileSetting = process.env.BENCH_PROFILE ?? '';
  const profileRounds = profileSetting && profileSetting !== '0' ? 5 : 0;
  const profileFile = profileRounds && profileSetting !== '1' ? path.resolve(profileSetting) : null;
  const deadlineMs = intFromEnv('BENCH_DEADLINE_MS', 300_000, 10_000);
  const notes: string[] = [];

  // Each process holds one side of every socket: N server sides here, N client sides in the
  // client process (the raw phase runs after the graphql-ws clients are closed), plus the database
  // pool, the tailer, the HTTP client and Node's own descriptors.
  const RESERVE = 100;
  const fdLimit = await openFileLimit();
  let clients = requested;
  if (fdLimit !== null && Number.isFinite(fdLimit) && requested + RESERVE > fdLimit) {
    clients = Math.max(1, fdLimit - RESERVE);
    notes.push(
      `open-file limit (ulimit -n) is ${fdLimit}: each process needs about N + ${RESERVE} descriptors, so N is ${clients}, not ${requested}. Raise it with \`ulimit -n ${requested + RESERVE}\`.`,
    );
  }
  const fdText = fdLimit === null ? 'unknown' : String(fdLimit);

  const harness = new Harness(deadlineMs);
  const { cleanups } = harness;

  return harness.run(async () => {
    const started = now();
    const log = (line: string) => console.log(`[${((now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
    const { WebSocketServer } = await import('ws');

    // -- the database ------------------------------------------------------------------------------
    const db = await openBenchDatabase(harness, log);

    // -- the server ----------------------------------------------------------------------------------
    const app: App = await startBenchApp(harness, db);
    log(`server at ${app.url}`);

    // When the tailer hands each event to the process's listeners: registered before any
    // subscriber's, so it runs first, at the start of the fan-out.
    const tailedAt = new Map<string, number>();
    app.services.tailer.on((e) => {
      tailedAt.set(e.cursor, now());
    });
    // When a write's transaction has committed: runMutation rings the doorbell right after the
    // commit (and the doorbell wakes this process's tailer). Wrapped on the instance, not edited.
    const doorbell = app.services.doorbell;
    const ring = doorbell.ring.bind(doorbell);
    let committedAt = Number.NaN;
    doorbell.ring = () => {
      committedAt = now();
      ring();
    };

    const { post, login } = graphqlPoster(app.url);

    const leader = await login('leader@gongbian.test');
    // The subscribers: the demo's people who read the overview, each holding many sockets.
    const viewers = [leader];
    for (const who of ['guicai', 'kexin', 'jiuyuan', 'expert', 'observer'])
      viewers.push(await login(`${who}@gongbian.test`));
    const working = await login('working@gongbian.test');
    const programs = (
      await post<{ programs: unknown }>('{ programs { id phases { milestones { id status } } } }', {}, working)
    ).programs as {
      id: string;
      phases: { milestones: { id: string; status: string }[] }[];
    }[];
    const programId = programs[0]?.id;
    const milestoneId = programs[0]?.phases.flatMap((p) => p.milestones)[0]?.id;
    if (!programId || !milestoneId) throw new Error('the demo programme has no milestone');

    const statuses = ['IN_PROGRESS', 'BLOCKED'];
    let mutations = 0;
    const MUTATION =
      'mutation($id: ID!, $s: WorkStatus!) { updateMilestone(input: { milestoneId: $id, status: $s }) { milestone { id status } } }';
    /** One write as working@; when it was sent, committed, and answered. */
    const mutate = async () => {
      const status = statuses[mutations++ % 2] as string;
      committedAt = Number.NaN;
      const sent = now();
      await post(MUTATION, { id: milestoneId, s: status }, working);
      return { sent, committed: committedAt, responded: now() };
    };

    // -- the client process ---------------------------------------------------------------------------
    const kids = new ClientProcess<Command, Reply>(path.join(here, 'fanout.clients.ts'));
    cleanups.push({ name: 'stop the client process', run: () => kids.stop() });

    /** One round: the client process is told to expect, `fire` makes the event, the arrivals come back. */
    const measure = async <T>(round: number, expected: number, timeoutMs: number, fire: () => Promise<T>) => {
      kids.send({ type: 'expect', round, expected });
      if (!(await kids.next('expecting', 10_000))) throw new Error('the client process did not answer');
      const elu0 = performance.eventLoopUtilization();
      const cpu0 = process.cpuUsage();
      const t0 = now();
      const fired = await fire();
      let arrived = await kids.next('arrived', Math.max(0, timeoutMs - (now() - t0)));
      const timedOut = !arrived;
      if (!arrived) {
        kids.send({ type: 'collect', round });
        arrived = await kids.next('arrived', 10_000);
        if (!arrived) throw new Error('the client process did not report');
      }
      const cpu = process.cpuUsage(cpu0);
      const elu = performance.eventLoopUtilization(elu0);
      return { fired, arrived, timedOut, cpuMs: (cpu.user + cpu.system) / 1000, busyMs: elu.active };
    };

    // -- phase 1: graphql-ws ------------------------------------------------------------------------
    const memBeforeGql = await settledMemory();
    log(`opening ${clients} graphql-ws clients (ulimit -n ${fdText})`);
    kids.send({
      type: 'open-gql',
      url: app.url,
      tokens: viewers,
      programId,
      n: clients,
      batch: 100,
      timeoutMs: 60_000,
    });
    const opened = await kids.next('opened', 70_000);
    if (!opened) throw new Error('the client process did not open its clients in 70 s');
    log(
      `${opened.connected} connected, ${opened.failed} failed in ${opened.ms.toFixed(0)} ms${opened.firstError ? ` (first error: ${opened.firstError})` : ''}`,
    );
    if (opened.failed > 0)
      notes.push(`${opened.failed} of ${clients} graphql-ws clients failed to connect: ${opened.firstError}`);
    const gqlClients = opened.connected;
    if (gqlClients === 0) throw new Error('no graphql-ws client connected');

    // Warm-up: a subscription is live only once the server has run its subscribe resolver, and
    // nothing tells the client when; write until one event reaches every client.
    let sample: string | null = null;
    let subscribed = 0;
    const warmStart = now();
    for (let attempt = 0; attempt < 10 && now() - warmStart < 30_000; attempt++) {
      const w = await measure(-1 - attempt, gqlClients, 5_000, mutate);
      sample ??= w.arrived.sample;
      subscribed = w.arrived.count;
      if (subscribed >= gqlClients) break;
    }
    log(`warm-up: ${subscribed} of ${gqlClients} subscribers received an event (${(now() - warmStart).toFixed(0)} ms)`);
    if (subscribed < gqlClients)
      notes.push(`only ${subscribed} of ${gqlClients} subscriptions went live within the warm-up`);
    const gqlExpected = Math.max(1, subscribed);
    // What an idle subscriber holds in the server: the memory the open, subscribed sockets added.
    const gqlMemoryPerSub = (await settledMemory()) - memBeforeGql;

    const gql = {
      fromCommit: [] as number[],
      fromResponse: [] as number[],
      fromSend: [] as number[],
      fromTail: [] as number[],
      mutation: [] as number[],
      commitAfterSend: [] as number[],
      tailAfterCommit: [] as number[],
      responseAfterTail: [] as number[],
      spread: [] as number[],
      cpuMs: [] as number[],
      busyMs: [] as number[],
      clientCpuMs: [] as number[],
      missing: 0,
      mismatched: 0,
      timeouts: 0,
      errors: 0,
    };
    const runGqlRound = async (round: number) => {
      const m = await measure(round, gqlExpected, roundTimeoutMs, mutate);
      const { sent, committed, responded } = m.fired;
      const a = m.arrived;
      const tailed = a.key ? tailedAt.get(a.key) : undefined;
      const got = a.times.filter((t): t is number => t !== null);
      return { m, sent, committed, responded, a, tailed, got };
    };
    for (let r = 0; r < warmRounds; r++) {
      await runGqlRound(-100 - r);
      await sleep(100);
    }
    log(
      `measuring ${rounds} rounds (after ${warmRounds} unmeasured): one updateMilestone each, to ${gqlExpected} subscribers`,
    );
    for (let r = 0; r < rounds; r++) {
      const { m, sent, committed, responded, a, tailed, got } = await runGqlRound(r);
      gql.mutation.push(responded - sent);
      for (const t of got) {
        if (Number.isFinite(committed)) gql.fromCommit.push(t - committed);
        gql.fromResponse.push(t - responded);
        gql.fromSend.push(t - sent);
        if (tailed !== undefined) gql.fromTail.push(t - tailed);
      }
      if (Number.isFinite(committed)) gql.commitAfterSend.push(committed - sent);
      if (tailed !== undefined) {
        if (Number.isFinite(committed)) gql.tailAfterCommit.push(tailed - committed);
        gql.responseAfterTail.push(responded - tailed);
      }
      if (got.length) gql.spread.push(Math.max(...got) - Math.min(...got));
      gql.cpuMs.push(m.cpuMs);
      gql.busyMs.push(m.busyMs);
      gql.clientCpuMs.push(a.clientCpuMs);
      gql.missing += gqlExpected - a.count;
      gql.mismatched += a.mismatched;
      gql.errors += a.errors;
      if (m.timedOut) {
        gql.timeouts++;
        log(`round ${r}: timed out after ${roundTimeoutMs} ms with ${a.count} of ${gqlExpected} arrived`);
      }
      await sleep(100);
    }
    log(
      `graphql-ws: p50 ${fmt(stats(gql.fromCommit).p50, 0)} ms after the commit; mutation ${fmt(stats(gql.mutation).p50, 0)} ms`,
    );

    // Optional: where the server's time goes, from a CPU profile of extra rounds (not counted above).
    let profileLines: string[] = [];
    if (profileRounds > 0) {
      const profile = await cpuProfileOf(async () => {
        for (let r = 0; r < profileRounds; r++) {
          await runGqlRound(1000 + r);
          await sleep(100);
        }
      }, profileFile);
      if (profileFile) notes.push(`CPU profile saved to ${profileFile} (open it in Chrome DevTools)`);
      profileLines = [
        `CPU profile of the server thread over ${profileRounds} extra graphql-ws rounds:`,
        ...summariseProfile(profile),
      ];
    }

    kids.send({ type: 'close', timeoutMs: 10_000 });
    const closedGql = await kids.next('closed', 15_000);
    log(`graphql-ws clients closed (${closedGql ? `${closedGql.ms.toFixed(0)} ms` : 'no answer in 15 s'})`);

    // The same write with no subscriber: the server CPU a mutation costs by itself, to take out of
    // the per-subscriber figure.
    const bareCpuMs: number[] = [];
    const bareMutation: number[] = [];
    for (let r = -warmRounds; r < rounds; r++) {
      const cpu0 = process.cpuUsage();
      const { sent, responded } = await mutate();
      await app.services.tailer.wake();
      const cpu = process.cpuUsage(cpu0);
      if (r >= 0) {
        bareCpuMs.push((cpu.user + cpu.system) / 1000);
        bareMutation.push(responded - sent);
      }
      await sleep(20);
    }

    // -- phase 2: raw ws, the same bytes --------------------------------------------------------------
    if (!sample) {
      notes.push('no graphql-ws message was captured; the raw payload is a reconstruction');
      sample = JSON.stringify({
        id: '00000000-0000-4000-8000-000000000000',
        type: 'next',
        payload: { data: { programEvents: { cursor: '0.0', activity: { id: 'x', summary: 'x'.repeat(60) } } } },
      });
    }
    const payload = sample;
    const wss: WebSocketServerType = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push({
      name: 'close the raw ws server',
      run: () =>
        new Promise<void>((resolve) => {
          for (const s of wss.clients) s.terminate();
          wss.close(() => resolve());
        }),
    });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', () => resolve());
      wss.once('error', reject);
    });
    const rawPort = (wss.address() as { port: number }).port;
    const memBeforeRaw = await settledMemory();
    log(`raw ws server on 127.0.0.1:${rawPort}; opening ${clients} raw clients`);
    kids.send({ type: 'open-raw', url: `ws://127.0.0.1:${rawPort}`, n: clients, batch: 100, timeoutMs: 60_000 });
    const rawOpened = await kids.next('opened', 70_000);
    if (!rawOpened) throw new Error('the client process did not open its raw clients in 70 s');
    for (let i = 0; i < 50 && wss.clients.size < rawOpened.connected; i++) await sleep(100);
    const rawMemory = (await settledMemory()) - memBeforeRaw;
    log(
      `${rawOpened.connected} connected, ${rawOpened.failed} failed in ${rawOpened.ms.toFixed(0)} ms; server sees ${wss.clients.size}`,
    );
    if (rawOpened.failed > 0) notes.push(`${rawOpened.failed} raw clients failed to connect: ${rawOpened.firstError}`);

    const raw = {
      fromSend: [] as number[],
      sendLoop: [] as number[],
      spread: [] as number[],
      cpuMs: [] as number[],
      clientCpuMs: [] as number[],
      missing: 0,
      timeouts: 0,
    };
    const rawExpected = Math.max(1, Math.min(rawOpened.connected, wss.clients.size));
    for (let r = -warmRounds; r < rounds; r++) {
      const m = await measure(2000 + r, rawExpected, roundTimeoutMs, async () => {
        const sent = now();
        for (const s of wss.clients) s.send(payload);
        return { sent, looped: now() };
      });
      if (r < 0) {
        await sleep(100);
        continue; // warming up, like the graphql-ws phase
      }
      raw.sendLoop.push(m.fired.looped - m.fired.sent);
      const got = m.arrived.times.filter((t): t is number => t !== null);
      for (const t of got) raw.fromSend.push(t - m.fired.sent);
      if (got.length) raw.spread.push(Math.max(...got) - Math.min(...got));
      raw.cpuMs.push(m.cpuMs);
      raw.clientCpuMs.push(m.arrived.clientCpuMs);
      raw.missing += rawExpected - m.arrived.count;
      if (m.timedOut) {
        raw.timeouts++;
        log(`raw round ${r}: timed out with ${m.arrived.count} of ${rawExpected} arrived`);
      }
      await sleep(100);
    }
    kids.send({ type: 'close', timeoutMs: 10_000 });
    await kids.next('closed', 15_000);
    await kids.stop();
    log('raw clients closed');

    // -- the report ---------------------------------------------------------------------------------
    const S = {
      gqlFromCommit: stats(gql.fromCommit),
      gqlFromResponse: stats(gql.fromResponse),
      gqlFromSend: stats(gql.fromSend),
      gqlFromTail: stats(gql.fromTail),
      raw: stats(raw.fromSend),
      mutation: stats(gql.mutation),
      commitAfterSend: stats(gql.commitAfterSend),
      tailAfterCommit: stats(gql.tailAfterCommit),
      responseAfterTail: stats(gql.responseAfterTail),
      spread: stats(gql.spread),
      rawSpread: stats(raw.spread),
      rawLoop: stats(raw.sendLoop),
      gqlClientCpu: stats(gql.clientCpuMs),
      rawClientCpu: stats(raw.clientCpuMs),
      gqlCpu: stats(gql.cpuMs),
      bareCpu: stats(bareCpuMs),
      bareMutation: stats(bareMutation),
      gqlBusy: stats(gql.busyMs),
      rawCpu: stats(raw.cpuMs),
    };
    const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? a / b : Number.NaN);
    const W = 44;
    const row = (label: string, s: Stats, base?: Stats) =>
      `  ${label.padEnd(W)}${fmt(s.p50)}${fmt(s.p99)}${fmt(s.max)}${String(s.n).padStart(7)}` +
      (base
        ? `  ${fmt(ratio(s.p50, base.p50), 6)}${fmt(ratio(s.p99, base.p99), 6)}${fmt(ratio(s.max, base.max), 6)}`
        : '');
    const head = (title: string, ratios = false) =>
      `${title.padEnd(W + 2)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'n'.padStart(7)}` +
      (ratios ? `  ${'÷raw: p50'.padStart(10)}${'p99'.padStart(6)}${'max'.padStart(6)}` : '');
    /** µs of server CPU per subscriber per event: the round's, less what the write costs alone. */
    const perSub = (cpu: Stats, n: number, alone = 0) => (1000 * Math.max(0, cpu.p50 - alone)) / n;
    const gqlPerSub = perSub(S.gqlCpu, gqlExpected, Number.isFinite(S.bareCpu.p50) ? S.bareCpu.p50 : 0);
    const rawPerSub = perSub(S.rawCpu, rawExpected);

    console.log('');
    console.log(
      `共编 fan-out: one event to ${gqlExpected} graphql-ws subscribers vs ${rawExpected} raw ws sockets, ${rounds} rounds (+${warmRounds} warm-up), ` +
        `payload ${Buffer.byteLength(payload)} B, ulimit -n ${fdText}, ${os.cpus().length} cores, Node ${process.versions.node}`,
    );
    console.log(head('delivery to each subscriber (ms)', true));
    console.log(row('graphql-ws, from commit', S.gqlFromCommit, S.raw));
    console.log(row('graphql-ws, from tailer hand-off', S.gqlFromTail, S.raw));
    console.log(row('graphql-ws, from mutation response arriving', S.gqlFromResponse));
    console.log(row('graphql-ws, from mutation request sent', S.gqlFromSend));
    console.log(row('raw ws, from broadcast start', S.raw));
    console.log(head('per round (ms)'));
    console.log(row('mutation request → response', S.mutation));
    console.log(row('  the same with no subscriber', S.bareMutation));
    console.log(row('  request → commit', S.commitAfterSend));
    console.log(row('  commit → tailer hand-off', S.tailAfterCommit));
    console.log(row('  tailer hand-off → response arrives', S.responseAfterTail));
    console.log(row('graphql-ws first → last arrival', S.spread));
    console.log(row('raw ws first → last arrival', S.rawSpread));
    console.log(row('raw ws send loop, server side', S.rawLoop));
    console.log(row('server CPU, graphql-ws round', S.gqlCpu));
    console.log(row('server event loop busy, graphql-ws round', S.gqlBusy));
    console.log(row('server CPU, the mutation with no subscriber', S.bareCpu));
    console.log(row('server CPU, raw ws round', S.rawCpu));
    console.log(row('client process CPU, graphql-ws round', S.gqlClientCpu));
    console.log(row('client process CPU, raw ws round', S.rawClientCpu));
    console.log(
      `server CPU per subscriber per event (p50 rounds, less the bare mutation): graphql-ws ${gqlPerSub.toFixed(1)} µs, raw ws ${rawPerSub.toFixed(1)} µs (×${ratio(gqlPerSub, rawPerSub).toFixed(1)})`,
    );
    const kb = (bytes: number, n: number) => bytes / 1024 / Math.max(1, n);
    console.log(
      `server memory per idle subscriber (JS heap + external, after GC): graphql-ws ${kb(gqlMemoryPerSub, gqlExpected).toFixed(1)} KB, raw ws socket ${kb(rawMemory, rawExpected).toFixed(1)} KB`,
    );
    console.log(
      `missing arrivals: graphql-ws ${gql.missing}, raw ${raw.missing}; rounds timed out: ${gql.timeouts} + ${raw.timeouts}; subscription errors ${gql.errors}; messages from another round ${gql.mismatched}`,
    );
    console.log(
      'commit = runMutation ringing the doorbell after COMMIT; the tailer is woken there, so the fan-out runs on the same event loop before the HTTP response is written: "from response" figures are small or negative.',
    );
    console.log(
      'Client sockets live in a separate process (fanout.clients.ts; each process needs about N+100 descriptors); raw clients JSON.parse each message as graphql-ws clients do.',
    );
    for (const line of profileLines) console.log(line);
    for (const note of notes) console.log(`NOTE: ${note}`);

    const pick = (s: Stats) => ({ p50: r1(s.p50), p99: r1(s.p99), max: r1(s.max), n: s.n });
    const ratios = (s: Stats) => ({
      p50: r1(ratio(s.p50, S.raw.p50)),
      p99: r1(ratio(s.p99, S.raw.p99)),
      max: r1(ratio(s.max, S.raw.max)),
    });
    const json = {
      bench: 'fanout',
      clients: { requested, graphqlWs: gqlExpected, raw: rawExpected },
      rounds,
      warmupRounds: warmRounds,
      payloadBytes: Buffer.byteLength(payload),
      ulimitN: fdLimit === null ? null : Number.isFinite(fdLimit) ? fdLimit : 'unlimited',
      graphqlWsDeliveryFromCommitMs: pick(S.gqlFromCommit),
      graphqlWsDeliveryFromTailerMs: pick(S.gqlFromTail),
      graphqlWsDeliveryFromResponseMs: pick(S.gqlFromResponse),
      graphqlWsDeliveryFromSendMs: pick(S.gqlFromSend),
      rawWsDeliveryMs: pick(S.raw),
      ratioGraphqlFromCommitToRaw: ratios(S.gqlFromCommit),
      ratioGraphqlFromTailerToRaw: ratios(S.gqlFromTail),
      mutationRoundTripMs: pick(S.mutation),
      commitToTailerMs: pick(S.tailAfterCommit),
      serverCpuPerRoundMs: { graphqlWs: r1(S.gqlCpu.p50), raw: r1(S.rawCpu.p50) },
      clientProcessCpuPerRoundMs: { graphqlWs: r1(S.gqlClientCpu.p50), raw: r1(S.rawClientCpu.p50) },
      mutationWithoutSubscribersMs: pick(S.bareMutation),
      serverCpuPerMutationAloneMs: r1(S.bareCpu.p50),
      serverCpuPerSubscriberUs: { graphqlWs: r1(gqlPerSub), raw: r1(rawPerSub) },
      missing: { graphqlWs: gql.missing, raw: raw.missing },
      timedOutRounds: { graphqlWs: gql.timeouts, raw: raw.timeouts },
      serverMemoryPerIdleSubscriberKb: {
        graphqlWs: r1(kb(gqlMemoryPerSub, gqlExpected)),
        raw: r1(kb(rawMemory, rawExpected)),
      },
      notes,
      rows: [
        benchRow({
          id: `fanout-cpu-${gqlExpected}`,
          figure: `fan-out CPU per event per subscriber, ${gqlExpected} subscribers (the web's ProgramEvents)`,
          goal: '≤ 1.5× floor',
          value: gqlPerSub,
          unit: 'µs',
          floor: rawPerSub,
          floorName: 'a raw ws broadcast of the same frame',
        }),
        benchRow({
          id: `fanout-p99-${gqlExpected}`,
          figure: `mutation → all ${gqlExpected} subscribers, p99`,
          goal: gqlExpected >= 10_000 ? '≤ 400 ms or ≤ 1.3× floor' : '≤ 50 ms',
          value: S.gqlFromCommit.p99,
          unit: 'ms',
          floor: S.raw.p99,
          floorName: 'a raw ws broadcast of the same frame, p99',
        }),
        benchRow({
          id: `idle-subscriber-memory-${gqlExpected}`,
          figure: `server memory per idle subscriber, ${gqlExpected} subscribers`,
          goal: '≤ 30 KB (at ≥ 20,000 per process)',
          value: kb(gqlMemoryPerSub, gqlExpected),
          unit: 'KB',
          floor: kb(rawMemory, rawExpected),
          floorName: 'a raw ws socket',
        }),
      ],
    };
    console.log(JSON.stringify(json));
    return 0;
  });
}

await benchEntry(import.meta.url, main);

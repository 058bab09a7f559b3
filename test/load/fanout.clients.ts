/**
 * The client side of fanout.bench.ts, in a process of its own (forked by the bench), so that the
 * subscribers' own work (frame parsing, JSON, graphql-ws bookkeeping) runs on the other core and
 * not on the server's event loop. Arrival times use process.hrtime (CLOCK_MONOTONIC), which is the
 * same clock in every process on the machine, so the bench can subtract its own timestamps.
 *
 * It speaks to the bench over the IPC channel only; see the Command / Reply types.
 */
import { readFileSync } from 'node:fs';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type Command =
  | { type: 'open-gql'; url: string; tokens: string[]; programId: string; n: number; batch: number; timeoutMs: number }
  | { type: 'open-raw'; url: string; n: number; batch: number; timeoutMs: number }
  | { type: 'expect'; round: number; expected: number }
  | { type: 'collect'; round: number }
  | { type: 'close'; timeoutMs: number }
  | { type: 'exit' };

export type Reply =
  | { type: 'opened'; kind: 'gql' | 'raw'; connected: number; failed: number; ms: number; firstError: string | null }
  | { type: 'expecting'; round: number }
  | {
      type: 'arrived';
      round: number;
      /** Arrival time per client (ms on the hrtime clock); null where nothing arrived. */
      times: (number | null)[];
      count: number;
      /** The event cursor most clients saw, and how many saw something else. */
      key: string | null;
      mismatched: number;
      /** The exact text of one `next` message a graphql-ws client received (first gql round only). */
      sample: string | null;
      errors: number;
      /** CPU this (client) process used from `expect` to the report, ms. */
      clientCpuMs: number;
    }
  | { type: 'closed'; ms: number }
  | { type: 'fatal'; message: string };

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

// The web app's own subscription (the overview's feed), as the browser sends it.
const web = (file: string) => readFileSync(new URL(`../../apps/web/src/${file}`, import.meta.url), 'utf8');
const SUBSCRIPTION = web('pages/overview/ProgramEvents.graphql') + web('components/activity/ActivityItem.graphql');

function send(reply: Reply): void {
  process.send?.(reply);
}

// ---- the round being measured --------------------------------------------------------------
let n = 0;
let expected = 0;
let round = -1;
let times: (number | null)[] = [];
let keys: (string | null)[] = [];
let count = 0;
let errors = 0;
let sample: string | null = null;
let wantSample = false;
let reported = true;
let cpuAtExpect = process.cpuUsage();

function report(): void {
  if (reported) return;
  reported = true;
  const tally = new Map<string, number>();
  for (const k of keys) if (k !== null) tally.set(k, (tally.get(k) ?? 0) + 1);
  let key: string | null = null;
  let most = 0;
  for (const [k, c] of tally) if (c > most) [key, most] = [k, c];
  const cpu = process.cpuUsage(cpuAtExpect);
  const clientCpuMs = (cpu.user + cpu.system) / 1000;
  send({ type: 'arrived', round, times, count, key, mismatched: count - most, sample, errors, clientCpuMs });
  if (sample) wantSample = false;
}

function arrive(i: number, key: string): void {
  const t = now();
  if (reported || times[i] !== null) return;
  times[i] = t;
  keys[i] = key;
  count++;
  if (count >= expected) report();
}

// ---- graphql-ws clients ----------------------------------------------------------------------
let gqlClients: Client[] = [];
let gqlDisposers: (() => void)[] = [];

/** A WebSocket that keeps the text of the first `next` message it receives (for client 0 only). */
class CapturingWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', (data) => {
      if (!wantSample || sample) return;
      const text = data.toString();
      if (text.includes('"type":"next"')) sample = text;
    });
  }
}

async function openGql(c: Extract<Command, { type: 'open-gql' }>): Promise<void> {
  const started = now();
  const deadline = started + c.timeoutMs;
  let connected = 0;
  let failed = 0;
  let firstError: string | null = null;
  const fail = (e: unknown) => {
    failed++;
    firstError ??= e instanceof Error ? e.message : JSON.stringify(e);
  };
  wantSample = true;
  for (let base = 0; base < c.n && now() < deadline; base += c.batch) {
    const batch: Promise<void>[] = [];
    for (let i = base; i < Math.min(c.n, base + c.batch); i++) {
      batch.push(
        new Promise<void>((resolve) => {
          let settled = false;
          const settle = (ok: boolean, e?: unknown) => {
            if (settled) return;
            settled = true;
            if (ok) connected++;
            else fail(e);
            resolve();
          };
          const client = createClient({
            url: `${c.url.replace(/^http/, 'ws')}/graphql`,
            webSocketImpl: i === 0 ? CapturingWebSocket : WebSocket,
            // Subscribers are the demo's people in turn: several people, of several visibility classes.
            connectionParams: { authorization: `Bearer ${c.tokens[i % c.tokens.length]}` },
            retryAttempts: 0,
            lazy: true,
            on: {
              connected: () => settle(true),
              closed: (e) => settle(false, e instanceof Error ? e : { code: (e as { code?: number })?.code }),
              error: (e) => settle(false, e),
            },
          });
          gqlClients[i] = client;
          gqlDisposers[i] = client.subscribe<{ programEvents: { cursor: string } }>(
            { query: SUBSCRIPTION, variables: { programId: c.programId, after: null } },
            {
              next: (v) => {
                if (v.errors) errors++;
                const cursor = v.data?.programEvents?.cursor;
                if (cursor) arrive(i, cursor);
              },
              error: (e) => {
                errors++;
                settle(false, e);
              },
              complete: () => {},
            },
          );
          setTimeout(
            () => settle(false, new Error('no connection_ack in time')),
            Math.max(0, deadline - now()),
          ).unref();
        }),
      );
    }
    await Promise.all(batch);
  }
  send({ type: 'opened', kind: 'gql', connected, failed, ms: now() - started, firstError });
}

// ---- raw ws clients ---------------------------------------------------------------------------
let rawSockets: WebSocket[] = [];

async function openRaw(c: Extract<Command, { type: 'open-raw' }>): Promise<void> {
  const started = now();
  const deadline = started + c.timeoutMs;
  let connected = 0;
  let failed = 0;
  let firstError: string | null = null;
  for (let base = 0; base < c.n && now() < deadline; base += c.batch) {
    const batch: Promise<void>[] = [];
    for (let i = base; i < Math.min(c.n, base + c.batch); i++) {
      batch.push(
        new Promise<void>((resolve) => {
          const socket = new WebSocket(c.url);
          rawSockets[i] = socket;
          const timer = setTimeout(
            () => {
              failed++;
              firstError ??= 'no open in time';
              resolve();
            },
            Math.max(0, deadline - now()),
          );
          timer.unref();
          socket.once('open', () => {
            clearTimeout(timer);
            connected++;
            resolve();
          });
          socket.once('error', (e) => {
            clearTimeout(timer);
            failed++;
            firstError ??= e.message;
            resolve();
          });
          // The same client-side work a graphql-ws client does at the least: decode and parse.
          socket.on('message', (data) => {
            const msg = JSON.parse(data.toString()) as { payload?: { data?: { programEvents?: { cursor?: string } } } };
            arrive(i, msg.payload?.data?.programEvents?.cursor ?? '?');
          });
        }),
      );
    }
    await Promise.all(batch);
  }
  send({ type: 'opened', kind: 'raw', connected, failed, ms: now() - started, firstError });
}

async function closeAll(timeoutMs: number): Promise<void> {
  const started = now();
  for (const d of gqlDisposers) d?.();
  const closing: Promise<unknown>[] = [];
  for (const client of gqlClients) if (client) closing.push(Promise.resolve(client.dispose()));
  for (const s of rawSockets) {
    if (!s || s.readyState === WebSocket.CLOSED) continue;
    closing.push(
      new Promise<void>((resolve) => {
        s.once('close', () => resolve());
        s.close();
      }),
    );
  }
  await Promise.race([Promise.allSettled(closing), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  for (const s of rawSockets) if (s && s.readyState !== WebSocket.CLOSED) s.terminate();
  gqlClients = [];
  gqlDisposers = [];
  rawSockets = [];
  send({ type: 'closed', ms: now() - started });
}

process.on('message', (raw) => {
  const c = raw as Command;
  const run = async () => {
    switch (c.type) {
      case 'open-gql':
        n = c.n;
        return openGql(c);
      case 'open-raw':
        n = c.n;
        return openRaw(c);
      case 'expect':
        round = c.round;
        expected = Math.min(c.expected, n);
        times = new Array<number | null>(n).fill(null);
        keys = new Array<string | null>(n).fill(null);
        count = 0;
        errors = 0;
        reported = false;
        cpuAtExpect = process.cpuUsage();
        send({ type: 'expecting', round });
        return;
      case 'collect':
        if (c.round === round) report();
        return;
      case 'close':
        return closeAll(c.timeoutMs);
      case 'exit':
        process.disconnect?.();
        process.exit(0);
    }
  };
  run().catch((err: unknown) =>
    send({ type: 'fatal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});

// The bench went away (crashed or killed): nothing to measure for, so leave too.
process.on('disconnect', () => process.exit(0));

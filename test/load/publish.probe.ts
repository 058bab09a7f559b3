/**
 * The watcher side of publish.bench.ts, in a process of its own (forked by the bench) so that its
 * own work never lands on the server's event loop. While told to, it asks /healthz every 20 ms
 * and, every 100 ms, makes an unrelated write (a research topic's progress note) and times until
 * that write's event arrives on a programEvents subscription: what a person on another page of
 * the same programme would notice while a large draft is being published.
 *
 * Times are process.hrtime (CLOCK_MONOTONIC), the same clock in every process on the machine, so
 * the bench can line them up with its own.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type Command =
  | {
      type: 'open';
      url: string;
      /** The subscriber's and the writer's sessions. */
      readerToken: string;
      writerToken: string;
      programId: string;
      topic: { id: string; status: string };
    }
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'exit' };

export interface Sample {
  /** When it was sent (hrtime ms). */
  at: number;
  ms: number;
}

export type Reply =
  | { type: 'opened' }
  | { type: 'started' }
  | {
      type: 'stopped';
      healthz: Sample[];
      /** Write sent → its event received; `ms` null when it never arrived before stop. */
      delivery: { at: number; ms: number | null; writeMs: number | null }[];
      failures: number;
    }
  | { type: 'fatal'; message: string };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const send = (reply: Reply) => process.send?.(reply);

const SUBSCRIPTION =
  'subscription($id: ID!) { programEvents(programId: $id) { cursor activity { id subjectId summary } } }';
const WRITE = `mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { topic { id } } }`;

let opened: Extract<Command, { type: 'open' }> | null = null;
let client: Client | null = null;
let running = false;
let healthz: Sample[] = [];
let delivery: { at: number; ms: number | null; writeMs: number | null }[] = [];
let failures = 0;
/** The write waiting for its event: resolved by the subscription. */
let awaiting: { subjectId: string; resolve: () => void } | null = null;
let loops: Promise<void>[] = [];

async function open(c: Extract<Command, { type: 'open' }>): Promise<void> {
  opened = c;
  await new Promise<void>((resolve, reject) => {
    client = createClient({
      url: `${c.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${c.readerToken}` },
      retryAttempts: 0,
      on: { connected: () => resolve(), error: (e) => reject(e) },
    });
    client.subscribe<{ programEvents: { activity: { subjectId: string } } }>(
      { query: SUBSCRIPTION, variables: { id: c.programId } },
      {
        next: (v) => {
          const subjectId = v.data?.programEvents?.activity?.subjectId;
          if (awaiting && subjectId === awaiting.subjectId) awaiting.resolve();
        },
        error: (e) => send({ type: 'fatal', message: `subscription: ${JSON.stringify(e)}` }),
        complete: () => {},
      },
    );
  });
  send({ type: 'opened' });
}

async function pollHealthz(url: string): Promise<void> {
  while (running) {
    const at = now();
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (!res.ok) failures++;
      healthz.push({ at, ms: now() - at });
    } catch {
      failures++;
    }
    await sleep(Math.max(0, at + 20 - now()));
  }
}

async function writeAndWatch(c: Extract<Command, { type: 'open' }>): Promise<void> {
  let n = 0;
  while (running) {
    const at = now();
    const arrived = new Promise<void>((resolve) => {
      awaiting = { subjectId: c.topic.id, resolve };
    });
    let writeMs: number | null = null;
    try {
      const res = await fetch(`${c.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.writerToken}` },
        body: JSON.stringify({
          query: WRITE,
          variables: { input: { topicId: c.topic.id, status: c.topic.status, progressNote: `探针 ${n++}` } },
        }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      writeMs = now() - at;
    } catch {
      failures++;
      awaiting = null;
      await sleep(100);
      continue;
    }
    // Until it arrives or the run stops (then it counts as not delivered within the run).
    const stopped = new Promise<'stopped'>((resolve) => {
      const check = setInterval(() => {
        if (!running) {
          clearInterval(check);
          resolve('stopped');
        }
      }, 10);
      void arrived.then(() => clearInterval(check));
    });
    const outcome = await Promise.race([arrived.then(() => 'arrived' as const), stopped]);
    awaiting = null;
    delivery.push({ at, ms: outcome === 'arrived' ? now() - at : null, writeMs });
    await sleep(Math.max(0, at + 100 - now()));
  }
}

process.on('message', (c: Command) => {
  void (async () => {
    try {
      if (c.type === 'open') await open(c);
      else if (c.type === 'start' && opened) {
        healthz = [];
        delivery = [];
        failures = 0;
        running = true;
        loops = [pollHealthz(opened.url), writeAndWatch(opened)];
        send({ type: 'started' });
      } else if (c.type === 'stop') {
        running = false;
        await Promise.all(loops);
        send({ type: 'stopped', healthz, delivery, failures });
      } else if (c.type === 'exit') {
        running = false;
        await client?.dispose();
        process.exit(0);
      }
    } catch (err) {
      send({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));

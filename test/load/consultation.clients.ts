/**
 * The client side of consultation.bench.ts, in a process of its own (forked by the bench, twice:
 * one for the public's load, one for the signed-in probe), so that the clients' HTTP and JSON
 * work runs outside the server's event loop and the probe's timing outside the load's.
 *
 * - `load` with `readers`: N anonymous readers, each its own keep-alive connection, GET the
 *   public draft one after another (after `thinkMs`, ±25%); every other one sends If-None-Match
 *   with the ETag (a repeat reader: 304). They connect over the first second; only requests sent
 *   after the warm-up and answered before the end are counted.
 * - `load` with `submit`: prepared GraphQL bodies (each with its own pre-solved challenge) POSTed
 *   at a fixed rate whatever the answers take (open loop), over a pool of keep-alive connections.
 *   Both at once when both are given; one reply when both are done.
 * - `probe`: signed-in clients, each on its own connection, POST one page query after another
 *   (with `thinkMs` between).
 * Times are process.hrtime (CLOCK_MONOTONIC).
 */
import http from 'node:http';

export interface ReadersLoad {
  url: string;
  path: string;
  etag: string;
  connections: number;
  thinkMs: number;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
}
export interface SubmitLoad {
  url: string;
  bodies: string[];
  rate: number;
  /** Wait this long before the first send (so that it falls inside the readers' measured window). */
  delayMs: number;
  timeoutMs: number;
}

export type Command =
  | { type: 'load'; phase: string; readers?: ReadersLoad; submit?: SubmitLoad }
  | {
      type: 'probe';
      phase: string;
      url: string;
      tokens: string[];
      body: string;
      thinkMs: number;
      durationMs: number;
      timeoutMs: number;
    }
  | { type: 'exit' };

export interface ReadersResult {
  /** Counted requests' times, ms: full answers (200) and repeat readers' (304). */
  full: number[];
  notModified: number[];
  windowMs: number;
  errors: number;
  firstError: string | null;
  /** Bytes of one full answer's body. */
  bytes: number;
  /** Every answered request, the warm-up's too; the CPU this (client) process used for them, ms. */
  answered: number;
  clientCpuMs: number;
}
export interface SubmitResult {
  /** Acknowledged (a receipt came back): time from sending to the parsed answer, ms. */
  acknowledged: number[];
  sent: number;
  errors: number;
  firstError: string | null;
  /** The most a send left after its time, ms (whether the client kept its schedule). */
  maxSendLagMs: number;
  wallMs: number;
}

export type Reply =
  | { type: 'loadDone'; phase: string; readers: ReadersResult | null; submit: SubmitResult | null }
  | { type: 'probeDone'; phase: string; latencies: number[]; errors: number; firstError: string | null }
  | { type: 'fatal'; message: string };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function send(reply: Reply): void {
  process.send?.(reply);
}

interface Answer {
  status: number;
  text: string;
}

function request(
  agent: http.Agent,
  url: URL,
  options: { path: string; method: string; headers: Record<string, string | number>; body?: string },
  timeoutMs: number,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: options.path,
        method: options.method,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

async function readers(c: ReadersLoad): Promise<ReadersResult> {
  const url = new URL(c.url);
  const full: number[] = [];
  const notModified: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let bytes = 0;
  let answered = 0;
  const start = now();
  const from = start + c.warmupMs;
  const until = from + c.durationMs;
  const agents: http.Agent[] = [];
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: c.connections }, async (_, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      // Connecting all at once would overflow the listen queue: spread over the first second; at
      // a reading pace, over one pause, so that the asks come at an even rate from the start.
      await sleep(c.thinkMs > 0 ? Math.random() * c.thinkMs : (1000 * i) / c.connections);
      const repeat = i % 2 === 1;
      const headers: Record<string, string> = repeat ? { 'if-none-match': c.etag } : {};
      while (now() < until) {
        const t0 = now();
        try {
          const a = await request(agent, url, { path: c.path, method: 'GET', headers }, c.timeoutMs);
          const t1 = now();
          if (a.status !== (repeat ? 304 : 200)) throw new Error(`HTTP ${a.status}: ${a.text.slice(0, 200)}`);
          if (!repeat) bytes ||= Buffer.byteLength(a.text);
          answered++;
          if (t0 >= from && t1 <= until) (repeat ? notModified : full).push(t1 - t0);
        } catch (err) {
          if (t0 >= from) errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
        if (c.thinkMs > 0) await sleep(c.thinkMs * (0.75 + Math.random() / 2));
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  for (const a of agents) a.destroy();
  return {
    full,
    notModified,
    windowMs: c.durationMs,
    errors,
    firstError,
    bytes,
    answered,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

async function submit(c: SubmitLoad): Promise<SubmitResult> {
  const url = new URL(c.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  const acknowledged: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let maxSendLagMs = 0;
  await sleep(c.delayMs);
  const start = now();
  const pending: Promise<void>[] = [];
  for (const [i, body] of c.bodies.entries()) {
    const due = start + (1000 * i) / c.rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    maxSendLagMs = Math.max(maxSendLagMs, now() - due);
    const t0 = now();
    pending.push(
      request(
        agent,
        url,
        {
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          body,
        },
        c.timeoutMs,
      )
        .then((a) => {
          const parsed = JSON.parse(a.text) as {
            data?: { submitPublicOpinion?: { receipt?: string } };
            errors?: unknown[];
          };
          if (!parsed.data?.submitPublicOpinion?.receipt)
            throw new Error(`HTTP ${a.status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 300)}`);
          acknowledged.push(now() - t0);
        })
        .catch((err: unknown) => {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return {
    acknowledged,
    sent: c.bodies.length,
    errors,
    firstError,
    maxSendLagMs,
    wallMs: now() - start,
  };
}

async function probe(c: Extract<Command, { type: 'probe' }>): Promise<void> {
  const url = new URL(c.url);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const until = now() + c.durationMs;
  await Promise.all(
    c.tokens.map(async (token, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      await sleep((c.thinkMs * i) / c.tokens.length);
      while (now() < until) {
        const t0 = now();
        try {
          const a = await request(
            agent,
            url,
            {
              path: '/graphql',
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(c.body),
                authorization: `Bearer ${token}`,
              },
              body: c.body,
            },
            c.timeoutMs,
          );
          const parsed = JSON.parse(a.text) as { data?: unknown; errors?: unknown[] };
          if (a.status !== 200 || parsed.errors?.length || !parsed.data)
            throw new Error(`HTTP ${a.status}: ${a.text.slice(0, 300)}`);
          latencies.push(now() - t0);
        } catch (err) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
        await sleep(c.thinkMs);
      }
      agent.destroy();
    }),
  );
  send({ type: 'probeDone', phase: c.phase, latencies, errors, firstError });
}

process.on('message', (raw) => {
  const c = raw as Command;
  const go = async () => {
    switch (c.type) {
      case 'load': {
        const [r, s] = await Promise.all([c.readers ? readers(c.readers) : null, c.submit ? submit(c.submit) : null]);
        return send({ type: 'loadDone', phase: c.phase, readers: r, submit: s });
      }
      case 'probe':
        return probe(c);
      case 'exit':
        process.disconnect?.();
        process.exit(0);
    }
  };
  go().catch((err: unknown) =>
    send({ type: 'fatal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});

// The bench went away (crashed or killed): nothing to measure for, so leave too.
process.on('disconnect', () => process.exit(0));

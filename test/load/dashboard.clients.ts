/**
 * The client side of dashboard.bench.ts, in a process of its own (forked by the bench), so that
 * the clients' own work (HTTP, JSON parsing) does not run on the server's event loop.
 *
 * N clients, each with its own token and its own keep-alive connection (an http.Agent holding one
 * socket), POST the same GraphQL query one after another; every client runs its requests in
 * sequence, all clients at once. Times are process.hrtime (CLOCK_MONOTONIC), as in the bench.
 */
import http from 'node:http';

export type Command =
  | { type: 'setup'; url: string; tokens: string[]; body: string; timeoutMs: number }
  | { type: 'run'; phase: string; perClient: number; deadlineMs: number }
  | { type: 'exit' };

export type Reply =
  | { type: 'ready'; clients: number }
  | {
      type: 'done';
      phase: string;
      /** Each successful request's time from sending to the parsed answer, ms. */
      latencies: number[];
      /** hrtime ms of the first request sent and the last answer received. */
      started: number;
      finished: number;
      errors: number;
      firstError: string | null;
      /** Response bytes of one answer (the first successful one). */
      bytes: number;
      /** Sockets opened during the phase, beyond one per client (keep-alive failures). */
      reconnects: number;
      /** CPU this (client) process used during the phase, ms. */
      clientCpuMs: number;
    }
  | { type: 'fatal'; message: string };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function send(reply: Reply): void {
  process.send?.(reply);
}

interface Client {
  token: string;
  agent: http.Agent;
  /** Connections this client's agent has opened. */
  opened: number;
}

let target: URL | null = null;
let body = '';
let timeoutMs = 30_000;
let clients: Client[] = [];

/** One POST; resolves with the response's size, rejects on a transport, HTTP or GraphQL error. */
function request(c: Client): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const url = target as URL;
    const req = http.request(
      {
        agent: c.agent,
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${c.token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text) as { data?: { program?: { dashboard?: unknown } }; errors?: unknown[] };
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
            else if (parsed.errors?.length) reject(new Error(`GraphQL errors: ${JSON.stringify(parsed.errors)}`));
            else if (!parsed.data?.program?.dashboard) reject(new Error('no dashboard in the answer'));
            else resolve(text.length);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function run(c: Extract<Command, { type: 'run' }>): Promise<void> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let bytes = 0;
  const openedBefore = clients.map((c) => c.opened);
  const cpu0 = process.cpuUsage();
  const deadline = now() + c.deadlineMs;
  const started = now();
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < c.perClient && now() < deadline; i++) {
        const t0 = now();
        try {
          const size = await request(client);
          latencies.push(now() - t0);
          bytes ||= size;
        } catch (err) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
    }),
  );
  const finished = now();
  const cpu = process.cpuUsage(cpu0);
  send({
    type: 'done',
    phase: c.phase,
    latencies,
    started,
    finished,
    errors,
    firstError,
    bytes,
    // A client's first connection is not a reconnection.
    reconnects: clients.reduce((n, cl, i) => {
      const before = openedBefore[i] ?? 0;
      return n + Math.max(0, cl.opened - before - (before === 0 ? 1 : 0));
    }, 0),
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  });
}

function setup(c: Extract<Command, { type: 'setup' }>): void {
  // A second setup (the static floor) replaces the clients: each new one opens its own connection.
  for (const client of clients) client.agent.destroy();
  target = new URL(c.url);
  body = c.body;
  timeoutMs = c.timeoutMs;
  clients = c.tokens.map((token) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const client: Client = { token, agent, opened: 0 };
    const createConnection = agent.createConnection.bind(agent);
    agent.createConnection = ((...args: Parameters<typeof createConnection>) => {
      client.opened++;
      return createConnection(...args);
    }) as typeof agent.createConnection;
    return client;
  });
  send({ type: 'ready', clients: clients.length });
}

process.on('message', (raw) => {
  const c = raw as Command;
  const go = async () => {
    switch (c.type) {
      case 'setup':
        return setup(c);
      case 'run':
        return run(c);
      case 'exit':
        for (const client of clients) client.agent.destroy();
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

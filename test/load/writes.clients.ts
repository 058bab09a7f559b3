/**
 * The client side of writes.bench.ts, in a process of its own (forked by the bench), so that the
 * clients' HTTP and JSON work does not run on the server's core.
 *
 * N clients, each with its own keep-alive connection (an http.Agent holding one socket) and two
 * sessions — a commenter's and a working-group member's — send the web app's hot mutations one
 * after another, as a person working through opinions would: post an opinion (startThread), reply
 * to it, decide it (disposeThread), update a research topic's progress (updateTopic); again and
 * again until the phase's time is up. Each mutation carries a clientMutationId, as the web sends.
 */
import http from 'node:http';

export const KINDS = ['startThread', 'reply', 'disposeThread', 'updateTopic'] as const;
export type Kind = (typeof KINDS)[number];

export interface ClientSetup {
  /** Posts opinions. */
  commenter: string;
  /** Replies, decides and updates topics (the working group). */
  runner: string;
}

export type Command =
  | {
      type: 'setup';
      url: string;
      clients: ClientSetup[];
      documents: Record<Kind, string>;
      draftId: string;
      anchor: { blockId: string; start: number; end: number; quote: string };
      topics: { id: string; status: string }[];
      timeoutMs: number;
    }
  /** `trivial`: a signed-in `{ __typename }` instead, the HTTP and GraphQL stack's own cost. */
  | { type: 'run'; phase: string; seconds: number; trivial?: boolean }
  | { type: 'exit' };

export type Reply =
  | { type: 'ready'; clients: number }
  | {
      type: 'done';
      phase: string;
      /** Each successful request's time from sending to the parsed answer, ms, by kind. */
      latencies: Record<Kind | 'trivial', number[]>;
      /** hrtime ms of the first request sent and the last answer received. */
      started: number;
      finished: number;
      errors: number;
      firstError: string | null;
      /** CPU this (client) process used during the phase, ms. */
      clientCpuMs: number;
    }
  | { type: 'fatal'; message: string };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const send = (reply: Reply) => process.send?.(reply);

let setup: Extract<Command, { type: 'setup' }> | null = null;
let agents: http.Agent[] = [];
/** Makes every clientMutationId of this process unique across phases. */
let sequence = 0;
const nonce = Math.random().toString(36).slice(2, 8);

/** One mutation; its data, or a rejection on a transport, HTTP or GraphQL error. */
function mutate(agent: http.Agent, token: string, kind: Kind, input: Record<string, unknown>): Promise<unknown> {
  const s = setup as NonNullable<typeof setup>;
  const body = JSON.stringify({
    query: s.documents[kind],
    variables: { input: { ...input, clientMutationId: `bench-${nonce}-${sequence++}` } },
  });
  return post(agent, token, body, kind);
}

const TRIVIAL = JSON.stringify({ query: '{ __typename }' });

/** One POST; the answer's `field`, or a rejection on a transport, HTTP or GraphQL error. */
function post(agent: http.Agent, token: string, body: string, field: string): Promise<unknown> {
  const s = setup as NonNullable<typeof setup>;
  const url = new URL(s.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            else if (parsed.errors?.length)
              reject(new Error(`${field}: ${JSON.stringify(parsed.errors).slice(0, 500)}`));
            else if (!parsed.data?.[field]) reject(new Error(`${field}: no answer`));
            else resolve(parsed.data[field]);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.setTimeout(s.timeoutMs, () => req.destroy(new Error(`no answer in ${s.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function run(c: Extract<Command, { type: 'run' }>): Promise<void> {
  const s = setup as NonNullable<typeof setup>;
  const latencies = Object.fromEntries([...KINDS, 'trivial'].map((k) => [k, [] as number[]])) as Record<
    Kind | 'trivial',
    number[]
  >;
  let errors = 0;
  let firstError: string | null = null;
  const cpu0 = process.cpuUsage();
  const started = now();
  const deadline = started + c.seconds * 1000;
  let finished = started;
  await Promise.all(
    s.clients.map(async (client, i) => {
      const agent = agents[i] as http.Agent;
      const timed = async <T>(kind: Kind | 'trivial', work: () => Promise<T>): Promise<T | null> => {
        if (now() >= deadline) return null;
        const t0 = now();
        try {
          const answer = await work();
          const t1 = now();
          latencies[kind].push(t1 - t0);
          finished = Math.max(finished, t1);
          return answer;
        } catch (err) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
          return null;
        }
      };
      if (c.trivial) {
        while (now() < deadline) await timed('trivial', () => post(agent, client.runner, TRIVIAL, '__typename'));
        return;
      }
      for (let cycle = 0; now() < deadline; cycle++) {
        const opened = (await timed('startThread', () =>
          mutate(agent, client.commenter, 'startThread', {
            draftId: s.draftId,
            // Every other opinion is on a passage, as most are; the rest on the whole draft.
            anchor: cycle % 2 === 0 ? s.anchor : null,
            body: `第 ${cycle} 条意见：建议补充量化指标。`,
          }),
        )) as { thread: { id: string } } | null;
        if (!opened) continue;
        const threadId = opened.thread.id;
        await timed('reply', () => mutate(agent, client.runner, 'reply', { threadId, body: '已研究，拟采纳。' }));
        await timed('disposeThread', () =>
          mutate(agent, client.runner, 'disposeThread', { threadId, status: 'ADOPTED', reason: '' }),
        );
        const topic = s.topics[(i + cycle) % s.topics.length] as { id: string; status: string };
        await timed('updateTopic', () =>
          mutate(agent, client.runner, 'updateTopic', {
            topicId: topic.id,
            status: topic.status,
            progressNote: `进展 ${cycle}`,
          }),
        );
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  send({
    type: 'done',
    phase: c.phase,
    latencies,
    started,
    finished,
    errors,
    firstError,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  });
}

process.on('message', (raw) => {
  const c = raw as Command;
  const go = async () => {
    switch (c.type) {
      case 'setup':
        setup = c;
        agents = c.clients.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
        return send({ type: 'ready', clients: c.clients.length });
      case 'run':
        return run(c);
      case 'exit':
        for (const agent of agents) agent.destroy();
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

/**
 * Runs one fuzz case against a live server and judges what came back: the HTTP status or the
 * WebSocket close, the GraphQL error codes, and the failures (5xx, INTERNAL, a hang). The server
 * runs in this process, so its console.error lines during a case are that case's server log.
 */
import http from 'node:http';
import { format } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import type { Auth, FuzzCase, HttpCase, OpSpec, RawBody, WsCase, WsStep } from './cases.js';
import { type BuiltOperation, buildOperation } from './documents.js';

export const HANG_MS = 5000;

export interface FuzzTarget {
  url: string;
  schema: GraphQLSchema;
  /** Ids and event cursors that exist on the server. */
  ids: string[];
  cursors: string[];
  /** A signed-in token per role (see cases.ts ROLES). */
  tokens: Map<string, string>;
  /** Signs in again every role whose session a case ended (logout, revokeSessions …). */
  refreshSessions(): Promise<void>;
  /** Makes one real write (an event for every open subscription of the programme). */
  poke(): Promise<void>;
}

export type FailureKind = '5xx' | 'INTERNAL' | 'crash' | 'hang';

export interface Failure {
  kind: FailureKind;
  /** The failure's class: cases with one signature are one bug. */
  signature: string;
  /** What happened, for the report. */
  detail: string;
  /** Where, for the report: fields or paths. */
  where?: string;
}

export interface Observation {
  /** "HTTP 400", "WS close 4400", "WS open" … */
  label: string;
  codes: string[];
  ms: number;
  failures: Failure[];
}

// ---- the server's log -----------------------------------------------------------------------------
/**
 * Collects console.error/warn lines and stderr (the in-process server's log) instead of printing
 * them. Apollo's logger holds on to the console.error of its start, so stderr is caught too
 * (under vitest its console is vitest's, and Apollo's lines still print).
 */
export class ServerLog {
  private lines: string[] = [];
  private saved: {
    error: typeof console.error;
    warn: typeof console.warn;
    stderr: typeof process.stderr.write;
  } | null = null;

  start(): void {
    if (this.saved) return;
    this.saved = { error: console.error, warn: console.warn, stderr: process.stderr.write };
    const push = (...args: unknown[]) => {
      if (this.lines.length < 200) this.lines.push(format(...args));
    };
    console.error = push;
    console.warn = push;
    process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
      push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stderr.write;
  }

  stop(): void {
    if (!this.saved) return;
    console.error = this.saved.error;
    console.warn = this.saved.warn;
    process.stderr.write = this.saved.stderr;
    this.saved = null;
  }

  /** The lines since the last take. */
  take(): string[] {
    const l = this.lines;
    this.lines = [];
    return l;
  }
}

/** One line, with ids, numbers and quoted values blanked, so one bug has one signature. */
export function normalise(message: string): string {
  return (message.split('\n').find((l) => l.trim()) ?? '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

/**
 * The server's "Unexpected error[ in path]: Name: message (frame)" log line, which names the real
 * cause: the whole line for the report, and without path and frame for the signature.
 */
function unexpectedCause(log: string[]): { line: string; key: string } | null {
  // Apollo's own log first: for an error outside execution (its HTTP 500s) it names the cause,
  // where formatError sees only "Internal server error".
  for (const l of log) {
    const m = /^Unexpected error processing request:\s*(.*)$/s.exec(l);
    if (!m) continue;
    const first = (m[1] ?? '').split('\n')[0] ?? '';
    return { line: `Apollo: ${first}`, key: `Apollo: ${first}` };
  }
  for (const l of log) {
    const m = /^Unexpected error(?: in [^:]*)?:\s*(.*)$/s.exec(l);
    if (!m) continue;
    const rest = (m[1] ?? '').split('\n').find((x) => x.trim()) ?? '';
    return { line: l.split('\n')[0] ?? l, key: rest.replace(/\s*\(at [^)]*\)?[^(]*$/, '') };
  }
  return null;
}

// ---- helpers ----------------------------------------------------------------------------------------
const BOUNDARY = 'fuzz';
const ALIAS = /^(a\d+|q\d+)$/;

export function authorization(target: FuzzTarget, auth: Auth): string | null {
  switch (auth.kind) {
    case 'anonymous':
      return null;
    case 'header':
      return auth.value;
    case 'role': {
      const token = target.tokens.get(auth.role);
      return token ? `Bearer ${token}` : null;
    }
    case 'mangled': {
      const token = target.tokens.get(auth.role) ?? 'x';
      const last = token.at(-1) === 'a' ? 'b' : 'a';
      return [
        `Bearer ${token.slice(0, -1)}${last}`,
        `Bearer ${token} `,
        `Bearer  ${token}`,
        `bearer ${token}`,
        `Bearer ${token}, Bearer ${token}`,
        token,
        `Bearer ${token.toUpperCase()}`,
        `Bearer ${token.slice(0, Math.floor(token.length / 2))}`,
      ][auth.how % 8] as string;
    }
  }
}

export function buildOp(target: FuzzTarget, spec: OpSpec, forceOp?: 'subscription'): BuiltOperation {
  return buildOperation(
    target.schema,
    spec.tape,
    { ids: target.ids, cursors: target.cursors, strings: spec.strings },
    forceOp,
  );
}

/** A JSON path of a GraphQL error, aliases and list indexes folded: "program.plans.drafts". */
function pathKey(path: unknown): string | undefined {
  if (!Array.isArray(path)) return undefined;
  return path
    .filter((p) => typeof p === 'string')
    .map((p) => (ALIAS.test(p) ? '<alias>' : p))
    .join('.');
}

interface GqlError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
}

/** Judges the GraphQL errors of a response: their codes, and any INTERNAL among them. */
function judgeErrors(errors: GqlError[], log: string[], overWs: boolean): { codes: string[]; failures: Failure[] } {
  const codes: string[] = [];
  const failures: Failure[] = [];
  for (const e of errors) {
    const code = typeof e?.extensions?.code === 'string' ? e.extensions.code : null;
    codes.push(code ?? 'no code');
    const message = typeof e?.message === 'string' ? e.message : JSON.stringify(e).slice(0, 300);
    const where = pathKey(e?.path);
    if (code === 'INTERNAL_SERVER_ERROR') {
      const cause = unexpectedCause(log);
      const reason =
        typeof (e.extensions as { reason?: unknown })?.reason === 'string'
          ? (e.extensions as { reason: string }).reason
          : null;
      failures.push({
        kind: 'INTERNAL',
        signature: `INTERNAL ${reason ? `(${reason}) ` : ''}${normalise(cause?.key ?? message)}`,
        detail: `INTERNAL_SERVER_ERROR${reason ? ` (reason ${reason})` : ''}: ${message.slice(0, 200)}; server log: ${log.length ? log.join(' | ').slice(0, 600) : 'nothing'}`,
        where,
      });
    } else if (!code && overWs && where !== undefined) {
      // An execution error (it has a path) with no contract code: over WebSocket nothing formats
      // errors, so this is the raw exception's message, leaking to the client.
      failures.push({
        kind: 'INTERNAL',
        signature: `INTERNAL (uncoded, WebSocket) ${normalise(message)}`,
        detail: `execution error without extensions.code over WebSocket: ${message.slice(0, 400)}`,
        where,
      });
    }
  }
  return { codes, failures };
}

// ---- HTTP -------------------------------------------------------------------------------------------
export interface HttpRequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  op: BuiltOperation | null;
}

function multipart(variant: number, op: BuiltOperation): Buffer {
  const part = (headers: string, body: string | Buffer) =>
    Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
  const operations = JSON.stringify({ query: op.query, variables: { ...op.variables, file: null } });
  const end = Buffer.from(`--${BOUNDARY}--\r\n`);
  const fileHeaders = (name: string) =>
    `Content-Disposition: form-data; name="0"; filename="${name}"\r\nContent-Type: application/octet-stream`;
  switch (variant) {
    case 0:
      return Buffer.concat([
        part('Content-Disposition: form-data; name="operations"', operations),
        part('Content-Disposition: form-data; name="map"', '{"0":["variables.file"]}'),
        part(fileHeaders('a.docx'), Buffer.from('PK\u0003\u0004garbage')),
        end,
      ]);
    case 1:
      return Buffer.concat([part('Content-Disposition: form-data; name="operations"', operations)]).subarray(0, -3);
    case 2:
      return Buffer.concat([part('Content-Disposition: form-data; name="operations"', '{nope'), end]);
    case 3:
      return Buffer.concat([
        part('Content-Disposition: form-data; name="operations"', operations),
        part('Content-Disposition: form-data; name="map"', '{"0":["variables.__proto__.x"],"1":["nope"]}'),
        end,
      ]);
    case 4:
      return Buffer.concat([
        ...Array.from({ length: 1000 }, (_, i) => part(`Content-Disposition: form-data; name="f${i}"`, 'x')),
        end,
      ]);
    case 5:
      return Buffer.concat([
        part('Content-Disposition: form-data; name="operations"', operations),
        part('Content-Disposition: form-data; name="map"', '{"0":["variables.file"]}'),
        part(fileHeaders('../../etc/passwd'), Buffer.alloc(2 * 1024 * 1024, 0x41)),
        end,
      ]);
    case 6:
      return Buffer.from(`--${BOUNDARY}\r\ngarbage\r\n\r\n`);
    default:
      return Buffer.concat([part('Content-Type: text/plain', 'x'), end]);
  }
}

function rawBytes(body: RawBody, op: BuiltOperation): Buffer {
  switch (body.k) {
    case 'text':
      return Buffer.from(body.text);
    case 'bytes':
      return Buffer.from(body.bytes);
    case 'empty':
      return Buffer.alloc(0);
    case 'huge': {
      const n = body.mb * 1024 * 1024;
      if (!body.json) return Buffer.alloc(n, 0x78);
      const head = Buffer.from('{"query":"{ __typename }","variables":{"x":"');
      const tail = Buffer.from('"}}');
      return Buffer.concat([head, Buffer.alloc(n, 0x78), tail]);
    }
    case 'deep':
      return Buffer.from(
        body.arrays
          ? `${'['.repeat(body.depth)}${']'.repeat(body.depth)}`
          : `${'{"a":'.repeat(body.depth)}1${'}'.repeat(body.depth)}`,
      );
    case 'multipart':
      return multipart(body.variant, op);
  }
}

/** encodeURIComponent that takes lone surrogates too (as UTF-8's replacement character). */
function percent(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // a lone surrogate: byte by byte below
  }
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.!~*'()]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function httpRequestFor(target: FuzzTarget, c: HttpCase): HttpRequestSpec {
  const op = buildOp(target, c.op);
  const headers: Record<string, string> = {};
  const auth = authorization(target, c.auth);
  if (auth !== null) headers.authorization = auth;
  if (c.preflight) headers['apollo-require-preflight'] = 'true';
  const json = (v: unknown) => {
    headers['content-type'] = 'application/json';
    return Buffer.from(JSON.stringify(v));
  };
  const plain = { query: op.query, variables: op.variables, operationName: op.operationName };
  const tr = c.transport;
  switch (tr.t) {
    case 'post':
      return { method: 'POST', path: '/graphql', headers, body: json(plain), op };
    case 'shape': {
      const shaped: unknown[] = [
        { ...plain, variables: JSON.stringify(op.variables) },
        { ...plain, variables: [op.variables] },
        { ...plain, query: 1 },
        { ...plain, query: [op.query] },
        { variables: op.variables },
        { ...plain, operationName: {} },
        { ...plain, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
        JSON.parse(`{"__proto__":{"query":${JSON.stringify(op.query)}},"constructor":{"prototype":{"x":1}}}`),
        { ...plain, variables: null },
        JSON.stringify(plain),
      ];
      return { method: 'POST', path: '/graphql', headers, body: json(shaped[tr.variant % shaped.length]), op };
    }
    case 'get': {
      const q = percent(op.query);
      const v = percent(JSON.stringify(op.variables));
      const name = op.operationName !== undefined ? `&operationName=${percent(op.operationName)}` : '';
      const search = [
        `query=${q}&variables=${v}${name}`,
        `query=${q}&variables=%7B`,
        `query=${q}&query=${q}&variables=${v}&variables=${v}`,
        `variables=${v}`,
        `query=${q}&extensions=%7Bnope`,
        `query=${q}`,
        `query[]=${q}&variables[a]=1`,
      ][tr.variant % 7];
      return { method: 'GET', path: `/graphql?${search}`, headers, body: null, op };
    }
    case 'batch': {
      // n copies, or as many as fit in 8 MB.
      const size = JSON.stringify(plain).length;
      const n = Math.min(tr.n, Math.max(1, Math.floor(8_000_000 / size)));
      return { method: 'POST', path: '/graphql', headers, body: json(Array.from({ length: n }, () => plain)), op };
    }
    case 'raw': {
      const body = rawBytes(tr.body, op);
      const multipartBody = tr.body.k === 'multipart' && tr.body.variant !== 6;
      const type = multipartBody ? `multipart/form-data; boundary=${BOUNDARY}` : tr.contentType;
      if (type) headers['content-type'] = type;
      if (tr.encoding) headers['content-encoding'] = tr.encoding;
      return { method: 'POST', path: '/graphql', headers, body, op };
    }
    case 'method': {
      const bodyless = tr.method === 'HEAD' || tr.method === 'OPTIONS';
      return { method: tr.method, path: '/graphql', headers, body: bodyless ? null : json(plain), op };
    }
    case 'path':
      return { method: tr.method, path: tr.path, headers, body: tr.method === 'POST' ? json(plain) : null, op };
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

interface HttpAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Sends the request; the answer, or why there was none (a timeout is 'timeout'). */
export function sendHttp(
  url: string,
  req: HttpRequestSpec,
  timeoutMs = HANG_MS,
): Promise<HttpAnswer | { error: string }> {
  const base = new URL(url);
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: HttpAnswer | { error: string }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(v);
    };
    let r: http.ClientRequest;
    try {
      r = http.request({
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: req.path,
        headers: req.body ? { ...req.headers, 'content-length': String(req.body.length) } : req.headers,
        agent,
      });
    } catch (err) {
      // Node would not send it (a header with a control character, say): no request, no verdict.
      resolve({ error: `client refused: ${(err as Error).message.slice(0, 80)}` });
      return;
    }
    const timer = setTimeout(() => {
      finish({ error: 'timeout' });
      r.destroy();
    }, timeoutMs);
    r.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        finish({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', (err) => finish({ error: `response: ${err.message}` }));
    });
    r.on('error', (err) => finish({ error: `request: ${(err as NodeJS.ErrnoException).code ?? err.message}` }));
    r.end(req.body ?? undefined);
  });
}

async function runHttp(target: FuzzTarget, c: HttpCase, log: ServerLog): Promise<Observation> {
  const t0 = performance.now();
  let req: HttpRequestSpec;
  try {
    req = httpRequestFor(target, c);
  } catch (err) {
    return { label: `harness: ${(err as Error).message.slice(0, 60)}`, codes: [], ms: 0, failures: [] };
  }
  const answer = await sendHttp(target.url, req);
  const ms = performance.now() - t0;
  const serverLog = log.take();
  const failures: Failure[] = [];
  const where = `${req.method} ${req.path.split('?')[0]?.slice(0, 60)}`;
  if ('error' in answer) {
    if (answer.error === 'timeout') {
      failures.push({
        kind: 'hang',
        signature: `hang HTTP ${c.transport.t} ${req.op?.shape ?? ''} ${req.op?.roots.slice(0, 3).join(',') ?? ''}`,
        detail: `no complete answer within ${HANG_MS / 1000} s`,
        where,
      });
      return { label: 'HTTP timeout', codes: [], ms, failures };
    }
    // The server cut the connection (a body over the limit, say): not an answer, not a failure.
    return {
      label: answer.error.startsWith('client refused') ? 'HTTP not sent' : `HTTP ${answer.error}`,
      codes: [],
      ms,
      failures,
    };
  }
  const { status } = answer;
  let codes: string[] = [];
  let parsed: { data?: unknown; errors?: GqlError[] } | null = null;
  if (answer.contentType.includes('json')) {
    try {
      parsed = JSON.parse(answer.body.toString('utf8'));
    } catch {
      parsed = null;
    }
  }
  if (parsed && Array.isArray(parsed.errors)) {
    const judged = judgeErrors(parsed.errors, serverLog, false);
    codes = judged.codes;
    failures.push(...judged.failures);
  } else if (parsed && parsed.data !== undefined) {
    codes = ['(data)'];
  }
  if (status >= 500) {
    const cause = unexpectedCause(serverLog)?.key ?? serverLog[0] ?? answer.body.toString('utf8').slice(0, 300);
    failures.push({
      kind: '5xx',
      signature: `5xx ${status} ${normalise(cause)}`,
      detail: `HTTP ${status}: ${answer.body.toString('utf8').slice(0, 300)}${serverLog.length ? `; server log: ${serverLog.join(' | ').slice(0, 500)}` : ''}`,
      where,
    });
  }
  if (ms > HANG_MS) {
    failures.push({
      kind: 'hang',
      signature: `hang HTTP ${c.transport.t} ${req.op?.shape ?? ''} ${req.op?.roots.slice(0, 3).join(',') ?? ''}`,
      detail: `answered after ${(ms / 1000).toFixed(1)} s`,
      where,
    });
  }
  return { label: `HTTP ${status}`, codes, ms, failures };
}

// ---- WebSocket --------------------------------------------------------------------------------------
export function wsMessage(
  target: FuzzTarget,
  c: WsCase,
  step: WsStep,
): { data: string | Buffer; op?: BuiltOperation } | null {
  switch (step.s) {
    case 'init': {
      const auth = authorization(target, c.auth);
      const payloads: unknown[] = [
        auth === null ? {} : { authorization: auth },
        undefined,
        'Bearer x',
        { authorization: { toString: 'x' }, extra: [1, 2] },
        { authorization: auth, junk: 'x'.repeat(1024 * 1024) },
      ];
      const payload = payloads[step.payload % payloads.length];
      return {
        data: JSON.stringify(
          payload === undefined ? { type: 'connection_init' } : { type: 'connection_init', payload },
        ),
      };
    }
    case 'subscribe': {
      const op = buildOp(target, step.op, step.subscription ? 'subscription' : undefined);
      const plain = { query: op.query, variables: op.variables, operationName: op.operationName };
      const payload = [
        plain,
        undefined,
        op.query,
        { ...plain, variables: JSON.stringify(op.variables) },
        { ...plain, extensions: { x: [1] }, junk: true },
      ][step.variant % 5];
      const message =
        payload === undefined ? { type: 'subscribe', id: step.id } : { type: 'subscribe', id: step.id, payload };
      return { data: JSON.stringify(message), op };
    }
    case 'complete':
      return { data: JSON.stringify({ type: 'complete', id: step.id }) };
    case 'ping':
      return { data: '{"type":"ping"}' };
    case 'pong':
      return { data: '{"type":"pong"}' };
    case 'text':
      return { data: step.text };
    case 'bytes':
      return { data: Buffer.from(step.bytes) };
    case 'huge':
      return {
        data: JSON.stringify({ type: 'subscribe', id: 'h', payload: { query: `{ ${'x'.repeat(step.kb * 1024)} }` } }),
      };
    case 'wait':
    case 'poke':
      return null;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function runWs(target: FuzzTarget, c: WsCase, log: ServerLog): Promise<Observation> {
  const t0 = performance.now();
  const failures: Failure[] = [];
  const codes: string[] = [];
  const wsUrl = `${target.url.replace(/^http/, 'ws')}/graphql`;
  const ws = new WebSocket(wsUrl, c.protocols, { handshakeTimeout: HANG_MS, maxPayload: 256 * 1024 * 1024 });
  ws.on('error', () => {});
  let closed: number | null = null;
  let acked = false;
  let lastActivity = performance.now();
  const pending = new Set<string>(); // queries and mutations sent after the ack: each must end
  const received: unknown[] = [];
  let closeReason = '';
  const wsErrors: GqlError[] = [];
  ws.on('close', (code, reason) => {
    closed = code;
    closeReason = reason.toString('utf8').slice(0, 200);
  });
  ws.on('message', (raw: Buffer) => {
    lastActivity = performance.now();
    let m: { type?: string; id?: string; payload?: unknown };
    try {
      m = JSON.parse(raw.toString('utf8'));
    } catch {
      return;
    }
    if (received.length < 50) received.push(m);
    if (m.type === 'connection_ack') acked = true;
    if ((m.type === 'complete' || m.type === 'error') && typeof m.id === 'string') pending.delete(m.id);
    const errors =
      m.type === 'error' && Array.isArray(m.payload)
        ? (m.payload as GqlError[])
        : m.type === 'next' && Array.isArray((m.payload as { errors?: unknown })?.errors)
          ? ((m.payload as { errors: GqlError[] }).errors as GqlError[])
          : [];
    // Judged at the end, with the server's log of the whole conversation.
    wsErrors.push(...errors);
  });
  const opened = await new Promise<string>((resolve) => {
    ws.once('open', () => resolve('open'));
    ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.once('error', (err) => resolve(`error ${(err as NodeJS.ErrnoException).code ?? err.message}`));
  });
  const where = c.steps.map((s) => s.s).join(',');
  if (opened !== 'open') {
    if (performance.now() - t0 > HANG_MS || opened.includes('timed out'))
      failures.push({ kind: 'hang', signature: 'hang WS handshake', detail: `handshake: ${opened}`, where });
    const status = Number(opened.split(' ')[1]);
    if (opened.startsWith('HTTP') && status >= 500)
      failures.push({ kind: '5xx', signature: `5xx ${status} WebSocket upgrade`, detail: opened, where });
    ws.terminate();
    return { label: `WS ${opened}`, codes, ms: performance.now() - t0, failures };
  }
  let expectAck = false;
  for (const step of c.steps) {
    if (closed !== null) break;
    if (step.s === 'wait') {
      await sleep(step.ms);
      continue;
    }
    if (step.s === 'poke') {
      await target.poke().catch(() => {});
      lastActivity = performance.now();
      continue;
    }
    const m = wsMessage(target, c, step);
    if (!m) continue;
    if (step.s === 'init' && step.payload === 0 && c.auth.kind === 'role' && !expectAck) expectAck = true;
    if (step.s === 'subscribe' && acked && m.op && m.op.opType !== 'subscription' && step.variant === 0)
      pending.add(step.id);
    // An operation the client completes itself gets no answer.
    if (step.s === 'complete') pending.delete(step.id);
    ws.send(m.data);
    lastActivity = performance.now();
    if (step.s === 'init') {
      // Let the ack (or the refusal) arrive before the next message, as a client would.
      const until = performance.now() + HANG_MS;
      while (!acked && closed === null && performance.now() < until && expectAck) await sleep(5);
      if (expectAck && !acked && closed === null)
        failures.push({
          kind: 'hang',
          signature: 'hang WS connection_init not acknowledged',
          detail: 'no connection_ack within 5 s',
          where,
        });
    }
  }
  // Settle: until the server closed, or nothing is pending and it has been quiet for 50 ms.
  const settleUntil = performance.now() + HANG_MS;
  while (closed === null && performance.now() < settleUntil) {
    if (pending.size === 0 && performance.now() - lastActivity > 50) break;
    await sleep(5);
  }
  if (closed === null && pending.size > 0)
    failures.push({
      kind: 'hang',
      signature: 'hang WS operation without an answer',
      detail: `no complete or error for ${[...pending].map((p) => p.slice(0, 20)).join(', ')} within 5 s`,
      where,
    });
  const serverClosed = closed as number | null;
  if (serverClosed === null) {
    ws.close(1000);
    await Promise.race([new Promise((r) => ws.once('close', r)), sleep(1000)]);
    if (ws.readyState !== WebSocket.CLOSED) ws.terminate();
  }
  const serverLog = log.take();
  const judged = judgeErrors(wsErrors, serverLog, true);
  codes.push(...judged.codes);
  failures.push(...judged.failures);
  const cause = unexpectedCause(serverLog);
  if ((closed as number | null) === 4500) {
    // graphql-ws's close for an error it did not expect: the WebSocket's 500.
    failures.push({
      kind: 'INTERNAL',
      signature: `INTERNAL WebSocket closed 4500: ${normalise(closeReason || cause?.key || '')}`,
      detail: `closed with 4500 "${closeReason}"; server log: ${serverLog.join(' | ').slice(0, 500) || 'nothing'}`,
      where,
    });
  } else if (cause && !failures.some((f) => f.kind === 'INTERNAL')) {
    failures.push({
      kind: 'INTERNAL',
      signature: `INTERNAL ${normalise(cause.key)}`,
      detail: `server log: ${cause.line.slice(0, 400)}`,
      where,
    });
  }
  const label = serverClosed !== null ? `WS close ${serverClosed}` : acked ? 'WS open, acknowledged' : 'WS open';
  return { label, codes, ms: performance.now() - t0, failures };
}

export async function runCase(target: FuzzTarget, c: FuzzCase, log: ServerLog): Promise<Observation> {
  const o = c.kind === 'http' ? await runHttp(target, c, log) : await runWs(target, c, log);
  // A case that may have ended sessions: sign those roles in again, so later cases still act as them.
  if (mayEndSessions(target, c)) await target.refreshSessions().catch(() => {});
  return o;
}

const ENDS_SESSIONS = /logout|signOutEverywhere|changePassword|revokeSessions/;

function mayEndSessions(target: FuzzTarget, c: FuzzCase): boolean {
  if (c.kind === 'http') {
    const tr = c.transport;
    if (tr.t === 'raw' && tr.body.k === 'text' && ENDS_SESSIONS.test(tr.body.text)) return true;
    return ENDS_SESSIONS.test(buildOp(target, c.op).query);
  }
  return c.steps.some(
    (s) =>
      (s.s === 'subscribe' &&
        ENDS_SESSIONS.test(buildOp(target, s.op, s.subscription ? 'subscription' : undefined).query)) ||
      (s.s === 'text' && ENDS_SESSIONS.test(s.text)),
  );
}

// ---- describing a case ------------------------------------------------------------------------------
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function describeAuth(a: Auth): string {
  switch (a.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'role':
      return a.role;
    case 'mangled':
      return `${a.role}'s token, damaged (#${a.how})`;
    case 'header':
      return `Authorization: ${clip(JSON.stringify(a.value), 60)}`;
  }
}

function describeOp(op: BuiltOperation): string[] {
  const lines = [`  operation (${op.opType}, ${op.shape}): ${clip(op.query, 700)}`];
  const vars = JSON.stringify(op.variables);
  if (vars !== '{}') lines.push(`  variables: ${clip(vars, 500)}`);
  if (op.operationName !== undefined) lines.push(`  operationName: ${clip(JSON.stringify(op.operationName), 80)}`);
  return lines;
}

/** A person-readable account of a case: who, how, and the document. */
export function describeCase(target: FuzzTarget, c: FuzzCase): string {
  if (c.kind === 'http') {
    const req = httpRequestFor(target, c);
    const headers = Object.entries(req.headers)
      .filter(([k]) => k !== 'authorization')
      .map(([k, v]) => `${k}: ${clip(v, 80)}`)
      .join('; ');
    const lines = [
      `HTTP as ${describeAuth(c.auth)}: ${req.method} ${clip(req.path, 200)}${headers ? ` [${headers}]` : ''}`,
    ];
    const tr = c.transport;
    if (tr.t === 'post' || tr.t === 'get' || tr.t === 'method' || (tr.t === 'path' && tr.method === 'POST')) {
      if (req.op) lines.push(...describeOp(req.op));
    } else if (tr.t === 'shape' || tr.t === 'batch') {
      lines.push(
        `  body (${tr.t} ${tr.t === 'shape' ? tr.variant : tr.n}): ${clip(req.body?.toString('utf8') ?? '', 600)}`,
      );
    } else if (tr.t === 'raw') {
      const b = tr.body;
      const shown =
        b.k === 'huge'
          ? `${b.mb} MB ${b.json ? 'JSON with one huge variable' : 'of "x"'}`
          : b.k === 'deep'
            ? `${b.depth} nested ${b.arrays ? 'arrays' : 'objects'}`
            : b.k === 'bytes'
              ? `bytes ${Buffer.from(b.bytes).toString('hex').slice(0, 200)}`
              : clip(JSON.stringify(req.body?.toString('utf8') ?? ''), 600);
      lines.push(`  body: ${shown}`);
    }
    return lines.join('\n');
  }
  const lines = [`WebSocket as ${describeAuth(c.auth)}, protocols ${clip(JSON.stringify(c.protocols), 80)}:`];
  for (const s of c.steps) {
    if (s.s === 'wait' || s.s === 'poke') {
      lines.push(s.s === 'wait' ? `  wait ${s.ms} ms` : '  (a reply to a demo thread, over HTTP as working)');
      continue;
    }
    const m = wsMessage(target, c, s);
    if (!m) continue;
    if (s.s === 'subscribe' && m.op) {
      lines.push(`  subscribe id ${clip(JSON.stringify(s.id), 30)} (payload variant ${s.variant}):`);
      lines.push(...describeOp(m.op).map((l) => `  ${l}`));
    } else if (s.s === 'init') {
      lines.push(`  connection_init (payload variant ${s.payload})`);
    } else if (s.s === 'huge') {
      lines.push(`  a ${s.kb} KB subscribe message`);
    } else {
      lines.push(
        `  send ${clip(typeof m.data === 'string' ? JSON.stringify(m.data) : `bytes ${m.data.toString('hex')}`, 300)}`,
      );
    }
  }
  return lines.join('\n');
}

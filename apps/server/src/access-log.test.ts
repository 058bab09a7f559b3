import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type GqlResult, queryText, wsClient } from '#test/support/client.js';
import {
  FeedDocument,
  OutDocument,
  SignInDocument,
  TypenameDocument,
  WhoAmIDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';
import { createDataSource } from './db/data-source.js';

/** Every line the server writes, as written. */
const written: string[] = [];
type Line = { msg?: string } & Record<string, unknown>;
const lines = (): Line[] => written.map((l) => JSON.parse(l));
const withId = (reqId: string) => lines().filter((l) => l.reqId === reqId);
const accessLines = (reqId: string) => withId(reqId).filter((l) => typeof l.status === 'number');

let server: TestServer;
let p: Programme;
beforeAll(async () => {
  server = await startTestServer({
    demo: false,
    // Behind one proxy (trustProxy 1), as with nginx: X-Forwarded-For names the client.
    config: { logLevel: 'info', loginAccountFailures: 2, trustProxy: 1, slowQueryMs: 100 },
    logDestination: { write: (line: string) => void written.push(line) },
  });
  p = await buildProgramme(server);
});
afterAll(() => server?.stop());

/** POSTs a request body as given, with the headers this test is about. */
async function post<R = unknown>(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as GqlResult<R> };
}

/** POSTs a typed operation (its name is what the access line reports). */
const send = <R, V>(document: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string> = {}) =>
  post<R>({ query: queryText(document), variables }, headers);

/** The access line is written when the response ends, a moment after the client has read it. */
async function accessLine(reqId: string): Promise<Line> {
  await expect.poll(() => accessLines(reqId).length).toBe(1);
  return accessLines(reqId)[0] as Line;
}

const signIn = (email: string, password: string, reqId: string) =>
  send(SignInDocument, { e: email, p: password }, { 'x-request-id': reqId });

describe('the access log', () => {
  it('logs an answer the response cache sends before Apollo like any other: operation, caller, status', async () => {
    const token = await p.as('working');
    const headers = (reqId: string) => ({ authorization: `Bearer ${token}`, 'x-request-id': reqId });
    const computed = await send(TypenameDocument, {}, headers('cached-1'));
    const kept = await send(TypenameDocument, {}, headers('cached-2'));
    expect(kept.body).toEqual(computed.body);
    for (const reqId of ['cached-1', 'cached-2']) {
      const line = await accessLine(reqId);
      expect(line).toMatchObject({ status: 200, operation: 'Typename', operationType: 'query' });
      expect(line.personId).toBe(p.personIds.working);
    }
  });

  it('writes one line per GraphQL request: its id (echoed), operation, caller, status and duration', async () => {
    const token = await p.as('working');
    const { res, body } = await send(
      WhoAmIDocument,
      {},
      { authorization: `Bearer ${token}`, 'x-request-id': 'trace-4711.a_b' },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-4711.a_b');
    const line = await accessLine('trace-4711.a_b');
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'WhoAmI',
      operationType: 'query',
      personId: body.data?.me?.id,
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line.address).toMatch(/127\.0\.0\.1/);
    expect(line.errorCodes).toBeUndefined();
    console.log(`access line (${JSON.stringify(line).length} bytes): ${JSON.stringify(line)}`);
  });

  it('names the client by X-Forwarded-For only as far as the proxy setting trusts it', async () => {
    await send(TypenameDocument, {}, { 'x-request-id': 'proxied-1', 'x-forwarded-for': '198.51.100.9, 203.0.113.7' });
    expect(await accessLine('proxied-1')).toMatchObject({ address: '203.0.113.7' });
  });

  it('makes up a request id when the caller sends none or one it cannot trust', async () => {
    for (const sent of [undefined, 'has spaces', 'x'.repeat(65), '{"json":1}']) {
      const { res } = await send(TypenameDocument, {}, sent === undefined ? {} : { 'x-request-id': sent });
      const id = res.headers.get('x-request-id') as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await accessLine(id)).status).toBe(200);
    }
  });

  it('logs the error codes an operation answered with', async () => {
    // A field the schema lacks: an invalid document, sent as text.
    const { res } = await post({ query: 'query Broken { noSuchField }' }, { 'x-request-id': 'broken-1' });
    expect(res.status).toBe(400);
    expect(await accessLine('broken-1')).toMatchObject({ status: 400, errorCodes: ['BAD_USER_INPUT'] });

    const { body } = await send(OutDocument, {}, { 'x-request-id': 'nobody-1', authorization: 'Bearer not-a-session' });
    const codes = body.errors?.map((e) => e.extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(await accessLine('nobody-1')).toMatchObject({ operation: 'Out', errorCodes: codes });
  });

  it('keeps probes out of the log at info', async () => {
    for (const probe of ['/healthz', '/readyz']) {
      const res = await fetch(`${server.url}${probe}`, {
        headers: { 'x-request-id': `probe${probe.replace('/', '-')}` },
      });
      expect(res.status).toBe(200);
    }
    // A request after them is logged, so theirs would have been by now.
    await send(TypenameDocument, {}, { 'x-request-id': 'after-probes' });
    await accessLine('after-probes');
    expect(withId('probe-healthz')).toEqual([]);
    expect(withId('probe-readyz')).toEqual([]);
  });

  it('never writes an Authorization header, a session token or an export link’s token', async () => {
    const token = await p.as('guicai');
    const secret = 'e1f0c2b7d9a84c3f9b1e6a5d4c3b2a19';
    const res = await fetch(`${server.url}/exports/${secret}?format=xlsx`, {
      headers: { authorization: `Bearer ${token}`, cookie: `session=${token}`, 'x-request-id': 'export-1' },
    });
    expect(res.status).toBe(404);
    expect(await accessLine('export-1')).toMatchObject({ path: '/exports/[token]', status: 404 });
    const all = written.join('');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(token);
    expect(all).not.toMatch(/bearer/i);
    expect(all).not.toContain('format=xlsx');
  });
});

describe('sign-ins', () => {
  it('logs a wrong password and an unknown account at warn, with email, address and reason, never the password', async () => {
    const email = `working@${p.emailDomain}`;
    expect((await signIn(email, 'Wrong-Horse-7781', 'bad-pass-1')).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await signIn(`nobody@${p.emailDomain}`, 'Wrong-Horse-7782', 'no-account-1');
    await accessLine('no-account-1');
    const [wrong] = withId('bad-pass-1').filter((l) => l.level === 'warn');
    expect(wrong).toMatchObject({ email, reason: 'wrong password', address: expect.stringMatching(/127\.0\.0\.1/) });
    const [unknown] = withId('no-account-1').filter((l) => l.level === 'warn');
    expect(unknown).toMatchObject({ email: `nobody@${p.emailDomain}`, reason: 'unknown account' });
    expect(written.join('')).not.toContain('Wrong-Horse');
  });

  it('logs a locked account at warn, and a sign-in that works at info with the person', async () => {
    const email = `expert@${p.emailDomain}`;
    let locked: Line | undefined;
    for (let i = 0; i < 5 && !locked; i++) {
      await signIn(email, 'Wrong-Horse-7783', `lock-${i}`);
      await accessLine(`lock-${i}`);
      locked = withId(`lock-${i}`).find((l) => l.reason === 'locked');
    }
    expect(locked).toMatchObject({ level: 'warn', email, detail: expect.stringMatching(/Too many wrong passwords/) });

    const { body } = await signIn(`working@${p.emailDomain}`, PASSWORD, 'good-1');
    expect(body.data?.login.token).toBeTruthy();
    await accessLine('good-1');
    expect(withId('good-1').find((l) => l.msg === 'Signed in')).toMatchObject({
      level: 'info',
      email: `working@${p.emailDomain}`,
      personId: p.personIds.working,
    });
    expect(written.join('')).not.toContain(PASSWORD);
    expect(written.join('')).not.toContain(body.data?.login.token);
  });
});

describe('WebSockets', () => {
  it('logs a socket opening, each operation it starts, and its closing with the code', async () => {
    const client = wsClient(server.url, await p.as('kexin'));
    const feed = collect(client, FeedDocument, {
      id: p.programId,
    });
    await expect.poll(() => lines().filter((l) => l.field === 'programEvents').length).toBe(1);
    feed.dispose();
    await client.dispose();
    await expect.poll(() => lines().filter((l) => l.msg?.startsWith('WebSocket closed')).length).toBeGreaterThan(0);
    const opened = lines().find((l) => l.msg === 'WebSocket opened') as Line;
    expect(opened).toMatchObject({ personId: p.personIds.kexin, connId: expect.any(String) });
    const same = lines().filter((l) => l.connId === opened.connId);
    expect(same.map((l) => l.msg)).toEqual([
      'WebSocket opened',
      'WebSocket subscription started: Feed',
      'WebSocket closed (1000)',
    ]);
    expect(same[1]).toMatchObject({ operation: 'Feed', operationType: 'subscription', field: 'programEvents' });
    expect(same[2]).toMatchObject({ code: 1000, personId: p.personIds.kexin });
  });
});

describe('SQL statements', () => {
  it('logs a statement slower than GONGBIAN_SLOW_QUERY_MS at warn with its duration, a failed one with its SQL but never its parameters', async () => {
    // The app's own pool, so the setting is what decides; no wait is under it, 0.2 s over.
    await server.app.services.ds.query('SELECT pg_sleep(0)');
    await server.app.services.ds.query('SELECT pg_sleep(0.2)');
    const ds = createDataSource(server.databaseUrl, { poolSize: 1 });
    await ds.initialize();
    try {
      await expect(ds.query('SELECT * FROM no_such_table WHERE name = $1', ['Zhang-San-Secret'])).rejects.toThrow();
      await expect(ds.query('SELECT $1::uuid', ['Li-Si-Secret'])).rejects.toThrow();
    } finally {
      await ds.destroy();
    }
    const slow = lines().find((l) => l.sql === 'SELECT pg_sleep(0.2)');
    expect(slow).toMatchObject({ level: 'warn', durationMs: expect.any(Number) });
    expect(slow?.durationMs).toBeGreaterThan(100);
    expect(lines().find((l) => l.sql === 'SELECT pg_sleep(0)')).toBeUndefined();
    const failed = lines().filter((l) => l.msg === 'SQL statement failed');
    expect(failed.map((l) => [l.level, l.sqlState])).toEqual([
      ['error', '42P01'],
      ['warn', '22P02'],
    ]);
    expect(failed[0]?.err).toMatchObject({
      message: expect.stringMatching(/no_such_table/),
      stack: expect.any(String),
    });
    expect(written.join('')).not.toMatch(/Zhang-San|Li-Si/);
  });
});

describe('every line', () => {
  it('is one JSON object with a level, a time and a message', () => {
    expect(written.length).toBeGreaterThan(20);
    for (const line of written) {
      expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1, line).toBe(true);
      const parsed = JSON.parse(line);
      expect(parsed).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
  });
});

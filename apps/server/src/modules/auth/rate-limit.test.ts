import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResult, gql, login, ok, queryText } from '#test/support/client.js';
import {
  AuditLogPageDocument,
  InvitePersonInputDocument,
  MeNameDocument,
  SignInDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';

/** POSTs as the web app does, with extra headers; returns the status, Retry-After and body. */
async function post<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
  headers: Record<string, string>,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: queryText(document), variables }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as GqlResult<R>,
  };
}

describe('sign-in throttling per account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      demo: false,
      config: { loginBlockSeconds: 1, loginMaxBlockSeconds: 600, anonymousPerMinute: 0 },
    });
  });
  afterAll(() => server.stop());

  it('refuses an account after 5 wrong passwords in a row, even the right one, and records every attempt', async () => {
    const p = await buildProgramme(server);
    const email = `working@${p.emailDomain}`;
    const answers = [];
    for (let i = 0; i < 200; i++) answers.push(await gql(server.url, SignInDocument, { e: email, p: `guess ${i}` }));
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // The block is 1 s here: the attempts that land after it lapses fail again and block for longer.
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(150);
    const limited = answers.find((a) => a.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited?.errors?.[0]?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited?.errors?.[0]?.message).toMatch(/Wait \d+ (second|minute)s? before trying again/);
    const right = await gql(server.url, SignInDocument, { e: email, p: PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const admin = await p.as('admin');
    const count = async (kind: string) =>
      (
        await ok(
          server.url,
          AuditLogPageDocument,
          { programId: p.programId, filter: { personId: p.personIds.working, kind } },
          admin,
        )
      ).auditLog;
    const failed = await count('signIn.failed');
    const refused = await count('signIn.rateLimited');
    expect(failed.totalCount).toBeGreaterThanOrEqual(5);
    expect(failed.totalCount + refused.totalCount).toBe(201);
    const log = refused;
    expect(log.edges[0]?.node).toMatchObject({ email, address: expect.stringContaining('127.0.0.1') });
  });

  it('blocks for longer after each further wrong password', async () => {
    const p = await buildProgramme(server);
    const email = `leader@${p.emailDomain}`;
    for (let i = 0; i < 5; i++) await gql(server.url, SignInDocument, { e: email, p: 'wrong' });
    const first = await gql(server.url, SignInDocument, { e: email, p: 'wrong' });
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    await gql(server.url, SignInDocument, { e: email, p: 'wrong' });
    const second = await gql(server.url, SignInDocument, { e: email, p: 'wrong' });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 2 });
  });

  it('forgets wrong passwords at a right one, and never counts right ones', async () => {
    const p = await buildProgramme(server);
    const email = `guicai@${p.emailDomain}`;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        expect((await gql(server.url, SignInDocument, { e: email, p: 'wrong' })).errors?.[0]?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      await login(server.url, email, PASSWORD);
    }
    for (let i = 0; i < 20; i++) await login(server.url, email, PASSWORD);
  });

  it('throttles an unknown email the same way, and records it without a programme', async () => {
    const email = `nobody-${Date.now()}@nowhere.test`;
    const codes = [];
    for (let i = 0; i < 7; i++)
      codes.push((await gql(server.url, SignInDocument, { e: email, p: 'x' })).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const rows: { outcome: string; program_id: string | null }[] = await server.app.services.ds.query(
      'SELECT outcome, program_id FROM sign_in WHERE email = $1',
      [email],
    );
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.program_id === null)).toBe(true);
  });
});

describe('limits per address and per person', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      demo: false,
      config: { loginAddressFailuresPerDay: 10, writesPerMinute: 5, trustProxy: 'loopback' },
    });
  });
  afterAll(() => server.stop());

  it('refuses sign-ins from an address after its failures of the day, whatever the emails', async () => {
    const p = await buildProgramme(server);
    const from = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 10; i++) {
      const r = await post(server.url, SignInDocument, { e: `someone${i}@${p.emailDomain}`, p: 'wrong' }, from);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await post(server.url, SignInDocument, { e: `working@${p.emailDomain}`, p: PASSWORD }, from);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(3600);
    // Another address is not held back.
    const other = await post(
      server.url,
      SignInDocument,
      { e: `working@${p.emailDomain}`, p: PASSWORD },
      {
        'x-forwarded-for': '198.51.100.9',
      },
    );
    expect(other.body.data?.login?.token).toBeTruthy();
  });

  it('limits the writes of one person per minute, and not those of others', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const invite = (token: string, n: string) =>
      gql(
        server.url,
        InvitePersonInputDocument,
        { i: { programId: p.programId, email: `w${n}@${p.emailDomain}`, role: 'EXPERT' } },
        token,
      );
    for (let i = 0; i < 5; i++) expect((await invite(working, `a${i}`)).errors).toBeUndefined();
    const refused = await invite(working, 'a5');
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.message).toContain('faster than 5 a minute');
    const admin = await p.as('admin');
    expect((await invite(admin, 'b0')).errors).toBeUndefined();
    // Reading is not writing.
    expect((await gql(server.url, MeNameDocument, {}, working)).errors).toBeUndefined();
  });
});

describe('calls without a session, per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: false, config: { anonymousPerMinute: 5, trustProxy: 'loopback' } });
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After once an address passes its anonymous calls, and signed-in calls go on', async () => {
    const from = { 'x-forwarded-for': '192.0.2.44' };
    for (let i = 0; i < 5; i++) expect((await post(server.url, MeNameDocument, {}, from)).status).toBe(200);
    const refused = await post(server.url, MeNameDocument, {}, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBe(Number(refused.retryAfter));
    expect((await post(server.url, MeNameDocument, {}, { 'x-forwarded-for': '192.0.2.45' })).status).toBe(200);
  });

  it('believes X-Forwarded-For only when trust proxy is set', async () => {
    const direct = await startTestServer({ demo: false, config: { anonymousPerMinute: 3 } });
    try {
      for (let i = 0; i < 3; i++) await post(direct.url, MeNameDocument, {}, { 'x-forwarded-for': `10.0.0.${i}` });
      const spoofed = await post(direct.url, MeNameDocument, {}, { 'x-forwarded-for': '10.0.0.99' });
      expect(spoofed.status).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryText } from '#test/support/client.js';
import { ClockTodayDocument } from '#test/support/generated/graphql.js';
import { startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** A well-formed query: what these tests vary is the body around it. */
const CLOCK = queryText(ClockTodayDocument);

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('HTTP bodies', () => {
  it('refuses a GraphQL body over 1 MiB with 413 and a JSON error, signed in or not', async () => {
    const res = await post(JSON.stringify({ query: CLOCK, variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PAYLOAD_TOO_LARGE',
      limit: 1_048_576,
    });
    expect(body.errors[0]?.message).toMatch(/1 MiB/);
  });

  it('takes a body just under the limit', async () => {
    const res = await post(JSON.stringify({ query: CLOCK, variables: { pad: 'x'.repeat(1_000_000) } }));
    expect(res.status).toBe(200);
  });

  it('answers a body that is not JSON with 400 and a JSON error, not an HTML page', async () => {
    const res = await post('{"query": "{ clock { today } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('takes the limit from the settings', async () => {
    const small = await startTestServer({ demo: false, config: { maxBodyBytes: 1000 } });
    try {
      const res = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CLOCK, variables: { pad: 'x'.repeat(2000) } }),
      });
      expect(res.status).toBe(413);
    } finally {
      await small.stop();
    }
  });
});

describe('security headers', () => {
  it.each(['/', '/plans/some-plan', '/graphql?query=%7B__typename%7D', '/healthz'])('are on %s', async (path) => {
    const res = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves no Apollo landing page, which would load scripts from elsewhere', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollographql\.com/);
  });
});

// Found by pnpm fuzz: requests Apollo answered with 500 or INTERNAL_SERVER_ERROR.
describe('requests the caller must fix', () => {
  const errorOf = async (res: Response) =>
    ((await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0];

  it('refuses a subscription over HTTP with 400, before any resolver runs', async () => {
    for (const query of [
      'subscription { notificationEvents @include(if: null) { cursor } }',
      'subscription($v: Boolean!) { notificationEvents @include(if: $v) { cursor } }',
      'subscription { presence(draftId: "00000000-0000-4000-8000-000000000000") { draftId } }',
    ]) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBeLessThan(500);
      expect((await errorOf(res))?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers an operationName that names no operation as the caller’s mistake', async () => {
    for (const body of [
      { query: '{ clock { today } }', operationName: 'Q' },
      { query: '{ clock { today } }', operationName: 'x'.repeat(1000) },
      { query: 'query A { clock { today } } query B { clock { today } }' },
    ]) {
      const res = await post(JSON.stringify(body));
      expect(res.status).toBeLessThan(500);
      expect(await errorOf(res)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('answers a persisted-query hash as not supported', async () => {
    const persisted = { persistedQuery: { version: 1, sha256Hash: 'x' } };
    for (const body of [{ query: '{ clock { today } }', extensions: persisted }, { extensions: persisted }]) {
      const res = await post(JSON.stringify(body));
      expect(res.status).toBeLessThan(500);
      expect(await errorOf(res)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, login, ok, wsClient } from '#test/support/client.js';
import { MetricsProbeDocument, NotificationCursorDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';

const TOKEN = 'scrape-me-0123456789abcdef';

let plain: TestServer;
let server: TestServer;
beforeAll(async () => {
  [plain, server] = await Promise.all([
    startTestServer({ demo: false }),
    startTestServer({ demo: true, config: { metricsToken: TOKEN } }),
  ]);
});
afterAll(() => Promise.all([plain?.stop(), server?.stop()]));

async function scrape(): Promise<string> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one sample, e.g. sample(text, 'gongbian_subscriptions{field="x"}'); undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function eventually(check: (text: string) => boolean): Promise<string> {
  let text = '';
  for (const until = Date.now() + 10_000; Date.now() < until; ) {
    text = await scrape();
    if (check(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  return text;
}

describe('/metrics', () => {
  it('is not there without a token configured, and is not the web page', async () => {
    const res = await fetch(`${plain.url}/metrics`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
  });

  it('refuses a scrape without the token or with a wrong one', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
  });

  it('answers the token with the text format, default metrics included', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('times a named operation under its name and type', async () => {
    const token = await login(server.url, 'observer@gongbian.test', PASSWORD);
    await ok(server.url, MetricsProbeDocument, {}, token);
    const text = await scrape();
    expect(sample(text, 'gongbian_graphql_request_duration_seconds_count{operation="MetricsProbe",type="query"}')).toBe(
      1,
    );
  });

  it('counts errors by the code the response carries', async () => {
    const series = 'gongbian_graphql_errors_total{code="BAD_USER_INPUT"}';
    const before = sample(await scrape(), series) ?? 0;
    const r = await gql(server.url, '{ noSuchField }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sample(await scrape(), series)).toBe(before + 1);
  });

  it('shows an open socket and its subscription by root field, and forgets them once closed', async () => {
    const token = await login(server.url, 'observer@gongbian.test', PASSWORD);
    const client = wsClient(server.url, token);
    const sub = collect(client, NotificationCursorDocument, {});
    const open = await eventually((t) => sample(t, 'gongbian_subscriptions{field="notificationEvents"}') === 1);
    expect(sample(open, 'gongbian_subscriptions{field="notificationEvents"}')).toBe(1);
    expect(sample(open, 'gongbian_websocket_connections')).toBe(1);
    sub.dispose();
    await client.dispose();
    const closed = await eventually((t) => sample(t, 'gongbian_websocket_connections') === 0);
    expect(sample(closed, 'gongbian_websocket_connections')).toBe(0);
    expect(sample(closed, 'gongbian_subscriptions{field="notificationEvents"}')).toBeUndefined();
  });

  it('reports the request pool and the event tailer’s lag', async () => {
    await server.app.services.tailer.wake();
    const text = await scrape();
    expect(sample(text, 'gongbian_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'gongbian_db_pool_waiting')).toBe(0);
    expect(sample(text, 'gongbian_tailer_lag_events')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'gongbian_tailer_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});

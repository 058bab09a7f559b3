import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, queryText } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import { DispositionTableUrlDocument, SchemaTypesDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { repoRoot } from './config.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, still compressed. */
  body: Buffer;
}

/** node:http rather than fetch, which would decompress the body and hide what went over the wire. */
function request(
  urlPath: string,
  options: { encoding?: string; method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}${urlPath}`,
      {
        method: options.method ?? 'GET',
        headers: { ...(options.encoding ? { 'accept-encoding': options.encoding } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The largest script of the built web app (the echarts chunk). */
function largestScript(): string {
  const dir = path.join(repoRoot, 'apps/web/dist/assets');
  const [name] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size);
  if (!name) throw new Error('the web app is not built: pnpm --filter @gongbian/web build');
  return `/assets/${name}`;
}

const graphql = (encoding: string) =>
  request('/graphql', {
    method: 'POST',
    encoding,
    headers: { 'content-type': 'application/json' },
    // Introspection (on outside production) answers with well over compression's 1 KB threshold.
    body: JSON.stringify({ query: queryText(SchemaTypesDocument) }),
  });

describe('HTTP delivery', () => {
  it('compresses GraphQL responses with brotli or gzip, as the client asks', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await graphql(encoding);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
    const plain = await graphql('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).data.__schema.types.length).toBeGreaterThan(10);
  });

  it('compresses the hashed scripts and lets browsers keep them for a year', async () => {
    const script = largestScript();
    const raw = await request(script);
    expect(raw.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const res = await request(script, { encoding });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.length).toBeLessThan(raw.body.length / 2);
    }
  });

  it('has browsers revalidate index.html, and answers a missing asset with 404, not the page', async () => {
    for (const page of ['/', '/drafts/some-draft']) {
      const res = await request(page, { encoding: 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const missing = await request('/assets/index-00000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });

  it('sends an .xlsx export as it is, never compressed a second time', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    const guicai = await p.as('guicai');
    const link = (await ok(server.url, DispositionTableUrlDocument, { id: draft.id }, guicai)).dispositionTable;
    const res = await request(link.url, { encoding: 'br, gzip', headers: { authorization: `Bearer ${guicai}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.subarray(0, 2).toString()).toBe('PK'); // the zip itself
    expect(res.body.length).toBeGreaterThan(1024); // over the threshold: skipped by type, not by size
  });
});

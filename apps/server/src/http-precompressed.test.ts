import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '#test/support/server.js';
import { repoRoot } from './config.js';

// The web build (apps/web/vite.config.ts) writes a .br and a .gz copy beside each script and
// stylesheet; the server sends those bytes as they are. Needs the built app: node scripts/build.mjs.

const assets = path.join(repoRoot, 'apps/web/dist/assets');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** node:http rather than fetch, which would decompress the body and hide what went over the wire. */
function get(
  urlPath: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${server.url}${urlPath}`,
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
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
  });
}

/** The largest script of the build, which has both copies. */
function largestScript(): string {
  const [name] = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => fs.statSync(path.join(assets, b)).size - fs.statSync(path.join(assets, a)).size);
  if (!name || !fs.existsSync(path.join(assets, `${name}.br`))) {
    throw new Error('the web app is not built with its compressed copies: node scripts/build.mjs');
  }
  return name;
}

describe('the web app’s compressed copies', () => {
  it('sends a browser the brotli copy made at build time, and gzip to a client without brotli', async () => {
    const name = largestScript();
    const original = fs.readFileSync(path.join(assets, name));
    for (const [accept, encoding, copy] of [
      ['gzip, deflate, br, zstd', 'br', '.br'], // Chromium's header: brotli, though it comes later
      ['gzip', 'gzip', '.gz'],
      ['br;q=0, gzip', 'gzip', '.gz'],
    ] as const) {
      const res = await get(`/assets/${name}`, accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(fs.readFileSync(path.join(assets, `${name}${copy}`)))).toBe(true);
      const decoded = encoding === 'br' ? zlib.brotliDecompressSync(res.body) : zlib.gunzipSync(res.body);
      expect(decoded.equals(original)).toBe(true);
    }
  });

  it('sends the file itself to a client that takes no compression, and 404 for an asset that is not there', async () => {
    const name = largestScript();
    const plain = await get(`/assets/${name}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(path.join(assets, name)))).toBe(true);

    const missing = await get('/assets/index-00000000.js', 'br, gzip');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });
});

import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { buildDraft } from '#test/support/factories.js';
import { OpenRoundDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { INSTALL_HINT, missingTools, type NativeNginx, NGINX, NGINX_UPSTREAM, startNginx } from '../topology/native.js';

// Issue 14: "the public draft is served … ready for a CDN in front (document it and give the nginx
// cache config in infra/)". infra/nginx/gongbian.conf as shipped, in Debian's nginx, in front of a
// real server: repeat readers of a public draft are answered from nginx's cache, and what is not
// public (GraphQL) never is.

let server: TestServer;
let nginx: NativeNginx;
let slug = '';

beforeAll(async () => {
  const missing = await missingTools();
  if (missing.includes(NGINX)) throw new Error(INSTALL_HINT);
  server = await startTestServer({ demo: false });
  const upstream = (await fs.readFile(NGINX_UPSTREAM, 'utf8')).split('\n').filter((l) => /^\s*server\s/.test(l));
  nginx = await startNginx(upstream.map(() => new URL(server.url).host));
  const p = await buildProgramme(server);
  const draft = await buildDraft(server, p, { by: 'guicai' });
  const opened = await ok(
    server.url,
    OpenRoundDocument,
    { input: { draftId: draft.id, intro: '欢迎提出意见。', opensOn: '2020-11-16', closesOn: '2020-12-16' } },
    await p.as('working'),
  );
  slug = opened.openConsultation.consultation.slug;
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  await server?.stop();
});

const through = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.url}${path}`, { headers });

describe('nginx in front of the public draft', () => {
  it('answers repeat readers from its cache, and 304 to a reader who has it', async () => {
    const path = `/public-api/consultations/${slug}`;
    const first = await through(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    const etag = first.headers.get('etag') ?? '';
    expect((await first.json()).slug).toBe(slug);
    const again = await through(path);
    expect(again.headers.get('x-cache-status')).toBe('HIT');
    expect((await again.json()).slug).toBe(slug);
    const revalidated = await through(path, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    // One reader reached the server; nginx answered the rest.
    const upstream = (await nginx.logs()).split('\n').filter((l) => l.includes(path) && l.includes('"upstream":"1'));
    expect(upstream).toHaveLength(1);
  });

  it('never keeps what is not public', async () => {
    const body = JSON.stringify({ query: 'query { publicChallenge { json } }' });
    const post = () =>
      fetch(`${nginx.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const [a, b] = [await post(), await post()];
    expect(a.headers.get('x-cache-status')).toBeNull();
    const [x, y] = [(await a.json()).data.publicChallenge.json, (await b.json()).data.publicChallenge.json];
    expect(x).not.toBe(y);
  });
});

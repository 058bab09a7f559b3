import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { buildDraft } from '#test/support/factories.js';
import {
  ChallengeDocument,
  CloseRoundDocument,
  OpenRoundDocument,
  SendPublicOpinionDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';

// A proof of work cheap enough to solve here; the browser test solves the real one.
const CHEAP_WORK = { altchaCost: 10, altchaMaxCounter: 20 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, config: CHEAP_WORK });
});
afterAll(() => server.stop());

const snapshot = (slug: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/public-api/consultations/${slug}`, { headers });

describe('the public draft as a snapshot', () => {
  it('is served to every reader from memory, with an ETag and public caching, and 304 to a repeat reader', async () => {
    const p = await buildProgramme(server);
    const draft = await buildDraft(server, p, { by: 'guicai' });
    const working = await p.as('working');
    const { openConsultation } = await ok(
      server.url,
      OpenRoundDocument,
      { input: { draftId: draft.id, intro: '欢迎提出意见。', opensOn: '2020-11-16', closesOn: '2020-12-16' } },
      working,
    );
    const { slug, id } = openConsultation.consultation;
    const first = await snapshot(slug);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const body = await first.json();
    expect(body).toMatchObject({ slug, intro: '欢迎提出意见。', state: 'OPEN' });
    expect(body.blocks.map((b: { text: string }) => b.text)).toEqual(draft.blocks.map((b) => b.text));

    // Compressed once, as the reader's browser accepts it; the same JSON once decoded.
    for (const encoding of ['br', 'gzip']) {
      const compressed = await snapshot(slug, { 'accept-encoding': encoding });
      expect(compressed.headers.get('content-encoding')).toBe(encoding);
      expect(await compressed.json()).toEqual(body);
    }

    const counter = queryCounter(server.app.services.ds);
    const before = counter.count;
    const views = await Promise.all(Array.from({ length: 20 }, () => snapshot(slug)));
    const repeat = await snapshot(slug, { 'if-none-match': etag ?? '' });
    expect(views.every((v) => v.status === 200)).toBe(true);
    expect(repeat.status).toBe(304);
    // Presence and the tailer use their own connections; the requests' pool sent nothing.
    expect(counter.count - before).toBe(0);

    // Closing the round (here, or on any replica: it comes through the log) changes what is served.
    await ok(server.url, CloseRoundDocument, { id }, working);
    await server.app.services.tailer.catchUp();
    const closed = await snapshot(slug, { 'if-none-match': etag ?? '' });
    expect(closed.status).toBe(200);
    expect((await closed.json()).state).toBe('CLOSED');
  });

  it('answers 404 for a round that does not exist or has not opened, and for a malformed address', async () => {
    const p = await buildProgramme(server);
    const draft = await buildDraft(server, p, { by: 'guicai' });
    const { openConsultation } = await ok(
      server.url,
      OpenRoundDocument,
      { input: { draftId: draft.id, intro: '下月征求意见。', opensOn: '2020-12-01', closesOn: '2020-12-31' } },
      await p.as('working'),
    );
    expect(openConsultation.consultation.state).toBe('SCHEDULED');
    for (const slug of [openConsultation.consultation.slug, 'nosuchround', '..%2F..%2Fetc']) {
      const r = await snapshot(slug);
      expect(r.status, slug).toBe(404);
      expect(await r.json()).toMatchObject({ error: 'NOT_FOUND' });
    }
  });
});

describe('two replicas on one database', () => {
  it('drop the snapshot a round closed on the other, and accept a proof of work the other gave out', async () => {
    const other = await startTestServer({ demo: false, databaseUrl: server.databaseUrl, config: CHEAP_WORK });
    try {
      const p = await buildProgramme(server);
      const draft = await buildDraft(server, p, { by: 'guicai' });
      const working = await p.as('working');
      const { openConsultation } = await ok(
        server.url,
        OpenRoundDocument,
        { input: { draftId: draft.id, intro: '欢迎提出意见。', opensOn: '2020-11-16', closesOn: '2020-12-16' } },
        working,
      );
      const { slug, id } = openConsultation.consultation;
      const read = async (url: string) => (await (await fetch(`${url}/public-api/consultations/${slug}`)).json()).state;
      expect(await read(other.url)).toBe('OPEN');

      // A challenge from one replica, solved and sent to the other: the secret is shared.
      const { publicChallenge } = await ok(server.url, ChallengeDocument, {});
      const challenge = JSON.parse(publicChallenge.json);
      const solution = await solveChallenge({ challenge, deriveKey });
      const payload = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
      const sent = await ok(other.url, SendPublicOpinionDocument, {
        input: { slug, body: '建议补充储备标准。', identity: 'CITIZEN', challenge: payload },
      });
      expect(sent.submitPublicOpinion.receipt).toMatch(/^[2-9A-Z]{4}-/);

      await ok(server.url, CloseRoundDocument, { id }, working);
      await other.app.services.tailer.catchUp();
      expect(await read(other.url)).toBe('CLOSED');
    } finally {
      await other.stop();
    }
  });
});

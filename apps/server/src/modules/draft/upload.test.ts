import { createHash } from 'node:crypto';
import { wordPackage, zerosPart } from '@gongbian/documents/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import {
  CreateDraftBlocksDocument,
  CreateDraftIdDocument,
  type CreateDraftInput,
  DraftBlocksDocument,
  MeIdDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { UPLOAD_TTL_MINUTES } from './upload.service.js';

const UPLOAD_MAX = 1024 * 1024;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, config: { uploadMaxBytes: UPLOAD_MAX } });
});
afterAll(() => server.stop());

/** What /uploads answers: the stored file, or an error with a code. */
interface UploadAnswer {
  status: number;
  body: {
    id?: string;
    size?: number;
    filename?: string;
    sha256?: string;
    code?: string;
    reason?: string;
    message?: string;
  };
}

async function upload(bytes: Uint8Array, token: string | null, filename = '规划.docx'): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), filename);
  const res = await fetch(`${server.url}/uploads`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

async function uploaded(bytes: Uint8Array, token: string, filename?: string): Promise<string> {
  const r = await upload(bytes, token, filename);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return present(r.body.id, 'the upload’s id');
}

const input = (planId: string, extra: Partial<CreateDraftInput>): CreateDraftInput => ({
  planId,
  stage: 'CONSULTATION',
  title: '征求意见稿',
  format: 'DOCX',
  content: '',
  ...extra,
});

/** Markdown of n one-line paragraphs: n blocks. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段。`).join('\n\n');

async function publisher() {
  const p = await buildProgramme(server);
  return { p, planId: await planLedBy(server, p, '科信处'), token: await p.as('kexin') };
}

describe('POST /uploads', () => {
  it('stores a file for its sender and answers its id, size and SHA-256', async () => {
    const { token } = await publisher();
    const bytes = new TextEncoder().encode('# 第一章\n\n正文。');
    const r = await upload(bytes, token, '规划.md');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ size: bytes.length, filename: '规划.md', id: expect.any(String) });
    expect(r.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses a request without a session (a cross-site form cannot send the Bearer header) with 401', async () => {
    const r = await upload(new Uint8Array([1, 2, 3]), null);
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a file over the size limit with 413 and a message that says the limit', async () => {
    const { token } = await publisher();
    const r = await upload(new Uint8Array(UPLOAD_MAX + 1), token);
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
    expect(r.body.message).toContain('1 MB');
    expect((await upload(new Uint8Array(UPLOAD_MAX), token)).status).toBe(201);
  });
});

describe('publishing a draft from an upload', () => {
  it('publishes from the upload once, and only for the person who uploaded it', async () => {
    const { p, planId, token } = await publisher();
    const id = await uploaded(new TextEncoder().encode('# 总则\n\n上传的正文。'), token, '规划.md');

    const other = await gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id }) },
      await p.as('working'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const mine = await ok(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id, clientMutationId: 'up-1' }) },
      token,
    );
    expect(mine.createDraft.draft.blocks.map((b) => b.text)).toEqual(['总则', '上传的正文。']);
    // A retry after a lost answer gets the same draft; a new publication cannot reuse the file.
    const retry = await ok(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id, clientMutationId: 'up-1' }) },
      token,
    );
    expect(retry.createDraft.draft.id).toBe(mine.createDraft.draft.id);
    const again = await gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id }) },
      token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an upload after it has expired, and content given beside an upload', async () => {
    const { planId, token } = await publisher();
    const id = await uploaded(new TextEncoder().encode('正文。'), token, '规划.md');
    const both = await gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id, content: '另一份' }) },
      token,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    server.app.services.clock.advanceWall((UPLOAD_TTL_MINUTES + 1) * 60_000);
    try {
      const late = await gql(
        server.url,
        CreateDraftBlocksDocument,
        { input: input(planId, { format: 'MARKDOWN', uploadId: id }) },
        token,
      );
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_EXPIRED' });
    } finally {
      server.app.services.clock.advanceWall(-(UPLOAD_TTL_MINUTES + 1) * 60_000);
    }
  });
});

describe('reading Word files safely', () => {
  it('refuses a zip bomb (1.8 MB unpacking to 400 MB) as BAD_USER_INPUT within seconds', async () => {
    const { planId, token } = await publisher();
    const bomb = wordPackage(await zerosPart('word/document.xml', 400 * 1024 * 1024));
    const id = await uploaded(bomb, token);
    const started = performance.now();
    const r = await gql(server.url, CreateDraftBlocksDocument, { input: input(planId, { uploadId: id }) }, token);
    const seconds = (performance.now() - started) / 1000;
    console.log(`zip bomb refused in ${seconds.toFixed(2)} s`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNPACKS_TOO_LARGE' });
    // The bound is 2 s; CI machines get slack.
    expect(seconds).toBeLessThan(5);
  });

  it('refuses a zip bomb whose directory understates its size', async () => {
    const { planId, token } = await publisher();
    const part = await zerosPart('word/document.xml', 400 * 1024 * 1024);
    const liar = wordPackage({ ...part, declaredSize: 20_000 });
    const r = await gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { uploadId: await uploaded(liar, token) }) },
      token,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNPACKS_TOO_LARGE' });
  });

  it('stops reading a Word file that takes too long, refusing it, and answers other requests meanwhile', async () => {
    // A server of its own with a short time limit, so the test need not wait out the default 10 s.
    const defaults = server;
    server = await startTestServer({ demo: false, config: { importTimeoutMs: 2_000 } });
    try {
      await slowFile();
    } finally {
      await server.stop();
      server = defaults;
    }
  });

  async function slowFile() {
    const { p, planId, token } = await publisher();
    // Within every size cap, but about 150,000 paragraphs: far longer to read than the limit allows.
    const body = Array.from({ length: 150_000 }, (_, i) => `<w:p><w:r><w:t>第${i}段</w:t></w:r></w:p>`).join('');
    const id = await uploaded(wordPackage(body), token);
    const order: string[] = [];
    const importing = gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { uploadId: id }) },
      token,
    ).then((r) => {
      order.push('import');
      return r;
    });
    // Asked while the file is being read, answered before it is done with.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const me = await ok(server.url, MeIdDocument, {}, await p.as('working'));
    order.push('me');
    expect(me.me?.id).toBe(p.personIds.working);
    const r = await importing;
    expect(order).toEqual(['me', 'import']);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX' });
    // The server is still whole.
    expect((await ok(server.url, MeIdDocument, {}, token)).me?.id).toBe(p.personIds.kexin);
  }
});

describe('large drafts', () => {
  it('publishes a draft of 10,923 blocks sent inline (one INSERT of them all passed PostgreSQL’s parameter limit)', async () => {
    const { planId, token } = await publisher();
    const r = await ok(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', content: paragraphs(10_923) }) },
      token,
    );
    const blocks = r.createDraft.draft.blocks;
    expect(blocks).toHaveLength(10_923);
    expect(blocks.at(-1)).toMatchObject({ id: 'b10923', text: '第10923段。' });
  });

  it('publishes a draft of 50,000 blocks from an uploaded Markdown file, and refuses one block more', async () => {
    const { planId, token } = await publisher();
    const id = await uploaded(new TextEncoder().encode(paragraphs(50_000)), token, '大文稿.md');
    const r = await ok(
      server.url,
      CreateDraftIdDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: id }) },
      token,
    );
    const read = await ok(server.url, DraftBlocksDocument, { id: r.createDraft.draft.id }, token);
    const blocks = read.draft?.blocks;
    expect(blocks).toHaveLength(50_000);
    expect(blocks?.at(-1)).toMatchObject({ id: 'b50000', text: '第50000段。' });

    const over = await uploaded(new TextEncoder().encode(paragraphs(50_001)), token, '大文稿.md');
    const refused = await gql(
      server.url,
      CreateDraftBlocksDocument,
      { input: input(planId, { format: 'MARKDOWN', uploadId: over }) },
      token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_BLOCKS',
      limit: 50_000,
    });
    expect(refused.errors?.[0]?.message).toContain('50,000');
  });
});

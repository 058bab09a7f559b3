import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import {
  CreateDraftCarriedDocument,
  CreateDraftIdDocument,
  DraftBlocksDocument,
  EditCommentInputDocument,
  ProgrammePlansDocument,
  StartThreadInputDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';

// Two people reading one draft in two browsers: a passage is commented on, answered and decided,
// live on both sides; then the opinion table is downloaded and read back, and a second version
// is compared with the first. The draft is the test's own, published through GraphQL.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

// exceljs is a dependency of packages/documents, not of the tests.
const requireFromDocuments = createRequire(new URL('../../packages/documents/package.json', import.meta.url));
// Only what this test reads of a workbook (exceljs's own types do not resolve from test/).
interface Workbook {
  xlsx: { readFile(file: string): Promise<unknown> };
  worksheets: { eachRow(visit: (row: Row) => void): void }[];
}
interface Row {
  eachCell(options: { includeEmpty: boolean }, visit: (cell: { text: string }) => void): void;
}
const ExcelJS = requireFromDocuments('exceljs') as { Workbook: new () => Workbook };

const PASSAGE = '重点突破灾害监测预警关键技术';
const OPINION = '建议将“重点突破”改为“集中攻关”，并补充卫星遥感监测的具体目标。';
const REPLY = '感谢意见，我处将结合省安科院的研究成果补充具体指标。';
const REASON = '采纳补充卫星遥感目标的建议；“重点突破”为上级规划的统一表述，予以保留。';

const V1 = `# 应急管理科技与装备“十四五”规划（征求意见稿）

## 一、发展基础

“十三五”期间，全省应急管理科技支撑能力不断增强，装备水平明显提升。

## 二、主要任务

到2025年，${PASSAGE}，建成覆盖全省的自然灾害综合监测预警网络。

- 推进应急装备现代化，提升极端条件下的通信保障能力。
  - 配备卫星通信和无人机侦察装备。
- 建设省级应急管理科技创新平台。

| 指标 | 2020年 | 2025年 |
| --- | --- | --- |
| 监测站点覆盖率 | 80% | 95% |

## 三、保障措施

加强组织领导，健全规划实施的协调机制。
`;

// v2 rewrites the tasks: one passage moves, one is deleted.
const V2 = `# 应急管理科技与装备“十四五”规划（送审稿）

## 一、发展基础

“十三五”期间，全省应急管理科技支撑能力不断增强，装备水平明显提升。

## 二、主要任务

到2025年，${PASSAGE}，建成覆盖全省的自然灾害综合监测预警网络，实现重点区域全覆盖。

- 推进应急装备现代化，提升极端条件下的通信保障能力。
- 建设省级应急管理科技创新平台，引进高层次科技人才。

## 三、保障措施

强化资金保障，加强组织领导，健全规划实施的协调机制。
`;

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let workingToken: string;
let expertToken: string;
let draftId: string;
let planId: string;
let expert: Page;
let kexin: Page;
let threadId: string;

const gq = <R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) =>
  ok(server.url, document, variables, token);

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  workingToken = await login(server.url, 'working@gongbian.test', PASSWORD);
  expertToken = await login(server.url, 'expert@gongbian.test', PASSWORD);
  const { programs } = await gq(ProgrammePlansDocument, {}, workingToken);
  const plan = programs[0]?.plans.find((p) => p.leadUnit.shortName === '科信处' && p.title.includes('科技与装备'));
  if (!plan) throw new Error('the demo programme has no 科技与装备 plan led by 科信处');
  planId = plan.id;
  const created = await gq(
    CreateDraftIdDocument,
    {
      input: {
        planId,
        stage: 'CONSULTATION',
        title: '应急管理科技与装备“十四五”规划（征求意见稿）',
        format: 'MARKDOWN',
        content: V1,
        commentDeadline: '2021-01-31T16:00:00.000Z',
        clientMutationId: `e2e-draft-${Date.now()}`,
      },
    },
    workingToken,
  );
  draftId = created.createDraft.draft.id;
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `email` (the token put where the app keeps it), on the reader. */
async function openReader(email: string): Promise<Page> {
  const token = await login(server.url, email, PASSWORD);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/drafts/${draftId}`);
  await page.getByTestId('block-text').first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  // Anything set on the window survives only if the page is never reloaded.
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

const card = (page: Page, id: string) => page.locator(`[data-testid="thread-card"][data-thread-id="${id}"]`);

/** Selects `phrase` inside the block whose text contains it, as a person dragging over it would. */
async function selectPhrase(page: Page, phrase: string) {
  await page.evaluate((p) => {
    const root = [...document.querySelectorAll('[data-block-text]')].find((el) => el.textContent?.includes(p));
    if (!root) throw new Error(`no block contains ${p}`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = (root.textContent ?? '').indexOf(p);
    let node = walker.nextNode() as Text | null;
    while (node && offset >= node.data.length) {
      offset -= node.data.length;
      node = walker.nextNode() as Text | null;
    }
    if (!node || offset + p.length > node.data.length) throw new Error('the phrase spans text nodes');
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + p.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, phrase);
}

describe('the draft reader in two browsers', () => {
  it('shows the draft to both, with who else is reading', async () => {
    expert = await openReader('expert@gongbian.test');
    kexin = await openReader('kexin@gongbian.test');
    await expect.poll(() => expert.getByTestId('draft-stage').textContent()).toBe('征求意见稿');
    // headings, list items and the table (header row and one row of three cells) are all there
    await expect.poll(() => kexin.locator('.block--TABLE td').count()).toBe(6);
    await expect.poll(() => kexin.locator('.block--LIST_ITEM').count()).toBe(3);
    await expect.poll(() => kexin.getByTestId('presence').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => expert.getByTestId('presence').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
  });

  it('lets the expert comment on a selected passage, and the lead unit sees it without a reload', async () => {
    await selectPhrase(expert, PASSAGE);
    await expert.getByTestId('selection-comment').click();
    await expect.poll(() => expert.getByTestId('composer-quote').textContent()).toBe(PASSAGE);
    await expert.getByTestId('composer-body').fill(OPINION);
    await expert.getByTestId('composer-submit').click();

    const mark = kexin.locator('mark[data-testid="highlight"]', { hasText: PASSAGE });
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBe(1);
    expect(await mark.textContent()).toBe(PASSAGE);
    threadId = (await mark.getAttribute('data-thread-id')) as string;
    await expect
      .poll(() => card(kexin, threadId).getByTestId('comment-body').first().textContent())
      .toContain('集中攻关');
    expect(await card(kexin, threadId).getByTestId('thread-status').textContent()).toContain('待处理');
    // the expert's own view highlights it too, in the same place
    await expect.poll(() => expert.locator(`mark[data-thread-id="${threadId}"]`).textContent()).toBe(PASSAGE);
    expect(await sameDocument(kexin)).toBe(true);
  });

  it('sends the lead unit’s reply to the expert live, with a notification', async () => {
    await kexin.locator(`mark[data-thread-id="${threadId}"]`).click();
    await expect.poll(() => card(kexin, threadId).getAttribute('class')).toContain('is-active');
    await card(kexin, threadId).getByTestId('reply-input').fill(REPLY);
    await card(kexin, threadId).getByTestId('reply-submit').click();

    await expect
      .poll(() => card(expert, threadId).getByTestId('comment-body').allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('集中攻关'), expect.stringContaining('省安科院')]);
    await expect.poll(() => expert.getByTestId('notification-badge').textContent(), { timeout: 15_000 }).toContain('1');
    expect(await sameDocument(expert)).toBe(true);
  });

  it('merges the expert’s edit with a change saved meanwhile elsewhere', async () => {
    const expertCard = card(expert, threadId);
    await expertCard.getByTestId('comment-edit').first().click();
    // The editor is its own chunk and takes its base version when it appears: the edit starts
    // from version 1 only once its box is there (before, the other save could land first).
    await expertCard.getByTestId('comment-edit-input').waitFor();
    const commentId = (await expertCard.getByTestId('comment').first().getAttribute('data-comment-id')) as string;
    // the same person, in another window, saves a change to the end of the text first
    await gq(
      EditCommentInputDocument,
      { input: { commentId, body: `${OPINION}（另附参考文献）`, expectedVersion: 1 } },
      expertToken,
    );
    const mine = OPINION.replace('建议将', '强烈建议将');
    await expertCard.getByTestId('comment-edit-input').fill(mine);
    await expertCard.getByTestId('comment-edit-save').click();
    await expect.poll(() => expertCard.getByTestId('merge-view').getAttribute('data-clean')).toBe('true');
    expect(await expertCard.getByTestId('merge-result').inputValue()).toBe(`${mine}（另附参考文献）`);
    await expertCard.getByTestId('merge-save').click();
    const theirs = card(kexin, threadId).getByTestId('comment-body').first();
    await expect.poll(() => theirs.textContent(), { timeout: 15_000 }).toContain('强烈建议将');
    await expect.poll(() => theirs.textContent()).toContain('参考文献');
  });

  it('lets the lead unit decide 部分采纳, insisting on a reason', async () => {
    await card(kexin, threadId).getByTestId('thread-decide').click();
    await kexin.getByTestId('dispose-status-PARTLY_ADOPTED').click();
    await kexin.getByTestId('dispose-submit').click();
    await expect.poll(() => kexin.locator('.el-form-item__error').textContent()).toContain('须说明理由');
    await kexin.getByTestId('dispose-reason').fill(REASON);
    await kexin.getByTestId('dispose-submit').click();

    for (const page of [kexin, expert]) {
      await expect
        .poll(() => card(page, threadId).getByTestId('thread-status').textContent(), { timeout: 15_000 })
        .toContain('部分采纳');
      await expect
        .poll(() => card(page, threadId).getByTestId('thread-disposition').textContent())
        .toContain('予以保留');
    }
    await expect
      .poll(() => kexin.locator(`mark[data-thread-id="${threadId}"]`).getAttribute('class'))
      .toContain('hl--PARTLY_ADOPTED');
    // the expert may not decide, so is not offered to
    expect(await card(expert, threadId).getByTestId('thread-decide').count()).toBe(0);
  });

  it('opens the thread from the expert’s notification', async () => {
    await expert.getByTestId('notification-bell').click();
    const item = expert.locator(`[data-testid="notification-item"][data-subject-id="${threadId}"]`).first();
    await item.waitFor();
    await item.click();
    await expect.poll(() => expert.url()).toContain(`thread=${threadId}`);
    await expect.poll(() => card(expert, threadId).getAttribute('class')).toContain('is-active');
  });

  it('downloads the opinion table with the comment and its disposition', async () => {
    await kexin.screenshot({ path: path.join(SHOTS, 'gongbian-reader.png') });
    const [download] = await Promise.all([kexin.waitForEvent('download'), kexin.getByTestId('download-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/意见采纳情况表.*\.xlsx$/);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-e2e-')), 'table.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push(cell.text);
      });
      rows.push(cells);
    });
    const ours = rows.find((cells) => cells.some((c) => c.includes('集中攻关')));
    expect(ours, JSON.stringify(rows)).toBeDefined();
    expect(ours).toContain('部分采纳');
    expect(ours).toContain(REASON);
    expect(ours?.some((c) => c.includes(PASSAGE))).toBe(true);
  });

  it('compares the next version with this one, showing where carried opinions went', async () => {
    // two more open opinions, on passages that v2 moves and deletes
    const start = async (quote: string, body: string) => {
      const blocks = await gq(DraftBlocksDocument, { id: draftId }, expertToken);
      const block = blocks.draft?.blocks.find((b) => b.text.includes(quote));
      if (!block) throw new Error(`no block with ${quote}`);
      const at = block.text.indexOf(quote);
      await gq(
        StartThreadInputDocument,
        { input: { draftId, anchor: { blockId: block.id, start: at, end: at + quote.length, quote }, body } },
        expertToken,
      );
    };
    await start('配备卫星通信和无人机侦察装备', '建议明确无人机的配备数量。');
    await start('加强组织领导', '建议写明牵头领导。');
    const next = await gq(
      CreateDraftCarriedDocument,
      {
        input: {
          planId,
          stage: 'REVIEW',
          title: '应急管理科技与装备“十四五”规划（送审稿）',
          format: 'MARKDOWN',
          content: V2,
        },
      },
      workingToken,
    );
    const v2 = next.createDraft.draft.id;
    expect(next.createDraft.carriedThreads).toBeGreaterThanOrEqual(2);

    // the reader of v1 learns at once that it is no longer the newest
    await expect
      .poll(() => kexin.getByTestId('comments-closed').getAttribute('data-reason'), { timeout: 15_000 })
      .toBe('NEWER_VERSION');

    await kexin.goto(`${server.url}/drafts/${v2}/compare?from=${draftId}`);
    await kexin.getByTestId('compare-row').first().waitFor({ timeout: 30_000 });
    const kinds = await kexin
      .getByTestId('compare-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
    expect(kinds).toContain('CHANGED');
    expect(kinds).toContain('REMOVED');
    await expect.poll(() => kexin.locator('.ins').count()).toBeGreaterThan(0);
    const states = await kexin
      .getByTestId('carried-thread')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-anchor-state')));
    expect(states).toContain('ORPHANED');
    await kexin.screenshot({ path: path.join(SHOTS, 'gongbian-compare.png') });
  });
});

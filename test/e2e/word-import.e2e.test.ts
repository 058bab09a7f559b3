import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok, present } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { PublishFormattedDraftDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { formattedDraftDocx } from '../../apps/server/src/modules/draft/block-format.fixture.js';

// A Word draft with a title, Heading 1, a 一、/（一） list and a bold run, read in Chromium.
let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;
let draftId: string;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  browser = await launchChromium();
  const p = await buildProgramme(server);
  const planId = await planLedBy(server, p, '科信处');
  token = await p.as('kexin');
  const content = Buffer.from(formattedDraftDocx()).toString('base64');
  const input = { planId, stage: 'CONSULTATION' as const, title: '征求意见稿', format: 'DOCX' as const, content };
  const published = await ok(server.url, PublishFormattedDraftDocument, { input }, token);
  draftId = present(published.createDraft.draft?.id, 'the new draft');
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

describe('the reader of an imported Word draft', () => {
  it('shows each list item’s number before it, bold runs bold, and the title above Heading 1', async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
    const page = await context.newPage();
    await page.goto(`${server.url}/drafts/${draftId}`);
    await page.getByTestId('block-text').first().waitFor({ timeout: 30_000 });

    const rows = await page.getByTestId('draft-block').evaluateAll((blocks) =>
      blocks.map((block) => ({
        label: block.querySelector('[data-testid="block-label"]')?.textContent ?? null,
        text: block.querySelector('[data-testid="block-text"]')?.textContent,
        tag: block.querySelector('[data-testid="block-text"]')?.tagName,
      })),
    );
    expect(rows).toEqual([
      { label: null, text: '杭州市应急管理“十四五”规划', tag: 'H2' },
      { label: null, text: '第一章 总体要求', tag: 'H3' },
      { label: '一、', text: '指导思想', tag: 'P' },
      { label: '（一）', text: '坚持人民至上', tag: 'P' },
      { label: '（二）', text: '坚持系统观念', tag: 'P' },
      { label: '二、', text: '发展目标', tag: 'P' },
    ]);
    const bold = page.locator('[data-testid="block-text"] strong');
    await expect.poll(() => bold.allTextContents()).toEqual(['人民至上']);
    expect(await bold.evaluate((el) => Number(getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    // The number stands to the left of its item's text, on the same line.
    const item = page.getByTestId('draft-block').nth(3);
    const label = await item.getByTestId('block-label').boundingBox();
    const text = await item.getByTestId('block-text').boundingBox();
    expect(label && text && label.x + label.width <= text.x + 1).toBe(true);
    expect(label && text && Math.abs(label.y - text.y) < text.height).toBe(true);
    await page.screenshot({ path: `${process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp'}/word-import-reader.png` });
  });
});

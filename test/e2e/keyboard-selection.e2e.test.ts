import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13, item 8: "passage selection needs a mouse". A person who uses only the keyboard reaches
// a passage of a long draft (drawn by a virtual list), selects it whole or in part, writes an
// opinion and sends it; the thread is anchored to that passage. The draft is the test's own.

const WHOLE = '第四十条 建立省级应急物资储备轮换机制，实行清单管理。';
const PART_OF = '第四十二条 推进应急广播体系建设，打通预警信息发布“最后一公里”。';
const FAR = '第一百八十条 完善基层应急物资储备点布局。';
const CONTENT = [
  '# 应急物资保障规划',
  ...Array.from({ length: 200 }, (_, i) => {
    if (i === 39) return WHOLE;
    if (i === 41) return PART_OF;
    if (i === 179) return FAR;
    return `第${i + 1}条 健全应急管理体系，强化风险防控能力，提升综合救援水平。`;
  }),
].join('\n\n');

let server: TestServer;
let browser: Browser;
let p: Programme;
let draft: TestDraft;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  browser = await launchChromium();
  p = await buildProgramme(server, { only: 'plans' });
  draft = await buildDraft(server, p, { content: CONTENT });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function openReader(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), await p.as('kexin'));
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/drafts/${draft.id}`);
  await page.getByTestId('block-text').first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  return page;
}

/** What has the keyboard focus: its test id, or a passage's name and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testid: el?.getAttribute('data-testid') ?? el?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      name: el?.getAttribute('aria-label') ?? null,
      text: el?.querySelector('[data-block-text]')?.textContent ?? null,
    };
  });

/** Presses Tab until the focus is on `testid` (at most `limit` times), as a person would. */
async function tabTo(page: Page, testid: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).testid === testid) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}

/** From the passage that has the focus, ArrowDown until the passage holding `phrase` has it. */
async function arrowTo(page: Page, phrase: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if ((await focused(page)).text?.includes(phrase)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the arrow keys never reached ${phrase}`);
}

/** Writes the opinion in the open composer and sends it, by the keyboard alone. */
async function writeAndSend(page: Page, opinion: string): Promise<void> {
  await page.getByTestId('composer-body').waitFor();
  await tabTo(page, 'composer-body', 10);
  await page.keyboard.type(opinion);
  await tabTo(page, 'composer-submit', 10);
  await page.keyboard.press('Enter');
}

/** The thread card quoting `quote`, and the highlight of its thread inside the passage holding `phrase`. */
async function anchored(page: Page, quote: string, phrase: string) {
  const card = page.locator('[data-testid="thread-card"]', {
    has: page.locator('[data-testid="thread-quote"]', { hasText: quote }),
  });
  await card.waitFor({ timeout: 15_000 });
  const threadId = await card.getAttribute('data-thread-id');
  const block = page.locator('[data-testid="draft-block"]', { hasText: phrase });
  const marks = block.locator(`mark[data-thread-id="${threadId}"]`);
  return { threadId, highlighted: (await marks.allTextContents()).join('') };
}

describe('selecting a passage from the keyboard', () => {
  it('reaches a passage far down with Tab and the arrow keys, comments on it whole with Enter', async () => {
    const page = await openReader();
    await tabTo(page, 'draft-block');
    // One tab stop for the text, named by its place: the first passage.
    expect(await focused(page)).toMatchObject({ name: '第 1 段，共 201 段' });
    await arrowTo(page, WHOLE);
    expect(await focused(page)).toMatchObject({ name: '第 41 段，共 201 段', text: WHOLE });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('composer-quote').textContent()).toBe(WHOLE);
    await writeAndSend(page, '建议明确轮换周期。');
    const thread = await anchored(page, WHOLE, WHOLE);
    expect(thread.threadId).toBeTruthy();
    expect(thread.highlighted).toBe(WHOLE);
  });

  it('selects part of a passage with Shift and the arrow keys, and comments through the comment button', async () => {
    const page = await openReader();
    await tabTo(page, 'draft-block');
    await arrowTo(page, PART_OF);
    // Shift+→ six times from the start of the text, then Shift+← once: five characters.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    const part = PART_OF.slice(0, 5);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(part);
    // The comment button beside the selection is the next tab stop.
    await page.getByTestId('selection-comment').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).testid).toBe('selection-comment');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('composer-quote').textContent()).toBe(part);
    await writeAndSend(page, '条文编号请统一。');
    expect((await anchored(page, part, PART_OF)).highlighted).toBe(part);
  });

  it('keeps the focus on its passage while the text scrolls far away, and moves on from there', async () => {
    const page = await openReader();
    await tabTo(page, 'draft-block');
    await arrowTo(page, '第3条');
    // The wheel scrolls the text to its far end: the focused passage's row would be undrawn.
    await page.getByTestId('reader').hover();
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 2000);
    await page.locator('[data-testid="block-text"]', { hasText: FAR }).waitFor();
    expect(await focused(page)).toMatchObject({ testid: 'draft-block', name: '第 4 段，共 201 段' });
    // Its neighbour is drawn again (the text scrolls back to it) and takes the focus.
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).name).toBe('第 5 段，共 201 段');
    // Leaving the text and coming back lands on the same passage (one roving tab stop).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: '第 5 段，共 201 段' });
  });
});

import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft, buildThread, type TestThread } from '#test/support/factories.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "comments beside their passages (margin view) on wide screens". The built web app in
// Debian's Chromium at 1440×900: the reader's toggle puts each opinion's card in a column beside
// its passage, level with the passage as the text scrolls; cards on one paragraph stack without
// overlapping; a card and its passage light up together; the choice survives a reload, and the
// toggle brings the side panel back. Narrower screens keep the panel.

// Forty paragraphs, each long enough to wrap over several lines: the text scrolls well past one
// screen, and a passage may start lines below its paragraph's top.
const FILLER = '坚持人民至上、生命至上，统筹发展和安全，推进应急管理体系和能力现代化，提升防灾减灾救灾能力。';
const paragraph = (i: number, phrase = '') => `第${i}段。${FILLER.repeat(2)}${phrase}${FILLER}`;
const PHRASES: Record<number, string> = {
  3: '建设县级应急物资储备库',
  18: '完善森林火灾监测网络',
  33: '推广防汛抗旱新装备',
};
const CONTENT = [
  '# 第一章 总体要求',
  ...Array.from({ length: 40 }, (_, i) => paragraph(i + 1, PHRASES[i + 1] ?? '')),
  // two opinions a few words apart in the last paragraph: their cards would overlap
  `第41段。${FILLER}加强基层应急队伍建设，健全应急志愿者服务体系。${FILLER}`,
].join('\n\n');

const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

let server: TestServer;
let browser: Browser;
let p: Programme;
let draft: TestDraft;
const threads: Record<string, TestThread> = {};
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server, { only: 'plans' });
  draft = await buildDraft(server, p, { content: CONTENT });
  for (const phrase of [...Object.values(PHRASES), '加强基层应急队伍建设', '健全应急志愿者服务体系'])
    threads[phrase] = await buildThread(server, p, draft, { quote: phrase, body: `关于“${phrase}”的意见。` });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function openReader(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width, height },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), await p.as('guicai'));
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/drafts/${draft.id}`);
  await page.getByTestId('block-text').first().waitFor({ timeout: 30_000 });
  return page;
}

const idOf = (phrase: string) => (threads[phrase] as TestThread).id;
const marginCard = (page: Page, phrase: string) =>
  page.locator(`[data-testid="margin"] [data-testid="thread-card"][data-thread-id="${idOf(phrase)}"]`);
const highlight = (page: Page, phrase: string) => page.locator(`mark[data-thread-ids~="${idOf(phrase)}"]`).first();
/**
 * Where an element is drawn; NaN while it is not (a card for a block the virtual list has only
 * just drawn comes a frame later): each poll asks again rather than waiting on one element.
 */
const box = (target: Locator) => target.boundingBox({ timeout: 1_000 }).catch(() => null);
const top = async (target: Locator) => (await box(target))?.y ?? Number.NaN;
const bottom = async (target: Locator) => {
  const b = await box(target);
  return b ? b.y + b.height : Number.NaN;
};
/** How far a card's top is from its passage's top, in pixels. */
const misalignment = async (page: Page, phrase: string) =>
  Math.abs((await top(marginCard(page, phrase))) - (await top(highlight(page, phrase))));

/**
 * Scrolls the reader down, as a reader would, until `phrase` is drawn; then puts it near the top.
 * The virtual list corrects its estimated heights as it draws, which can move the text and take
 * the passage out of the drawn range again: then it scrolls on, from where it is, and tries again.
 */
async function scrollTo(page: Page, phrase: string) {
  const reader = page.getByTestId('reader');
  await reader.evaluate((scroller) => {
    scroller.scrollTop = 0;
  });
  for (let attempt = 0; attempt < 5; attempt++) {
    for (let i = 0; i < 80 && !(await highlight(page, phrase).count()); i++) {
      await reader.evaluate((scroller) => {
        scroller.scrollTop += 300;
      });
      await page.waitForTimeout(50);
    }
    const placed = await highlight(page, phrase)
      .evaluate(
        (mark) => {
          // (The mark may be a copy being swapped as the virtual list redraws: then the reader itself.)
          const scroller = (mark.closest('[data-testid="reader"]') ??
            document.querySelector('[data-testid="reader"]')) as HTMLElement;
          scroller.scrollTop += mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 150;
        },
        undefined,
        { timeout: 2_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (placed) return;
    // Drawn past it: back a screen, then down again.
    await reader.evaluate((scroller) => {
      scroller.scrollTop = Math.max(0, scroller.scrollTop - scroller.clientHeight);
    });
  }
  throw new Error(`the reader never drew “${phrase}” long enough to reach it`);
}

/** Brings `phrase` into view and waits until its card is level with it (scrolling to it again if the list's corrections took it away). */
async function levelAt(page: Page, phrase: string) {
  await scrollTo(page, phrase);
  await expect
    .poll(
      async () => {
        if (!(await highlight(page, phrase).count())) await scrollTo(page, phrase);
        return misalignment(page, phrase);
      },
      { timeout: 20_000 },
    )
    .toBeLessThanOrEqual(6);
}

describe('opinions beside their passages', () => {
  it('puts each card level with its passage at 1440×900, as the text scrolls, and stacks close ones', async () => {
    const page = await openReader(1440, 900);
    await page.getByTestId('thread-panel').waitFor();
    const toggle = page.getByTestId('margin-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.getByTestId('margin').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('thread-panel').count()).toBe(0);

    // The first passage, near the top, and one far down after scrolling to it.
    await highlight(page, PHRASES[3] as string).waitFor({ timeout: 15_000 });
    await expect.poll(() => misalignment(page, PHRASES[3] as string), { timeout: 10_000 }).toBeLessThanOrEqual(6);
    // a passage lines below its paragraph's top: the card is level with the passage, not the paragraph
    const paragraphTop = await top(
      highlight(page, PHRASES[3] as string).locator('xpath=ancestor::*[@data-testid="draft-block"]'),
    );
    expect((await top(highlight(page, PHRASES[3] as string))) - paragraphTop).toBeGreaterThan(40);

    for (const i of [18, 33]) {
      const phrase = PHRASES[i] as string;
      await levelAt(page, phrase);
      // still level after a further small scroll: the column moves with the text
      await page.getByTestId('reader').evaluate((scroller) => {
        scroller.scrollTop += 120;
      });
      await expect.poll(() => misalignment(page, phrase), { timeout: 10_000 }).toBeLessThanOrEqual(6);
    }

    // Two passages on one line: the first card beside its passage, the second pushed below it.
    await levelAt(page, '加强基层应急队伍建设');
    const first = marginCard(page, '加强基层应急队伍建设');
    const second = marginCard(page, '健全应急志愿者服务体系');
    await second.waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await top(second)) - (await bottom(first)), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'gongbian-margin.png') });
  });

  it('lights a card and its passage together, either way round', async () => {
    const page = await openReader(1440, 900);
    await page.getByTestId('margin-toggle').click();
    await page.getByTestId('margin').waitFor({ timeout: 15_000 });
    const phrase = PHRASES[3] as string;
    await marginCard(page, phrase).waitFor({ timeout: 15_000 });

    await marginCard(page, phrase).getByTestId('thread-author').click();
    await expect.poll(() => highlight(page, phrase).getAttribute('class')).toContain('is-active');
    await expect.poll(() => marginCard(page, phrase).getAttribute('class')).toContain('is-active');

    await scrollTo(page, PHRASES[18] as string);
    await highlight(page, PHRASES[18] as string).click();
    await expect.poll(() => marginCard(page, PHRASES[18] as string).getAttribute('class')).toContain('is-active');
    await expect.poll(() => highlight(page, PHRASES[18] as string).getAttribute('class')).toContain('is-active');
    // the opened card still sits beside its passage
    await expect.poll(() => misalignment(page, PHRASES[18] as string), { timeout: 10_000 }).toBeLessThanOrEqual(6);
  });

  it('remembers the choice across a reload, and the toggle brings the side panel back', async () => {
    const page = await openReader(1440, 900);
    // a browser that never chose starts with the panel
    await page.getByTestId('thread-panel').waitFor({ timeout: 15_000 });
    await page.getByTestId('margin-toggle').click();
    await page.getByTestId('margin').waitFor();
    await page.reload();
    await page.getByTestId('margin').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('thread-panel').count()).toBe(0);
    expect(await page.getByTestId('margin-toggle').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('margin-toggle').click();
    await page.getByTestId('thread-panel').waitFor();
    await expect.poll(() => page.getByTestId('margin').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-testid="thread-panel"] [data-testid="thread-card"]').count())
      .toBeGreaterThan(0);
    await page.reload();
    await page.getByTestId('thread-panel').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('margin').count()).toBe(0);
  });

  it('keeps the side panel on a narrower screen, whatever was chosen', async () => {
    const page = await openReader(1100, 800);
    await page.evaluate(() => localStorage.setItem('gb.reader.threads', 'margin'));
    await page.reload();
    await page.getByTestId('thread-panel').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('margin-toggle').count()).toBe(0);
    expect(await page.getByTestId('margin').count()).toBe(0);
  });
});

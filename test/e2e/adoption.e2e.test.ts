import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from '#test/support/axe.js';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { DRAFT_V2, planLedBy, type TestDraft } from '#test/support/drafts.js';
import { buildDraft, buildThread, type TestThread } from '#test/support/factories.js';
import {
  AdoptionE2eAdoptDocument,
  AdoptionE2eConfirmDocument,
  AdoptionE2eStateDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 16, "采纳 means done": 规财处 (guicai), which leads the master plan, has adopted three
// opinions on its first version and reads that version in Chromium (the built web app). The next
// version is published elsewhere: without a reload, each adopted opinion shows whether it was
// carried out — its paragraph rewritten (已落实), left as it was (未落实), or deleted (原文已删除).
// guicai then says where the unchanged one was carried out, and it reads 已落实 in their words.

const CHANGED = '基层应急救援队伍不断壮大'; // DRAFT_V2 puts a sentence before it in its paragraph
const UNCHANGED = '加强应急指挥信息化建设'; // the same in DRAFT_V2
const DELETED = '台风、暴雨'; // its paragraph is gone from DRAFT_V2
const NOTE = '在第二章第三节“应急指挥平台”中体现';
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];
let v1: TestDraft;
const threads: Record<'changed' | 'unchanged' | 'deleted', TestThread | null> = {
  changed: null,
  unchanged: null,
  deleted: null,
};
let lead: Page;
let dashboard: Page;
let masterPlanId: string;

const id = (key: keyof typeof threads) => {
  const thread = threads[key];
  if (!thread) throw new Error(`no ${key} thread yet`);
  return thread.id;
};
const card = (page: Page, threadId: string): Locator =>
  page.locator(`[data-testid="thread-card"][data-thread-id="${threadId}"]`);
const mark = (page: Page, threadId: string) => card(page, threadId).getByTestId('thread-adoption');

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server);
  browser = await launchChromium();
  masterPlanId = await planLedBy(server, p, '规财处');
  v1 = await buildDraft(server, p);
  const guicai = await p.as('guicai');
  for (const [key, quote] of [
    ['changed', CHANGED],
    ['unchanged', UNCHANGED],
    ['deleted', DELETED],
  ] as const) {
    const thread = await buildThread(server, p, v1, { quote, body: `建议完善“${quote}”的表述。` });
    await ok(server.url, AdoptionE2eAdoptDocument, { id: thread.id }, guicai);
    threads[key] = thread;
  }
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `account`, on `at`, live and marked so that a reload would show. */
async function open(account: string, at: string, shown: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), await p.as(account));
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${at}`);
  await page.getByTestId(shown).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  // Anything set on the window survives only if the page is never reloaded.
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
const gapTotal = () => dashboard.getByTestId('adoption-gap-total').textContent();
const gapRows = () =>
  dashboard
    .getByTestId('adoption-gap-plan')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-plan-id'), r.querySelector('td:last-child')?.textContent]),
    );

describe('an adopted opinion’s 落实情况 in the reader and on the dashboard', () => {
  it('waits for the next version before saying whether an adopted opinion was carried out', async () => {
    lead = await open('guicai', `/drafts/${v1.id}`, 'block-text');
    dashboard = await open('leader', '/dashboard', 'adoption-gaps');
    expect(await gapTotal()).toBe('0');
    for (const key of ['changed', 'unchanged', 'deleted'] as const) {
      await expect
        .poll(() => mark(lead, id(key)).getAttribute('data-state'), { timeout: 15_000 })
        .toBe('AWAITING_VERSION');
      expect(await mark(lead, id(key)).textContent()).toContain('待新版本核对');
    }
    expect(await lead.getByTestId('thread-adoption-gap').count()).toBe(0);
  });

  it('marks each one live when the next version is published: 已落实, 未落实, 原文已删除', async () => {
    await buildDraft(server, p, { stage: 'REVIEW', content: DRAFT_V2 });

    await expect
      .poll(() => mark(lead, id('changed')).getAttribute('data-state'), { timeout: 20_000 })
      .toBe('REFLECTED');
    await expect.poll(() => mark(lead, id('unchanged')).getAttribute('data-state')).toBe('NOT_REFLECTED');
    await expect.poll(() => mark(lead, id('deleted')).getAttribute('data-state')).toBe('PASSAGE_REMOVED');
    expect(await mark(lead, id('changed')).textContent()).toContain('已落实');
    expect(await mark(lead, id('changed')).textContent()).toContain('第 2 版已修改该段');
    expect(await mark(lead, id('unchanged')).textContent()).toContain('未落实');
    expect(await mark(lead, id('unchanged')).textContent()).toContain('第 2 版未修改');
    expect(await mark(lead, id('deleted')).textContent()).toContain('原文已删除');
    await expect
      .poll(() => lead.getByTestId('thread-adoption-gap').textContent())
      .toContain('1 条已采纳意见未在新版本中落实');
    await lead.screenshot({ path: path.join(SHOTS, 'gongbian-adoption.png') });
    // The dashboard counts the one left unchanged, in all and for its plan, pushed as it happened.
    await expect.poll(gapTotal, { timeout: 15_000 }).toBe('1');
    expect(await gapRows()).toEqual([[masterPlanId, '1']]);
    // …and phase 3's gate names the 送审稿 that leaves it unchanged.
    const condition = dashboard.locator('[data-testid="gate-condition"][data-code="ADOPTIONS_REFLECTED"]');
    await expect.poll(() => condition.getAttribute('data-met')).toBe('false');
    expect(await condition.textContent()).toContain('送审稿落实全部采纳意见');
    expect(await condition.getByTestId('gate-missing').textContent()).toMatch(/：1 条未落实$/);
    expect(await sameDocument(dashboard)).toBe(true);
    expect(await sameDocument(lead)).toBe(true);
  });

  it('lets the lead unit say where the unchanged one was carried out, and then reads 已落实 in its words', async () => {
    const unchanged = card(lead, id('unchanged'));
    // Only the opened card offers the form, and only for what is not yet carried out.
    expect(await unchanged.getByTestId('adoption-confirm').count()).toBe(0);
    await unchanged.getByTestId('thread-quote').click();
    await expect.poll(() => unchanged.getAttribute('class')).toContain('is-active');
    await unchanged.getByTestId('adoption-confirm').click();
    await unchanged.getByTestId('adoption-submit').click();
    await expect.poll(() => unchanged.locator('.el-form-item__error').textContent()).toContain('请说明在何处落实');
    // The marks in every state, the warning and the open form: nothing serious for axe-core (the
    // pointer off the buttons, whose hover shade is the theme's, as everywhere).
    await lead.mouse.move(0, 0);
    await lead.waitForTimeout(400);
    expect(describeFindings(await axeViolations(lead, { include: '[data-testid="thread-panel"]' }))).toEqual([]);
    await unchanged.getByTestId('adoption-note').fill(NOTE);
    await unchanged.getByTestId('adoption-submit').click();

    await expect
      .poll(() => mark(lead, id('unchanged')).getAttribute('data-state'), { timeout: 15_000 })
      .toBe('REFLECTED');
    expect(await unchanged.getByTestId('thread-adoption-note').textContent()).toBe(NOTE);
    expect(await unchanged.getByTestId('thread-adoption-detail').textContent()).toContain('确认');
    expect(await unchanged.getByTestId('adoption-confirm').count()).toBe(0);
    await expect.poll(() => lead.getByTestId('thread-adoption-gap').count()).toBe(0);
    await expect.poll(gapTotal, { timeout: 15_000 }).toBe('0');
    expect(await gapRows()).toEqual([]);
    await expect
      .poll(() =>
        dashboard.locator('[data-testid="gate-condition"][data-code="ADOPTIONS_REFLECTED"]').getAttribute('data-met'),
      )
      .toBe('true');
    expect(await sameDocument(dashboard)).toBe(true);
    const stored = await ok(server.url, AdoptionE2eStateDocument, { id: id('unchanged') }, await p.as('kexin'));
    expect(stored.thread?.adoption?.state).toBe('REFLECTED');
    expect(await sameDocument(lead)).toBe(true);
  });

  it('shows a confirmation made elsewhere without a reload', async () => {
    const where = '已在《应急救援力量建设规划》中明确';
    await ok(server.url, AdoptionE2eConfirmDocument, { id: id('deleted'), note: where }, await p.as('working'));
    await expect
      .poll(() => mark(lead, id('deleted')).getAttribute('data-state'), { timeout: 15_000 })
      .toBe('REFLECTED');
    expect(await card(lead, id('deleted')).getByTestId('thread-adoption-note').textContent()).toBe(where);
    expect(await sameDocument(lead)).toBe(true);
  });
});

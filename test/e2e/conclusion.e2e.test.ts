import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { planLedBy } from '#test/support/drafts.js';
import { buildExpertMeeting } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// A 专家论证会's conclusion on its meeting page, as the working group records it after the
// meeting: the 规财处 member who has the same meeting open sees it appear without a reload, and
// has no button to record one. A 专家论证会 still ahead says when it takes place instead; an
// action item of the held meeting cannot be set to fall due before the meeting's day. The
// programme and its meetings are the test's own (programme today: 2020-11-16).
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';
const TEXT = '原则通过规划送审稿，请编制单位按专家意见修改完善后报领导小组审议。';

let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];
let heldId: string;
let aheadId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false, clock: '2020-11-16' });
  browser = await launchChromium();
  p = await buildProgramme(server, { only: 'plans' });
  const planId = await planLedBy(server, p, '规财处');
  heldId = await buildExpertMeeting(server, p, planId, { startsAt: '2020-11-13T02:00:00Z', verdict: null });
  aheadId = await buildExpertMeeting(server, p, planId, { startsAt: '2020-11-20T02:00:00Z', verdict: null });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `account` of the test's programme, on a meeting's page, live updates flowing. */
async function openMeeting(account: string, meetingId: string): Promise<Page> {
  const token = await p.as(account);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 1000 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/meetings/${meetingId}`);
  await page.getByTestId('meeting-conclusion').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('a 专家论证会’s conclusion, recorded in one browser and seen in another', () => {
  let working: Page;
  let guicai: Page;

  it('offers the working group to record it, and 规财处 no button', async () => {
    working = await openMeeting('working', heldId);
    guicai = await openMeeting('guicai', heldId);
    expect(await working.getByTestId('conclusion-open').textContent()).toContain('记录结论');
    expect(await guicai.getByTestId('conclusion-open').count()).toBe(0);
    for (const page of [working, guicai]) {
      expect(await page.getByTestId('conclusion-none').textContent()).toContain('尚未记录会议结论');
    }
  });

  it('records 修改后通过 with its text, and the other browser shows it without a reload', async () => {
    await working.getByTestId('conclusion-open').click();
    const dialog = working.getByTestId('conclusion-dialog');
    await dialog.waitFor();
    await dialog.getByText('修改后通过').click();
    await working.getByTestId('conclusion-text').fill(TEXT);
    await working.getByTestId('conclusion-submit').click();

    for (const page of [working, guicai]) {
      await expect
        .poll(() => page.getByTestId('meeting-conclusion').getAttribute('data-verdict'), { timeout: 15_000 })
        .toBe('PASSED_WITH_REVISIONS');
      expect(await page.getByTestId('conclusion-verdict-shown').textContent()).toContain('修改后通过');
      expect(await page.getByTestId('conclusion-text-shown').textContent()).toBe(TEXT);
      expect(await page.getByTestId('conclusion-by').textContent()).toContain('记录于');
      expect(await sameDocument(page)).toBe(true);
    }
    expect(await working.getByTestId('conclusion-open').textContent()).toContain('修改结论');
    expect(await guicai.getByTestId('conclusion-open').count()).toBe(0);
    await guicai.screenshot({ path: path.join(SHOTS, 'gongbian-meeting-conclusion.png'), fullPage: true });
  });

  it('says when a 专家论证会 still ahead takes place, instead of offering to record its conclusion', async () => {
    const page = await openMeeting('working', aheadId);
    expect(await page.getByTestId('conclusion-not-yet').textContent()).toContain('会议定于 2020-11-20 召开');
    expect(await page.getByTestId('conclusion-open').count()).toBe(0);
  });

  it('lets no action item of the meeting fall due before the meeting’s day', async () => {
    const due = working.getByTestId('action-item-add').getByPlaceholder('完成时限');
    // Typed: a day before the meeting is not taken.
    await due.fill('2020-11-12');
    await due.press('Enter');
    await working.getByTestId('action-item-title').click();
    expect(await due.inputValue()).toBe('');
    // Picked: the picker opens on the meeting's month, November 2020, and offers no day before the 13th.
    await due.click();
    const panel = working.locator('.el-picker-panel:visible');
    await panel.waitFor();
    expect(await panel.locator('.el-date-picker__header').textContent()).toMatch(/2020.*11/);
    const day = (n: number) =>
      panel.locator('.el-date-table td:not(.prev-month):not(.next-month)').filter({ hasText: new RegExp(`^${n}$`) });
    expect(await day(12).getAttribute('class')).toContain('disabled');
    expect(await day(13).getAttribute('class')).not.toContain('disabled');
    await day(12).click();
    expect(await due.inputValue()).toBe('');
    await day(13).click();
    expect(await due.inputValue()).toBe('2020-11-13');
  });
});

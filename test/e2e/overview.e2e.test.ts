import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_DATE } from '../../apps/server/src/demo/story-data.js';

// The built web app (apps/web/dist, from `pnpm --filter @gongbian/web build`) served by a real
// server with the demo programme, in Debian's Chromium. Never a downloaded browser.
const SCREENSHOT = process.env.GONGBIAN_SCREENSHOT ?? '/tmp/gongbian-overview.png';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('gongbian');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('phase').first().waitFor({ timeout: 30_000 });
  return page;
}

const count = (page: Page, testId: string) => () => page.getByTestId(testId).count();

describe('programme overview in a browser', () => {
  let first: Page;

  it('shows the programme to the working group: 4 phases, 5 plans, 23 topics (附件2’s 22 and the 省发改委’s)', async () => {
    first = await signIn('working@gongbian.test');
    await expect.poll(count(first, 'phase')).toBe(4);
    await expect.poll(count(first, 'plan')).toBe(5);
    await expect.poll(count(first, 'topic')).toBe(23);
    await expect.poll(() => first.getByTestId('clock-banner').textContent()).toContain(DEMO_DATE);
    await expect.poll(() => first.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
    await first.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('shows a milestone changed in another session without a reload', async () => {
    // Anything set on the first page's window survives only if the page is never reloaded.
    await first.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    const second = await signIn('working@gongbian.test');
    const milestone = second
      .getByTestId('milestone')
      .filter({ has: second.getByTestId('milestone-status-select') })
      .first();
    const control = milestone.getByTestId('milestone-status-select');
    await control.waitFor();
    const id = await milestone.getAttribute('data-milestone-id');
    const before = await control.inputValue();
    const next = before === 'DONE' ? 'BLOCKED' : 'DONE';
    const expected = next === 'DONE' ? '已完成' : '受阻';

    await control.selectOption(next);
    const mine = second.locator(`[data-milestone-id="${id}"] [data-testid="milestone-status"]`);
    await expect.poll(() => mine.textContent(), { timeout: 15_000 }).toBe(expected);

    const theirs = first.locator(`[data-milestone-id="${id}"] [data-testid="milestone-status"]`);
    await expect.poll(() => theirs.textContent(), { timeout: 15_000 }).toBe(expected);
    // The change is also in the first page's activity feed.
    await expect
      .poll(() => first.locator(`[data-testid="activity-item"][data-subject-id="${id}"]`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await first.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});

import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_DATE } from '../../apps/server/src/demo/story-data.js';

// A mistyped or pasted address names a draft, meeting, plan or review that does not exist: the
// page says so and offers the way back, never that the server failed (服务器出错).
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-email').fill('working@gongbian.test');
  await page.getByTestId('login-password').fill('gongbian');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const NOBODY = '00000000-0000-4000-8000-000000000000';
const ADDRESSES = [
  ['/drafts/not-a-uuid', '文稿不存在或您无权查看'],
  [`/drafts/${NOBODY}`, '文稿不存在或您无权查看'],
  ['/meetings/not-a-uuid', '会议不存在或您无权查看'],
  [`/meetings/${NOBODY}`, '会议不存在或您无权查看'],
  ['/plans/not-a-uuid', '规划不存在或您无权查看'],
  ['/drafts/not-a-uuid/reviews', '文稿不存在或您无权查看'],
  ['/reviews/not-a-uuid', '评审任务不存在或不属于您'],
] as const;

describe('an address that names nothing', () => {
  it.each(ADDRESSES)('%s says it was not found, with a link back, not 服务器出错', async (path, text) => {
    await page.goto(`${server.url}${path}`);
    const note = page.getByTestId('not-found');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toContain(text);
    expect(await page.locator('body').textContent()).not.toContain('服务器出错');
    await page.getByTestId('not-found-back').click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});

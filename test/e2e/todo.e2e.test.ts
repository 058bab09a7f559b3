import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "a new opinion on a plan notifies nobody in its lead unit; there is no 待我答复 queue".
// The built web app in Debian's Chromium: 科信处's kexin raises an opinion on the master plan, which
// 规财处 leads; 规财处's member sees it arrive in 待我答复 without a reload, and the bell's notice
// opens the thread in its draft.

let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `account` of the test's programme, on the overview. */
async function signIn(account: string): Promise<Page> {
  const token = await p.as(account);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  return page;
}

describe('assigned work finds its people', () => {
  it('shows the lead unit a new opinion in 待我答复 live, and its notice opens the thread', async () => {
    const draft = await buildDraft(server, p);
    const lead = await signIn('guicai');
    await lead.getByTestId('todo').waitFor({ timeout: 30_000 });
    await expect.poll(() => lead.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
    await expect.poll(() => lead.getByTestId('todo-opinion').count()).toBe(0);
    // Anything set on the window survives only if the page is never reloaded.
    await lead.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    const thread = await buildThread(server, p, draft, { quote: '县级储备库', body: '建议明确储备库建设标准。' });

    const item = lead.locator(`[data-testid="todo-opinion"][data-thread-id="${thread.id}"]`);
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toContain('「县级储备库」');
    expect(await item.textContent()).toContain('第 1 版');
    expect(await item.textContent()).toContain('许文涛：建议明确储备库建设标准。');
    expect(await lead.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await expect.poll(() => lead.getByTestId('notification-badge').textContent(), { timeout: 15_000 }).toContain('1');
    await lead.getByTestId('notification-bell').click();
    const notice = lead.locator(`[data-testid="notification-item"][data-subject-id="${thread.id}"]`);
    await notice.waitFor();
    expect(await notice.getByTestId('notification-where').textContent()).toContain('「县级储备库」');
    await notice.click();
    await lead.waitForURL(
      (url) => url.pathname === `/drafts/${draft.id}` && url.searchParams.get('thread') === thread.id,
    );
    await lead.locator(`[data-testid="thread-card"][data-thread-id="${thread.id}"]`).waitFor({ timeout: 15_000 });
  });
});

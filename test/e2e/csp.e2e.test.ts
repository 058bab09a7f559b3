import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok, present } from '#test/support/client.js';
import { PlanKindsDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';

// The server's Content-Security-Policy (apps/server/src/http-guards.ts) must let the built web app
// work: every page, its charts and its live updates, with no violation reported by the browser.

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

describe('the web app under the Content-Security-Policy', () => {
  it('runs every main page with no violation', async () => {
    const token = await login(server.url, 'working@gongbian.test', PASSWORD);
    const data = await ok(server.url, PlanKindsDocument, {}, token);
    const master = present(
      data.programs[0]?.plans.find((p) => p.kind === 'MASTER'),
      'the master plan',
    );
    const masterDraft = present(master.currentDraft, 'the master plan’s draft');

    context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    const violations: string[] = [];
    await context.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    const page: Page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });

    await page.goto(`${server.url}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-email').fill('working@gongbian.test');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('phase').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');

    for (const path of ['/dashboard', '/meetings', '/reviews', `/plans/${master.id}`, `/drafts/${masterDraft.id}`]) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${server.url}/dashboard`);
    await page.getByTestId('chart-table').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});

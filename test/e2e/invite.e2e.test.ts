import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { buildDraft, buildExpert } from '#test/support/factories.js';
import { AssignReviewInputDocument, InviteE2eInvitePersonDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// An invitation link in the browser (issue 13: "/invite/<token> links land on the overview"): the
// working group invites an expert, the expert opens the link signed out, gives a name and a
// password and lands signed in; the same link a second time shows the server's refusal. Then the
// expert's path goes on: a review assigned while 我的评审 is open shows there without a reload.
let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false, clock: '2020-11-16' });
  browser = await launchChromium();
  p = await buildProgramme(server, { only: 'plans' });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A signed-out browser at `path` of the test server. */
async function openSignedOut(path: string, token?: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  if (token) await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('accepting an invitation in the browser', () => {
  let invitePath: string;

  beforeAll(async () => {
    const invited = await ok(
      server.url,
      InviteE2eInvitePersonDocument,
      { input: { programId: p.programId, email: `new.expert@${p.emailDomain}`, role: 'EXPERT' } },
      await p.as('working'),
    );
    // the link's host is the configured public address; the path is what the browser opens here
    invitePath = new URL(invited.invitePerson.invitation.link).pathname;
    expect(invitePath).toMatch(/^\/invite\/[\w-]+$/);
  });

  it('lets the invitee set a name and a password and signs them in', async () => {
    const page = await openSignedOut(invitePath);
    await page.getByTestId('invite-page').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe(invitePath);
    await page.getByTestId('invite-name').fill('新专家');
    await page.getByTestId('invite-password').fill('a long password');
    await page.getByTestId('invite-accept').click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
    // signed in: the app's header shows the new person's name
    await expect.poll(() => page.locator('header').first().textContent(), { timeout: 30_000 }).toContain('新专家');
    expect(await page.evaluate(() => localStorage.getItem('gongbian.token'))).toBeTruthy();
  });

  it('shows the server’s refusal when the link was already used', async () => {
    const page = await openSignedOut(invitePath);
    await page.getByTestId('invite-page').waitFor({ timeout: 30_000 });
    await page.getByTestId('invite-name').fill('冒名者');
    await page.getByTestId('invite-password').fill('another password');
    await page.getByTestId('invite-accept').click();
    await expect
      .poll(() => page.getByTestId('error-note').textContent(), { timeout: 30_000 })
      .toContain('该邀请已被使用');
    expect(new URL(page.url()).pathname).toBe(invitePath);
    expect(await page.evaluate(() => localStorage.getItem('gongbian.token'))).toBeNull();
  });
});

describe('我的评审, live', () => {
  it('shows a review assigned while the page is open, without a reload', async () => {
    const draft = await buildDraft(server, p, { stage: 'REVIEW' });
    const expert = await buildExpert(server, p, { name: '周启明' });
    const page = await openSignedOut('/reviews', expert.token);
    await page.getByTestId('reviews-page').waitFor({ timeout: 30_000 });
    // the list has loaded, empty
    await page.locator('.el-skeleton').first().waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('my-review').count()).toBe(0);

    await ok(
      server.url,
      AssignReviewInputDocument,
      { input: { draftId: draft.id, expertId: expert.id, dueOn: '2020-11-30' } },
      await p.as('working'),
    );
    await page.getByTestId('my-review').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('my-review').count()).toBe(1);
  });
});

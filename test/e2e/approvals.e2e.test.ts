import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { PlanApprovalStateDocument } from '#test/support/generated/graphql.js';
import { buildExpertMeeting, publishAtStage } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// A special plan's approval in the browser, as the document's phase 4 runs it: the working group
// requests 专家论证 on the 送审稿 and decides it citing the 专家论证会 whose conclusion is recorded,
// then requests the leading group's review; a leader, on the plan page in another browser, sees
// that request arrive without a reload and approves it; both pages show the plan 审定 (APPROVED).
// The programme, its 送审稿 and its concluded 专家论证会 are the test's own, made through the API.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];
let planId: string;
let meetingId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false, clock: '2020-11-16' });
  browser = await launchChromium();
  p = await buildProgramme(server, { only: 'plans' });
  // 科信处's 科技与装备 plan: a special plan, so 专家论证 and the leading group's review are all it needs.
  planId = await planLedBy(server, p, '科信处');
  await publishAtStage(server, p, planId, 'REVIEW');
  meetingId = await buildExpertMeeting(server, p, planId, { verdict: 'PASSED' });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `account` of the test's programme, on the plan page, live updates flowing. */
async function openPlan(account: string, width = 1280): Promise<Page> {
  const token = await p.as(account);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width, height: 1000 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/plans/${planId}`);
  await page.getByTestId('approvals-panel').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
const step = (page: Page, name: string) => page.locator(`[data-testid="approval-step"][data-step="${name}"]`);
const decisionOf = (page: Page, name: string) => step(page, name).getAttribute('data-decision');
const currentStage = (page: Page) =>
  page.locator('[data-testid="stage-step"][aria-current="step"]').getAttribute('data-stage');

describe('a plan’s approval, decided in two browsers', () => {
  let working: Page;
  let leader: Page;

  it('shows both the 送审稿 at its stage with nothing requested, and the request only to the working group', async () => {
    working = await openPlan('working');
    leader = await openPlan('leader');
    for (const page of [working, leader]) {
      expect(await currentStage(page)).toBe('REVIEW');
      expect(await page.getByTestId('stage-step').allTextContents()).toHaveLength(6);
      expect(await decisionOf(page, 'EXPERT_ARGUMENT')).toBe('NONE');
      expect(await decisionOf(page, 'LEADING_GROUP_REVIEW')).toBe('NONE');
      expect(await step(page, 'GOVERNMENT_APPROVAL').count()).toBe(0);
    }
    expect(await working.getByTestId('approval-request').textContent()).toContain('提请专家论证');
    expect(await leader.getByTestId('approval-request').count()).toBe(0);
  });

  it('lets the working group request 专家论证 and decide it on the concluded 专家论证会', async () => {
    await working.getByTestId('approval-request').click();
    await expect.poll(() => decisionOf(working, 'EXPERT_ARGUMENT'), { timeout: 15_000 }).toBe('PENDING');
    await step(working, 'EXPERT_ARGUMENT').getByTestId('approval-decide').click();

    // The one 专家论证会 about the plan with a conclusion is offered, its verdict shown.
    const verdict = working.getByTestId('decision-verdict');
    await verdict.waitFor({ timeout: 15_000 });
    expect(await verdict.textContent()).toContain('通过');
    await working.getByTestId('decision-opinion').fill('经专家论证，同意提交领导小组审议。');
    await working.getByTestId('decision-submit').click();

    await expect.poll(() => decisionOf(working, 'EXPERT_ARGUMENT'), { timeout: 15_000 }).toBe('APPROVED');
    const argued = step(working, 'EXPERT_ARGUMENT');
    expect(await argued.getByTestId('approval-opinion').textContent()).toContain('经专家论证，同意提交领导小组审议。');
    expect(await argued.getByTestId('approval-meeting').getAttribute('href')).toBe(`/meetings/${meetingId}`);
    // The leader's page followed without a reload.
    await expect.poll(() => decisionOf(leader, 'EXPERT_ARGUMENT'), { timeout: 15_000 }).toBe('APPROVED');
  });

  it('shows the leader the requested 领导小组审议 live, and the leader’s approval makes the plan 审定 in both browsers', async () => {
    await step(working, 'LEADING_GROUP_REVIEW').getByTestId('approval-request').click();
    await expect.poll(() => decisionOf(working, 'LEADING_GROUP_REVIEW'), { timeout: 15_000 }).toBe('PENDING');
    // The working group does not decide the leading group's review.
    expect(await step(working, 'LEADING_GROUP_REVIEW').getByTestId('approval-decide').count()).toBe(0);

    await expect.poll(() => decisionOf(leader, 'LEADING_GROUP_REVIEW'), { timeout: 15_000 }).toBe('PENDING');
    const decide = step(leader, 'LEADING_GROUP_REVIEW').getByTestId('approval-decide');
    await decide.waitFor({ timeout: 15_000 });
    expect(await sameDocument(leader)).toBe(true);
    await decide.click();
    await leader.getByTestId('decision-opinion').fill('领导小组审议通过。');
    await leader.getByTestId('decision-submit').click();

    for (const page of [leader, working]) {
      await expect.poll(() => decisionOf(page, 'LEADING_GROUP_REVIEW'), { timeout: 15_000 }).toBe('APPROVED');
      await expect.poll(() => currentStage(page), { timeout: 15_000 }).toBe('APPROVED');
      expect(await sameDocument(page)).toBe(true);
    }
    // Now the working group may record the issue; the leader may not.
    await working.getByTestId('issue-open').waitFor({ timeout: 15_000 });
    expect(await leader.getByTestId('issue-open').count()).toBe(0);

    const state = await ok(server.url, PlanApprovalStateDocument, { id: planId }, await p.as('working'));
    expect(state.node).toMatchObject({
      stage: 'APPROVED',
      approvals: [
        { step: 'EXPERT_ARGUMENT', decision: 'APPROVED', meeting: { id: meetingId } },
        { step: 'LEADING_GROUP_REVIEW', decision: 'APPROVED', opinion: '领导小组审议通过。' },
      ],
    });
    await leader.screenshot({ path: path.join(SHOTS, 'gongbian-plan-approved.png'), fullPage: true });
  });

  it('fits the stage stepper and the approvals on a 390 px wide phone', async () => {
    const phone = await openPlan('leader', 390);
    expect(await currentStage(phone)).toBe('APPROVED');
    // Nothing of the plan page's own reaches past the screen's edge (the app header is not its own).
    const past = await phone.evaluate(() =>
      [...document.querySelectorAll('main.plan-page *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => e.className || e.tagName),
    );
    expect(past).toEqual([]);
    for (const testId of ['stage-stepper', 'approvals-panel']) {
      const box = await phone.getByTestId(testId).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, testId).toBe(true);
    }
    await phone.screenshot({ path: path.join(SHOTS, 'gongbian-plan-390.png'), fullPage: true });
  });
});

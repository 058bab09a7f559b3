import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import {
  DecideApprovalDocument,
  PlanApprovalStateDocument,
  RequestApprovalDocument,
  SetMilestoneStatusDocument,
} from '#test/support/generated/graphql.js';
import { buildExpertMeeting, publishAtStage } from '#test/support/lifecycle.js';
import { goLive, navigate, People, SCREENS, sameDocument, tap } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "a day as the leader (领导小组)", on a phone and on a laptop. 孙建明 (leader) signs in and
// lands on the dashboard: the four phases with their progress, which moves while he looks when the
// working group finishes a milestone; he puts the dashboard on the wall display and back; then he
// finds the 领导小组审议 waiting for him on the home page and approves the plan. The API only sets
// up the plan awaiting his review and finishes the milestone, as the working group would elsewhere.

let server: TestServer;
let browser: Browser;
let people: People;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  browser = await launchChromium();
  people = new People(server, browser);
}, 120_000);

afterAll(async () => {
  await people?.close();
  await browser?.close();
  await server?.stop();
});

/** 科信处's plan at its 送审稿, 专家论证 approved and the leading group's review requested of it. */
async function awaitingLeaders(p: Programme): Promise<string> {
  const working = await p.as('working');
  const planId = await planLedBy(server, p, '科信处');
  const draft = await publishAtStage(server, p, planId, 'REVIEW');
  const meetingId = await buildExpertMeeting(server, p, planId);
  const argued = await ok(server.url, RequestApprovalDocument, { draftId: draft.id, step: 'EXPERT_ARGUMENT' }, working);
  const a = argued.requestApproval.approval;
  await ok(
    server.url,
    DecideApprovalDocument,
    { id: a.id, decision: 'APPROVED', opinion: '同意提交领导小组审议。', meetingId, expectedVersion: a.version },
    working,
  );
  await ok(server.url, RequestApprovalDocument, { draftId: draft.id, step: 'LEADING_GROUP_REVIEW' }, working);
  return planId;
}

describe.each(SCREENS)('a day as the leader, on a $name ($width×$height)', (screen) => {
  let p: Programme;
  let planId: string;
  let leader: Page;

  beforeAll(async () => {
    p = await buildProgramme(server);
    planId = await awaitingLeaders(p);
  }, 60_000);

  const currentPhase = () => leader.locator('[data-testid="phase"][aria-current="step"]');
  const progress = async () => Number(await currentPhase().getByRole('progressbar').getAttribute('aria-valuenow'));

  it('lands on the dashboard after signing in, and sees where each phase stands', async () => {
    leader = await people.signIn(p, 'leader', screen);
    await leader.waitForURL((url) => url.pathname === '/dashboard', { timeout: 30_000 });
    await expect.poll(() => leader.getByTestId('phase').count(), { timeout: 30_000 }).toBe(4);
    await goLive(leader, 'dashboard-connection');
    expect(await currentPhase().count()).toBe(1);
    expect(await currentPhase().getByTestId('phase-status').textContent()).toBeTruthy();
    expect(await progress()).toBeLessThan(100);
  });

  it('sees the current phase’s progress move when the working group finishes a milestone', async () => {
    const before = await progress();
    const phaseId = await currentPhase().getAttribute('data-phase-id');
    const [milestone]: { id: string }[] = await server.app.services.ds.query(
      `SELECT id FROM milestone WHERE phase_id = $1 AND status <> 'DONE' ORDER BY sort_order LIMIT 1`,
      [phaseId],
    );
    if (!milestone) throw new Error('the current phase has no milestone left to finish');
    await ok(server.url, SetMilestoneStatusDocument, { id: milestone.id, s: 'DONE' }, await p.as('working'));

    await expect.poll(progress, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(await sameDocument(leader)).toBe(true);
  });

  it('puts the dashboard on the wall display, and comes back', async () => {
    await tap(leader.getByTestId('open-wall'));
    await leader.waitForURL((url) => url.pathname === '/dashboard/wall');
    await expect.poll(() => leader.getByTestId('wall-phase').count(), { timeout: 15_000 }).toBe(4);
    // The wall takes the whole screen, the app's header and all.
    expect(await leader.getByTestId('wall').boundingBox()).toMatchObject({ x: 0, y: 0, width: screen.width });
    await tap(leader.getByTestId('wall-exit'));
    await leader.waitForURL((url) => url.pathname === '/dashboard');
  });

  it('finds the 领导小组审议 waiting on the home page, and approves the plan', async () => {
    await navigate(leader, 'nav-overview');
    const waiting = leader.getByTestId('todo-approval');
    await waiting.waitFor({ timeout: 30_000 });
    expect(await waiting.textContent()).toContain('领导小组审议');
    await tap(waiting);
    await leader.waitForURL((url) => url.pathname === `/plans/${planId}`);
    const review = leader.locator('[data-testid="approval-step"][data-step="LEADING_GROUP_REVIEW"]');
    await expect.poll(() => review.getAttribute('data-decision'), { timeout: 15_000 }).toBe('PENDING');
    await tap(review.getByTestId('approval-decide'));
    await leader.getByTestId('decision-opinion').fill('领导小组审议通过，同意印发。');
    await tap(leader.getByTestId('decision-submit'));
    await expect.poll(() => review.getAttribute('data-decision'), { timeout: 15_000 }).toBe('APPROVED');
    await expect
      .poll(() => leader.locator('[data-testid="stage-step"][aria-current="step"]').getAttribute('data-stage'))
      .toBe('APPROVED');

    const state = await ok(server.url, PlanApprovalStateDocument, { id: planId }, await p.as('working'));
    expect(state.node).toMatchObject({ stage: 'APPROVED' });
  });
});

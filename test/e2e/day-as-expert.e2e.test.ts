import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import { AssignReviewInputDocument, DemoInvitationsDocument } from '#test/support/generated/graphql.js';
import { draftShown, navigate, People, SCREENS, selectPhrase, tap } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "a day as the expert", on a phone and on a laptop. 钱立群 (expert) is invited by the
// working group to review the master plan's 送审稿: she finds the invitation on her home page and in
// 我的评审, accepts it, reads the draft, comments on a passage, scores the draft and submits her
// review, which asks her to confirm first because it is final. The API only sends the invitation
// and, at the end, reads back what the server holds.

const PASSAGE = '专常兼备、反应灵敏';
const COMMENT = '“专常兼备”的具体要求不明确，建议补充专业队伍与常备队伍的比例目标。';
const SUMMARY = '规划结构完整，目标基本合理；建议补充应急救援力量建设的量化指标后报批。';

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

describe.each(SCREENS)('a day as the expert, on a $name ($width×$height)', (screen) => {
  let p: Programme;
  let draft: TestDraft;
  let assignmentId: string;
  let expert: Page;

  beforeAll(async () => {
    p = await buildProgramme(server, { only: 'plans' });
    draft = await buildDraft(server, p, { stage: 'REVIEW' });
    const assigned = await ok(
      server.url,
      AssignReviewInputDocument,
      { input: { draftId: draft.id, expertId: p.personIds.expert, dueOn: '2020-11-30' } },
      await p.as('working'),
    );
    assignmentId = assigned.assignReview.assignment.id;
  }, 60_000);

  it('finds the invitation on the home page and in 我的评审, and accepts it', async () => {
    expert = await people.open(p, 'expert', screen);
    const waiting = expert.getByTestId('todo-review-item');
    await waiting.waitFor({ timeout: 30_000 });
    expect(await waiting.textContent()).toContain('2020-11-30');

    await navigate(expert, 'nav-reviews');
    const card = expert.locator(`[data-testid="my-review"][data-assignment-id="${assignmentId}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute('data-status')).toBe('INVITED');
    await tap(card.getByTestId('review-accept'));
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 15_000 }).toBe('ACCEPTED');
  });

  it('reads the draft and comments on a passage', async () => {
    const card = expert.locator(`[data-testid="my-review"][data-assignment-id="${assignmentId}"]`);
    await tap(card.getByTestId('my-review-open'));
    await expert.waitForURL((url) => url.pathname === `/reviews/${assignmentId}`);
    await draftShown(expert);
    expect(await expert.getByTestId('review-draft-title').textContent()).toBeTruthy();
    await expect
      .poll(() => expert.getByTestId('block-text').allTextContents())
      .toContainEqual(expect.stringContaining('“十三五”期间'));

    await selectPhrase(expert, PASSAGE, '[data-testid="reader"]');
    await tap(expert.getByTestId('selection-comment'));
    await expect.poll(() => expert.getByTestId('review-comment-quote').textContent()).toBe(PASSAGE);
    await expert.getByTestId('review-comment-body').fill(COMMENT);
    await tap(expert.getByTestId('review-comment-submit'));
    await expect.poll(() => expert.getByTestId('review-comment').count(), { timeout: 15_000 }).toBe(1);
    expect(await expert.getByTestId('review-comment').textContent()).toContain('比例目标');
    await expect
      .poll(() => expert.locator('mark[data-testid="highlight"]').first().textContent(), { timeout: 15_000 })
      .toBe(PASSAGE);
  });

  it('writes the review and submits it once she has confirmed', async () => {
    await tap(expert.getByTestId('review-verdict-APPROVE_WITH_REVISIONS'));
    for (const [criterion, score] of [
      ['foresight', 4],
      ['scientific', 4],
      ['operability', 3],
    ] as const) {
      await tap(
        expert.getByTestId(`review-score-${criterion}`).locator('.el-radio-button', { hasText: String(score) }),
      );
    }
    await expert.getByTestId('review-summary').fill(SUMMARY);
    await tap(expert.getByTestId('review-submit'));

    // Final, so asked once more; cancelling keeps the form as it was.
    const confirm = expert.locator('.el-message-box');
    await confirm.waitFor();
    await tap(confirm.locator('.el-button', { hasText: '取消' }));
    await confirm.waitFor({ state: 'hidden' });
    expect(await expert.getByTestId('review-readonly').count()).toBe(0);
    expect(await expert.getByTestId('review-summary').inputValue()).toBe(SUMMARY);

    await tap(expert.getByTestId('review-submit'));
    await tap(confirm.locator('.el-button--primary'));
    await expert.getByTestId('review-readonly').waitFor({ timeout: 15_000 });
    expect(await expert.getByTestId('review-verdict-shown').textContent()).toContain('修改后同意');

    const { myReviewAssignments } = await ok(server.url, DemoInvitationsDocument, {}, await p.as('expert'));
    expect(myReviewAssignments.find((a) => a.id === assignmentId)?.status).toBe('SUBMITTED');
  });
});

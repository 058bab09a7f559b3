import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { DRAFT_V2, planLedBy, type TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import { MeetingMinutesDocument } from '#test/support/generated/graphql.js';
import {
  draftShown,
  navigate,
  People,
  pickOption,
  SCREENS,
  search,
  selectPhrase,
  tap,
  writeMinutes,
} from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "a day as the working group (工作专班)", on a phone and on a laptop. 林思远 (working)
// runs the programme: she logs a 座谈会 on the master plan with its minutes and an action item,
// records an opinion raised there against a passage of the 征求意见稿, finds a passage with search,
// publishes the 送审稿 and asks for its 专家论证, and invites an expert to review it. Everything
// through the screen; the API only publishes the first draft and reads the minutes back.

const MASTER = '浙江省应急管理“十四五”规划';
const MINUTES = '一、会议议定\n1. 补充县级储备库建设标准。';
const OPINION = '与会代表建议将“专常兼备”细化为可考核的队伍建设指标。';

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

describe.each(SCREENS)('a day as the working group, on a $name ($width×$height)', (screen) => {
  let p: Programme;
  let draft: TestDraft;
  let planId: string;
  let working: Page;
  let meetingId: string;
  const title = `总体规划征求意见座谈会（${screen.name}）`;

  beforeAll(async () => {
    p = await buildProgramme(server, { only: 'plans' });
    planId = await planLedBy(server, p, '规财处');
    draft = await buildDraft(server, p);
  }, 60_000);

  it('logs a meeting on the master plan, with its minutes and an action item', async () => {
    working = await people.open(p, 'working', screen, '/meetings');
    await working.getByTestId('meetings-page').waitFor({ timeout: 30_000 });
    await tap(working.getByTestId('meeting-log-open'));
    const form = working.getByTestId('meeting-form');
    await form.waitFor();
    await working.getByTestId('meeting-form-title').fill(title);
    const starts = form.getByPlaceholder('选择日期和时间');
    await starts.fill('2020-11-12 14:30');
    await starts.press('Enter');
    await tap(working.getByTestId('meeting-form-plans'));
    await pickOption(working, MASTER);
    await tap(working.getByTestId('meeting-form-title'));
    await tap(working.getByTestId('meeting-form-submit'));
    await working.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 15_000 });
    meetingId = new URL(working.url()).pathname.split('/')[2] as string;
    await expect.poll(() => working.getByTestId('meeting-title').textContent(), { timeout: 15_000 }).toBe(title);
    expect(await working.getByTestId('meeting-plans').textContent()).toContain(MASTER);

    await writeMinutes(working, MINUTES);
    const token = await p.as('working');
    await expect
      .poll(async () => (await ok(server.url, MeetingMinutesDocument, { id: meetingId }, token)).meeting?.minutes, {
        timeout: 15_000,
      })
      .toBe(MINUTES);

    await working.getByTestId('action-item-title').fill('补充县级储备库建设标准');
    await tap(working.getByTestId('action-item-owner'));
    await pickOption(working, '规财处');
    const due = working.getByTestId('action-item-add').getByPlaceholder('完成时限');
    await due.fill('2020-11-30');
    await due.press('Enter');
    await tap(working.getByTestId('action-item-submit'));
    const item = working.getByTestId('action-item').filter({ hasText: '补充县级储备库建设标准' });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toContain('规财处');
  });

  it('records an opinion raised at the meeting, against a passage picked in the draft', async () => {
    await tap(working.getByTestId('record-opinion-open'));
    await working.locator('[data-testid="record-draft-text"] [data-block-text]').first().waitFor({ timeout: 15_000 });
    await selectPhrase(working, '专常兼备', '[data-testid="record-draft-text"]');
    await expect.poll(() => working.getByTestId('record-quote').textContent()).toBe('专常兼备');
    await working.getByTestId('record-body').fill(OPINION);
    await tap(working.getByTestId('record-submit'));
    const opinion = working.getByTestId('meeting-opinion').filter({ hasText: '可考核' });
    await opinion.waitFor({ timeout: 15_000 });
    expect(await opinion.textContent()).toContain('专常兼备');
    expect(await opinion.getByTestId('meeting-opinion-status').textContent()).toContain('待处理');
  });

  it('finds a passage with search, and is taken to it in the draft', async () => {
    const hit = await search(working, '县级储备库建设', 'DRAFT_BLOCK', '县级储备库');
    await tap(hit);
    await working.waitForURL((url) => url.pathname === `/drafts/${draft.id}`);
    await draftShown(working);
    await expect.poll(() => working.getByTestId('reader-find-count').textContent(), { timeout: 15_000 }).toBe('1/1');
    // the meeting's opinion is on the draft, at its passage
    await expect
      .poll(() => working.locator('mark[data-testid="highlight"]').allTextContents(), { timeout: 15_000 })
      .toContain('专常兼备');
  });

  it('moves the plan forward: publishes the 送审稿 and asks for its 专家论证', async () => {
    await tap(working.getByTestId('publish-open'));
    await tap(working.getByTestId('publish-stage'));
    await pickOption(working, '送审稿');
    await working.getByTestId('publish-title').fill(`${MASTER}（送审稿）`);
    await working.getByTestId('publish-markdown').fill(DRAFT_V2);
    await tap(working.getByTestId('publish-submit'));
    await working.getByTestId('publish-result').waitFor({ timeout: 15_000 });
    expect(await working.getByTestId('publish-carried').textContent()).toContain('1');
    await tap(working.getByTestId('publish-open-new'));
    await expect.poll(() => working.getByTestId('draft-stage').textContent(), { timeout: 15_000 }).toBe('送审稿');

    await tap(working.locator(`a[href="/plans/${planId}"]`).first());
    await working.getByTestId('approvals-panel').waitFor({ timeout: 15_000 });
    const current = working.locator('[data-testid="stage-step"][aria-current="step"]');
    expect(await current.getAttribute('data-stage')).toBe('REVIEW');
    const argument = working.locator('[data-testid="approval-step"][data-step="EXPERT_ARGUMENT"]');
    await tap(argument.getByTestId('approval-request'));
    await expect.poll(() => argument.getAttribute('data-decision'), { timeout: 15_000 }).toBe('PENDING');
  });

  it('invites an expert to review the 送审稿', async () => {
    await navigate(working, 'nav-reviews');
    const row = working.locator(`[data-testid="review-overview-row"][data-plan-id="${planId}"]`);
    await tap(row.getByTestId('review-board-link'));
    await working.getByTestId('review-board').waitFor({ timeout: 15_000 });
    await tap(working.getByTestId('review-assign-expert'));
    await pickOption(working, '钱立群');
    await tap(working.getByTestId('review-assign-submit'));
    const invited = working.getByTestId('review-board-row');
    await expect.poll(() => invited.count(), { timeout: 15_000 }).toBe(1);
    expect(await invited.getAttribute('data-status')).toBe('INVITED');
    expect(await invited.textContent()).toContain('钱立群');
  });
});

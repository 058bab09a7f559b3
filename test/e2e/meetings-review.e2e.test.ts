import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import { demoInvitation } from '#test/support/demo.js';
import { LogMeetingDocument, MeAndProgramsDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';

// What a meeting and an expert review add to a draft, in the browser: an opinion raised in a
// consultation meeting is recorded against a passage picked in the draft and attributed to an
// outside attendee; an action item is added; an invited expert accepts, comments on a passage,
// scores the draft and submits; the working group's review board shows the result. The meeting
// and the invitation are the test's own, made through GraphQL on the demo's master plan.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';
const DEPUTY = '省人大代表 王某';
const OPINION = '建议将这一表述与省“十四五”规划纲要保持一致。';
const REVIEW_COMMENT = '该目标缺少量化依据，建议补充测算过程。';
const SUMMARY = '规划总体思路清晰，目标基本合理，建议补充基层应急能力的量化指标后报批。';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let workingToken: string;
let meetingId: string;
let draftId: string;
let assignmentId: string;
/** a phrase from the draft's first long paragraph: what the meeting's opinion is about */
let meetingPassage: string;
/** a phrase from its second: what the expert comments on */
let reviewPassage: string;

const gq = <R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) =>
  ok(server.url, document, variables, token);

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  workingToken = await login(server.url, 'working@gongbian.test', PASSWORD);
  const expertToken = await login(server.url, 'expert@gongbian.test', PASSWORD);
  const { programs, me } = await gq(MeAndProgramsDocument, {}, workingToken);
  const programme = programs[0];
  const master = programme?.plans.find((p) => p.kind === 'MASTER');
  const guicai = programme?.units.find((u) => u.shortName === '规财处');
  if (!programme || !master?.currentDraft || !guicai || !me)
    throw new Error('the demo programme lacks its master plan’s draft or 规财处');
  draftId = master.currentDraft.id;
  const paragraphs = master.currentDraft.blocks.filter((b) => b.kind === 'PARAGRAPH' && b.text.length > 40);
  meetingPassage = paragraphs[0]?.text.slice(4, 18) ?? '';
  reviewPassage = paragraphs[1]?.text.slice(2, 14) ?? '';

  const logged = await gq(
    LogMeetingDocument,
    {
      input: {
        programId: programme.id,
        kind: 'SOLICITATION',
        title: '总体规划（送审稿）征求意见会',
        startsAt: '2020-11-12T06:00:00.000Z',
        location: '省人大常委会第二会议室',
        hostUnitId: guicai.id,
        planIds: [master.id],
        attendeeIds: [me.id],
        externalAttendees: [DEPUTY, '省政协委员 ×3'],
        agenda: '一、规财处介绍规划（送审稿）主要内容\n二、人大代表、政协委员发表意见',
      },
    },
    workingToken,
  );
  meetingId = logged.logMeeting.meeting.id;
  assignmentId = await demoInvitation(server.url, expertToken, draftId);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(email: string, at: string, ready: string): Promise<Page> {
  const token = await login(server.url, email, PASSWORD);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
    acceptDownloads: true,
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${at}`);
  await page.getByTestId(ready).first().waitFor({ timeout: 30_000 });
  return page;
}

/** Selects `phrase` inside the block of `container` whose text contains it, as dragging over it would. */
async function selectPhrase(page: Page, container: string, phrase: string) {
  await page.evaluate(
    ({ container, phrase }) => {
      const scope = document.querySelector(container);
      const root = [...(scope?.querySelectorAll('[data-block-text]') ?? [])].find((el) =>
        el.textContent?.includes(phrase),
      );
      if (!root) throw new Error(`no block contains ${phrase}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = (root.textContent ?? '').indexOf(phrase);
      let node = walker.nextNode() as Text | null;
      while (node && offset >= node.data.length) {
        offset -= node.data.length;
        node = walker.nextNode() as Text | null;
      }
      if (!node || offset + phrase.length > node.data.length) throw new Error('the phrase spans text nodes');
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + phrase.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    },
    { container, phrase },
  );
}

describe('a meeting’s opinions and an expert review, in the browser', () => {
  let working: Page;

  it('lists the meeting, filterable by kind', async () => {
    working = await open('working@gongbian.test', '/meetings', 'meeting-row');
    const row = working.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    await expect.poll(() => row.textContent()).toContain('征求意见会');
    await working.getByTestId('meeting-filter-kind').click();
    await working.locator('.el-select-dropdown__item:visible', { hasText: '座谈会' }).click();
    await expect.poll(() => working.getByTestId('meeting-count').textContent()).toBe('共 0 场');
    await working.locator('.el-select-dropdown__item:visible', { hasText: '征求意见会' }).click();
    await expect.poll(() => row.count()).toBe(1);
    await working.keyboard.press('Escape');
    await working.getByTestId('meeting-log-open').click();
    await working.getByTestId('meeting-form').waitFor();
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-meetings-log.png') });
    await working.keyboard.press('Escape');
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-meetings.png') });
    await row.getByTestId('meeting-link').click();
    await working.getByTestId('minutes-editor').waitFor();
  });

  it('records an opinion on a passage picked in the draft, raised by an outside attendee', async () => {
    await working.getByTestId('record-opinion-open').click();
    await working.locator('[data-testid="record-draft-text"] [data-block-text]').first().waitFor({ timeout: 15_000 });
    await selectPhrase(working, '[data-testid="record-draft-text"]', meetingPassage);
    await expect.poll(() => working.getByTestId('record-quote').textContent()).toBe(meetingPassage);
    await working.getByTestId('record-external').click();
    await working.getByTestId('record-external-name').click();
    await working.locator('.el-select-dropdown__item', { hasText: DEPUTY }).click();
    await working.getByTestId('record-body').fill(OPINION);
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-meeting-record.png') });
    await working.getByTestId('record-submit').click();

    const opinion = working.getByTestId('meeting-opinion').first();
    await expect
      .poll(() => opinion.getByTestId('meeting-opinion-author').textContent(), { timeout: 15_000 })
      .toBe(DEPUTY);
    expect(await opinion.textContent()).toContain(meetingPassage);
    expect(await opinion.getByTestId('meeting-opinion-status').textContent()).toContain('待处理');
  });

  it('adds an action item and marks it overdue once its date has passed', async () => {
    await working.getByTestId('action-item-title').fill('补充基层应急能力量化指标');
    await working.getByTestId('action-item-owner').click();
    await working.locator('.el-select-dropdown__item:visible', { hasText: '规财处' }).first().click();
    const due = working.getByTestId('action-item-add').getByPlaceholder('完成时限');
    await due.fill('2020-11-13'); // after the meeting (2020-11-12), before today (2020-11-16)
    await due.press('Enter');
    await working.getByTestId('action-item-submit').click();
    const item = working.getByTestId('action-item').first();
    await expect.poll(() => item.getAttribute('data-overdue'), { timeout: 15_000 }).toBe('true');
    expect(await item.getByTestId('action-item-overdue').textContent()).toBe('已逾期');
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-meeting-full.png'), fullPage: true });
  });

  it('edits the meeting’s details and downloads its record', async () => {
    await working.getByTestId('meeting-edit-open').click();
    await working.getByTestId('meeting-form-location').fill('省人大常委会第三会议室');
    await working.getByTestId('meeting-form-submit').click();
    await expect
      .poll(() => working.getByTestId('meeting-page').textContent(), { timeout: 15_000 })
      .toContain('第三会议室');
    const [download] = await Promise.all([
      working.waitForEvent('download'),
      working.getByTestId('meeting-record-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('总体规划（送审稿）征求意见会会议纪要.docx');
  });

  it('takes an expert from the invitation to a submitted review, with a passage comment', async () => {
    const expert = await open('expert@gongbian.test', '/reviews', 'my-review');
    const card = expert.locator(`[data-testid="my-review"][data-assignment-id="${assignmentId}"]`);
    expect(await card.getAttribute('data-status')).toBe('INVITED');
    await card.getByTestId('review-accept').click();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 15_000 }).toBe('ACCEPTED');
    await card.getByTestId('my-review-open').click();
    await expert.getByTestId('review-form').waitFor({ timeout: 30_000 });
    await expert.locator('[data-block-text]').first().waitFor({ timeout: 15_000 });

    await selectPhrase(expert, '[data-testid="reader"]', reviewPassage);
    await expert.getByTestId('selection-comment').click();
    await expect.poll(() => expert.getByTestId('review-comment-quote').textContent()).toBe(reviewPassage);
    await expert.getByTestId('review-comment-body').fill(REVIEW_COMMENT);
    await expert.getByTestId('review-comment-submit').click();
    await expect.poll(() => expert.getByTestId('review-comment').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => expert.locator('mark[data-testid="highlight"]').first().textContent()).toBe(reviewPassage);

    // submitting with no scores is refused, field by field
    await expert.getByTestId('review-submit').click();
    await expect.poll(() => expert.locator('.el-form-item__error').count()).toBe(5);
    await expert.getByTestId('review-verdict-APPROVE_WITH_REVISIONS').click();
    for (const [criterion, score] of [
      ['foresight', 4],
      ['scientific', 4],
      ['operability', 3],
    ] as const) {
      await expert
        .getByTestId(`review-score-${criterion}`)
        .locator('.el-radio-button', { hasText: String(score) })
        .click();
    }
    await expert.getByTestId('review-summary').fill(SUMMARY);
    // each message went as its field was filled in
    await expect.poll(() => expert.locator('.el-form-item.is-error').count()).toBe(0);
    await expert.waitForTimeout(500); // let the colours of the fields settle, for the screenshot
    await expert.screenshot({ path: path.join(SHOTS, 'gongbian-review-form.png') });
    await expert.getByTestId('review-submit').click();
    // a submitted review is final: it goes once the expert confirms
    await expert.locator('.review-submit-confirm').click();
    await expert.getByTestId('review-readonly').waitFor({ timeout: 15_000 });
    expect(await expert.getByTestId('review-verdict-shown').textContent()).toContain('修改后同意');
    await expert.screenshot({ path: path.join(SHOTS, 'gongbian-review-submitted.png') });
  });

  it('shows the working group the submitted review on the board, reached from the reader', async () => {
    await working.goto(`${server.url}/drafts/${draftId}`);
    await working.getByTestId('open-review-board').click();
    const row = working.locator(`[data-testid="review-board-row"][data-assignment-id="${assignmentId}"]`);
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toBe('SUBMITTED');
    expect(await working.getByTestId('review-average-foresight').textContent()).toBe('4.0');
    expect(await working.getByTestId('review-average-operability').textContent()).toBe('3.0');
    expect(await working.getByTestId('review-submitted-count').textContent()).toBe('1');
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-review-board.png'), fullPage: true });
  });
});

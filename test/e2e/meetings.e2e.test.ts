import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok, present } from '#test/support/client.js';
import {
  EditMinutesInputDocument,
  LogMeetingDocument,
  MeetingMinutesDocument,
  MeIdNameDocument,
  ProgrammeUnitsAndPlansDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';

// Two co-editors take the minutes of one meeting in two browsers: each types in a different
// paragraph at the same time (the live editor, issue 13); neither text is lost, and each sees the
// other's without a reload. The meeting is the test's own, logged through GraphQL with 规财处 as host.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

const FIRST = '一、会议听取了规财处关于《浙江省应急管理“十四五”规划》编制进展的汇报。';
const SECOND = '二、与会代表建议加强基层应急能力建设，明确乡镇应急队伍的建设标准。';
const MINUTES = `${FIRST}\n\n${SECOND}\n`;
const WORKING_ADDS = '会议原则同意规划的总体思路和框架。';
const GUICAI_ADDS = '规财处将会同相关处室研究吸收。';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let workingToken: string;
let meetingId: string;
/** the names of the two co-editors: working group, then 规财处 */
let names: string[] = [];

const gq = <R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) =>
  ok(server.url, document, variables, token);

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  workingToken = await login(server.url, 'working@gongbian.test', PASSWORD);
  const { programs } = await gq(ProgrammeUnitsAndPlansDocument, {}, workingToken);
  const programme = present(programs[0], 'the demo programme');
  const guicaiUnit = programme.units.find((u) => u.shortName === '规财处');
  const master = programme.plans.find((p) => p.kind === 'MASTER');
  const me = async (token: string) => present((await gq(MeIdNameDocument, {}, token)).me, 'the signed-in person');
  const working = await me(workingToken);
  const guicai = await me(await login(server.url, 'guicai@gongbian.test', PASSWORD));
  names = [working.name, guicai.name];
  if (!guicaiUnit || !master) throw new Error('the demo programme lacks 规财处 or the master plan');
  const logged = await gq(
    LogMeetingDocument,
    {
      input: {
        programId: programme.id,
        kind: 'SYMPOSIUM',
        title: '总体规划编制工作座谈会',
        startsAt: '2020-11-16T01:30:00.000Z',
        location: '厅三楼会议室',
        hostUnitId: guicaiUnit.id,
        planIds: [master.id],
        attendeeIds: [working.id, guicai.id],
        externalAttendees: ['省人大代表 ×2'],
        agenda: '一、规划编制进展汇报\n二、座谈讨论',
      },
    },
    workingToken,
  );
  meetingId = logged.logMeeting.meeting.id;
  await gq(EditMinutesInputDocument, { input: { meetingId, minutes: MINUTES, expectedVersion: 1 } }, workingToken);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** A browser signed in as `email`, on the meeting page, with live updates flowing. */
async function openMeeting(email: string): Promise<Page> {
  const token = await login(server.url, email, PASSWORD);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 1000 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/meetings/${meetingId}`);
  await page.getByTestId('minutes-input').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
/** The live editor's text (issue 13: CodeMirror bound to Yjs), without the others' cursor labels. */
const minutesOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="minutes-input"] .cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const n of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer, .cm-placeholder')) n.remove();
        return copy.textContent ?? '';
      })
      .join('\n'),
  );

/** Puts the caret at the end of the editor's line `n` (from 0). */
async function caretAtEndOf(page: Page, n: number) {
  const line = page.locator('[data-testid="minutes-input"] .cm-line').nth(n);
  const box = present(await line.boundingBox(), `line ${n}`);
  await line.click({ position: { x: box.width - 4, y: box.height / 2 } });
  await page.keyboard.press('End');
}

describe('the minutes of a meeting, edited in two browsers', () => {
  let working: Page;
  let guicai: Page;

  it('shows both co-editors the same minutes', async () => {
    working = await openMeeting('working@gongbian.test');
    guicai = await openMeeting('guicai@gongbian.test');
    for (const page of [working, guicai]) {
      expect(await minutesOf(page)).toBe(MINUTES);
      expect(await page.getByTestId('meeting-title').textContent()).toBe('总体规划编制工作座谈会');
    }
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-meeting.png'), fullPage: true });
  });

  it('keeps both texts when each types in a different paragraph at the same time', async () => {
    await caretAtEndOf(working, 0);
    await caretAtEndOf(guicai, 2);
    await Promise.all([working.keyboard.type(WORKING_ADDS), guicai.keyboard.type(GUICAI_ADDS)]);

    const both = `${FIRST}${WORKING_ADDS}\n\n${SECOND}${GUICAI_ADDS}\n`;
    // on the server, typed together: nothing to merge by hand, nothing lost
    await expect
      .poll(async () => (await gq(MeetingMinutesDocument, { id: meetingId }, workingToken)).meeting?.minutes, {
        timeout: 15_000,
      })
      .toBe(both);

    // in both browsers, without a reload
    for (const page of [working, guicai]) {
      await expect.poll(() => minutesOf(page), { timeout: 15_000 }).toBe(both);
      expect(await page.getByTestId('merge-view').count()).toBe(0);
      expect(await sameDocument(page)).toBe(true);
    }
    // each sees the other's name at the other's cursor
    await expect
      .poll(() => working.locator('.cm-ySelectionInfo').allTextContents(), { timeout: 15_000 })
      .toContain(names[1]);
    await guicai.screenshot({ path: path.join(SHOTS, 'gongbian-meeting-merged.png'), fullPage: true });
  });
});

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

// Issue 13: the minutes were a textarea with a save button. Now two people type them together in
// two browsers, each seeing the other's characters arrive and the other's name at their cursor;
// what they typed is on the server (a reload keeps it) and in the 会议纪要 .docx, line by line.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';
const START = '一、会议概况\n二、主要意见\n';
const WORKING_TYPES = '会议听取了规划编制进展汇报';
const GUICAI_TYPES = '建议补充乡镇应急队伍指标';

// The docx reader the server's own tests use, from the server's dependencies.
const mammoth = createRequire(path.resolve('apps/server/package.json'))('mammoth') as {
  extractRawText(input: { buffer: Buffer }): Promise<{ value: string }>;
};

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let meetingId: string;
let names: { working: string; guicai: string };

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  const workingToken = await login(server.url, 'working@gongbian.test', PASSWORD);
  const guicaiToken = await login(server.url, 'guicai@gongbian.test', PASSWORD);
  const { programs } = await ok(server.url, ProgrammeUnitsAndPlansDocument, {}, workingToken);
  const programme = present(programs[0], 'the demo programme');
  const host = present(
    programme.units.find((u) => u.shortName === '规财处'),
    '规财处',
  );
  const me = async (token: string) => present((await ok(server.url, MeIdNameDocument, {}, token)).me, 'me');
  const [working, guicai] = [await me(workingToken), await me(guicaiToken)];
  names = { working: working.name, guicai: guicai.name };
  const logged = await ok(
    server.url,
    LogMeetingDocument,
    {
      input: {
        programId: programme.id,
        kind: 'SYMPOSIUM',
        title: '纪要协同编辑座谈会',
        startsAt: '2020-11-16T02:00:00.000Z',
        hostUnitId: host.id,
        planIds: [],
        attendeeIds: [working.id, guicai.id],
      },
    },
    workingToken,
  );
  meetingId = logged.logMeeting.meeting.id;
  await ok(
    server.url,
    EditMinutesInputDocument,
    { input: { meetingId, minutes: START, expectedVersion: 1 } },
    workingToken,
  );
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function openMeeting(email: string): Promise<Page> {
  const token = await login(server.url, email, PASSWORD);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), token);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/meetings/${meetingId}`);
  await page.getByTestId('minutes-input').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('connected');
  return page;
}

/** The editor's text as the person reads it: its lines, without the others' cursor labels. */
const editorText = (page: Page) =>
  page.evaluate(() => {
    const content = document.querySelector('[data-testid="minutes-input"]');
    return [...(content?.querySelectorAll('.cm-line') ?? [])]
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const n of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer, .cm-placeholder')) n.remove();
        return copy.textContent ?? '';
      })
      .join('\n');
  });

/** Puts the caret at the end of the editor's line `n` (from 0). */
async function caretAtEndOf(page: Page, n: number) {
  const line = page.locator('[data-testid="minutes-input"] .cm-line').nth(n);
  const box = present(await line.boundingBox(), `line ${n}`);
  await line.click({ position: { x: box.width - 4, y: box.height / 2 } });
  await page.keyboard.press('End');
}

/** Every distinct text the page showed while `during` ran, read as often as the page allows. */
async function watchTexts(page: Page, during: Promise<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  let done = false;
  void during.finally(() => {
    done = true;
  });
  while (!done) seen.add(await editorText(page));
  return [...seen];
}

describe('minutes typed together in two browsers', () => {
  let working: Page;
  let guicai: Page;

  it('shows each the other’s typing character by character, and the other’s name at their cursor', async () => {
    working = await openMeeting('working@gongbian.test');
    guicai = await openMeeting('guicai@gongbian.test');
    for (const page of [working, guicai]) expect(await editorText(page)).toBe(START);
    // each sees the other on the meeting page
    await expect
      .poll(() => working.getByTestId('meeting-presence').getAttribute('data-count'), { timeout: 15_000 })
      .toBe('1');
    await expect
      .poll(() => guicai.getByTestId('meeting-presence').getAttribute('data-count'), { timeout: 15_000 })
      .toBe('1');

    await caretAtEndOf(working, 0);
    await caretAtEndOf(guicai, 1);
    const typing = Promise.all([
      working.keyboard.type(WORKING_TYPES, { delay: 120 }),
      guicai.keyboard.type(GUICAI_TYPES, { delay: 120 }),
    ]);
    const [seenByGuicai] = await Promise.all([watchTexts(guicai, typing), typing]);

    const both = `一、会议概况${WORKING_TYPES}\n二、主要意见${GUICAI_TYPES}\n`;
    for (const page of [working, guicai]) await expect.poll(() => editorText(page), { timeout: 15_000 }).toBe(both);
    // 规财处 saw the working group's words arrive a few characters at a time, not all at once
    const partial = seenByGuicai
      .map((text) => text.split('\n')[0]?.slice('一、会议概况'.length) ?? '')
      .filter((typed) => typed.length > 0 && typed.length < WORKING_TYPES.length);
    expect(partial.length).toBeGreaterThan(2);
    for (const typed of partial) expect(WORKING_TYPES.startsWith(typed)).toBe(true);

    // and each sees the other's cursor, labelled with the other's name
    await expect
      .poll(() => working.locator('.cm-ySelectionInfo').allTextContents(), { timeout: 15_000 })
      .toContain(names.guicai);
    await expect
      .poll(() => guicai.locator('.cm-ySelectionInfo').allTextContents(), { timeout: 15_000 })
      .toContain(names.working);
    await expect.poll(() => working.getByTestId('minutes-status').getAttribute('class')).toContain('status--saved');
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-live-minutes.png'), fullPage: true });
  });

  it('keeps what was typed across a reload, on the server and in the .docx, line by line', async () => {
    const both = `一、会议概况${WORKING_TYPES}\n二、主要意见${GUICAI_TYPES}\n`;
    const token = await login(server.url, 'working@gongbian.test', PASSWORD);
    await expect
      .poll(async () => (await ok(server.url, MeetingMinutesDocument, { id: meetingId }, token)).meeting?.minutes, {
        timeout: 15_000,
      })
      .toBe(both);
    await guicai.reload();
    await guicai.getByTestId('minutes-input').waitFor({ timeout: 30_000 });
    await expect.poll(() => editorText(guicai), { timeout: 15_000 }).toBe(both);

    const [download] = await Promise.all([
      working.waitForEvent('download'),
      working.getByTestId('meeting-record-download').click(),
    ]);
    const file = await readFile(present(await download.path(), 'the downloaded .docx'));
    const lines = (await mammoth.extractRawText({ buffer: file })).value.split('\n').map((l) => l.trim());
    expect(lines).toContain(`一、会议概况${WORKING_TYPES}`);
    expect(lines).toContain(`二、主要意见${GUICAI_TYPES}`);
  });
});

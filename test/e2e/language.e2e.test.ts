import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import { demoInvitation, demoRound } from '#test/support/demo.js';
import {
  AcceptReviewDocument,
  CreateDraftIdDocument,
  EditMinutesInputDocument,
  LogMeetingDocument,
  MeAndProgramsDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_DATE } from '../../apps/server/src/demo/story-data.js';

// Every page of the app, once in English and once in Chinese: what the reader sees is in their
// language. People's names, units, plans, drafts, opinions, meetings and minutes are the users'
// own words, marked translate="no" in the templates; the test looks only at the rest. In English
// no Han character may remain; in Chinese no English sentence (three Latin words in a row). Then a
// refusal from the server is shown in each language. No allow-list is needed: the product's name
// (共编 Gongbian) and each language's name in the switcher are names, marked translate="no" too;
// single words such as "Word" or "Excel" (file formats) are not sentences.

type Locale = 'zh-CN' | 'en';

const HAN = /\p{Script=Han}/u;
const WORD = "[A-Za-z]+(?:['’-][A-Za-z]+)*";
const SENTENCE = new RegExp(`${WORD}(?:[ \\t]+${WORD}){2,}`);

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ids = { master: '', draft: '', meeting: '', assignment: '', closingDraft: '', round: '', slug: '' };

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  const working = await login(server.url, 'working@gongbian.test', PASSWORD);
  const expert = await login(server.url, 'expert@gongbian.test', PASSWORD);
  const { programs, me } = await ok(server.url, MeAndProgramsDocument, {}, working);
  const programme = programs[0];
  const master = programme?.plans.find((p) => p.kind === 'MASTER');
  const special = programme?.plans.find((p) => p.kind === 'SPECIAL');
  const guicai = programme?.units.find((u) => u.shortName === '规财处');
  if (!me || !programme || !master?.currentDraft || !special || !guicai) {
    throw new Error('the demo programme is not as expected');
  }
  ids.master = master.id;
  const round = await demoRound(server.url, working);
  ids.round = round.id;
  ids.slug = round.slug;
  ids.draft = master.currentDraft.id;
  // A meeting with minutes, and an expert's accepted review of the master plan's newest draft.
  const meeting = await ok(
    server.url,
    LogMeetingDocument,
    {
      input: {
        programId: programme.id,
        kind: 'SOLICITATION',
        title: '总体规划（送审稿）征求意见会',
        startsAt: '2020-11-12T06:00:00.000Z',
        location: '省应急管理厅第一会议室',
        hostUnitId: guicai.id,
        planIds: [master.id],
        attendeeIds: [me.id],
        externalAttendees: ['省人大代表 王某'],
        agenda: '一、介绍规划主要内容\n二、与会代表发表意见',
      },
    },
    working,
  );
  ids.meeting = meeting.logMeeting.meeting.id;
  await ok(
    server.url,
    EditMinutesInputDocument,
    { input: { meetingId: ids.meeting, minutes: '# 会议纪要\n\n与会代表原则同意规划主要目标。', expectedVersion: 1 } },
    working,
  );
  ids.assignment = await demoInvitation(server.url, expert, ids.draft);
  await ok(server.url, AcceptReviewDocument, { id: ids.assignment }, expert);
  // A draft whose comment window closes on 30 November: the refusal shown in both languages.
  const closing = await ok(
    server.url,
    CreateDraftIdDocument,
    {
      input: {
        planId: special.id,
        stage: 'CONSULTATION',
        title: '征求意见稿',
        format: 'MARKDOWN',
        content: '# 主要任务\n\n推进应急装备现代化。',
        commentDeadline: '2020-11-30T08:00:00.000Z',
      },
    },
    working,
  );
  ids.closingDraft = closing.createDraft.draft.id;
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(locale: Locale, email: string | null): Promise<Page> {
  const token = email ? await login(server.url, email, PASSWORD) : null;
  const context = await browser.newContext({
    locale,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
  });
  await context.addInitScript(
    ({ token, locale }) => {
      localStorage.setItem('gongbian.locale', locale);
      if (token) localStorage.setItem('gongbian.token', token);
    },
    { token, locale },
  );
  contexts.push(context);
  return context.newPage();
}

/**
 * The text a reader sees on the page, and the placeholders, labels and tooltips it offers, with
 * every translate="no" subtree left out (hidden for the moment of reading).
 */
function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll<HTMLElement>('[translate="no"]')];
    const before = marked.map((el) => el.style.getPropertyValue('display'));
    for (const el of marked) el.style.setProperty('display', 'none', 'important');
    try {
      const attributes = [...document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')]
        .filter((el) => el.getClientRects().length > 0)
        .flatMap((el) => ['placeholder', 'aria-label', 'title'].map((name) => el.getAttribute(name) ?? ''));
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what a reader sees
      return [document.body.innerText, ...attributes].join('\n');
    } finally {
      marked.forEach((el, i) => {
        el.style.setProperty('display', before[i] ?? '');
      });
    }
  });
}

/** Reads the page's text once it has stopped changing (queries answered, live updates settled). */
async function settledText(page: Page): Promise<string> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const text = await uiText(page);
    if (text === last) return text;
    last = text;
  }
  return last;
}

/** The lines of `text` that are not in the reader's language. */
function leaks(text: string, locale: Locale): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  if (locale === 'en') return lines.filter((line) => HAN.test(line));
  return lines.filter((line) => SENTENCE.test(line));
}

interface Visit {
  name: string;
  as: string | null;
  path: () => string;
  ready: string;
  /** Something to open once the page is ready (a menu, a popover). */
  andThen?: (page: Page) => Promise<void>;
  /** The programme's day for this visit, when not the file's (the demo's public round is open in July 2021). */
  clock?: string;
}

const WORKING = 'working@gongbian.test';
const EXPERT = 'expert@gongbian.test';
const VISITS: Visit[] = [
  { name: 'login', as: null, path: () => '/login', ready: 'login-submit' },
  { name: 'invitation', as: null, path: () => '/invite/an-invitation-token', ready: 'invite-accept' },
  { name: 'programme settings', as: WORKING, path: () => '/settings', ready: 'settings-plans' },
  // 指标衔接 (issue 15): the matrix, with the form that keeps an indicator open.
  {
    name: 'alignment, the indicator form open',
    as: WORKING,
    path: () => '/alignment',
    ready: 'alignment-unlinked',
    andThen: async (page) => {
      await page.getByTestId('indicator-add').click();
      await page.getByTestId('indicator-form').waitFor();
    },
  },
  {
    name: 'overview, with the notifications open',
    as: WORKING,
    path: () => '/',
    ready: 'program-name',
    andThen: async (page) => {
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-inbox').waitFor();
    },
  },
  { name: 'plan', as: WORKING, path: () => `/plans/${ids.master}`, ready: 'plan-version' },
  { name: 'draft reader', as: WORKING, path: () => `/drafts/${ids.draft}`, ready: 'thread-card' },
  {
    name: 'compare, from the reader',
    as: WORKING,
    path: () => `/drafts/${ids.draft}`,
    ready: 'open-compare',
    andThen: async (page) => {
      await page.getByTestId('open-compare').click();
      await page.getByTestId('compare-row').first().waitFor({ timeout: 30_000 });
    },
  },
  { name: 'dashboard', as: WORKING, path: () => '/dashboard', ready: 'phase-gate' },
  { name: 'wall display', as: WORKING, path: () => '/dashboard/wall', ready: 'wall-panel' },
  { name: 'meetings', as: WORKING, path: () => '/meetings', ready: 'meeting-row' },
  { name: 'a meeting', as: WORKING, path: () => `/meetings/${ids.meeting}`, ready: 'minutes-editor' },
  { name: 'review overview', as: WORKING, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'review board', as: WORKING, path: () => `/drafts/${ids.draft}/reviews`, ready: 'review-board' },
  { name: 'my reviews (expert)', as: EXPERT, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'a review (expert)', as: EXPERT, path: () => `/reviews/${ids.assignment}`, ready: 'review-panel' },
  // 开门编规划 (issue 14): the public page needs no account; the working group's list and queue.
  {
    name: 'public draft, the form open (no account)',
    as: null,
    path: () => `/public/${ids.slug}`,
    ready: 'public-whole',
    clock: DEMO_DATE,
    andThen: async (page) => {
      await page.getByTestId('public-whole').click();
      await page.getByTestId('public-opinion-form').waitFor();
    },
  },
  {
    name: 'public consultations',
    as: WORKING,
    path: () => '/consultations',
    ready: 'consultation-row',
    clock: DEMO_DATE,
  },
  {
    name: 'moderation queue',
    as: WORKING,
    path: () => `/consultations/${ids.round}`,
    ready: 'moderation-card',
    clock: DEMO_DATE,
  },
  {
    name: 'public summary (no account)',
    as: null,
    path: () => `/public/${ids.slug}/summary`,
    ready: 'summary-received',
    clock: DEMO_DATE,
  },
  {
    name: 'moderation queue, grouped by passage, a group open',
    as: WORKING,
    path: () => `/consultations/${ids.round}`,
    ready: 'moderation-card',
    clock: DEMO_DATE,
    andThen: async (page) => {
      await page.getByTestId('moderation-view-PASSAGE').click();
      await page.getByTestId('moderation-group-toggle').first().click();
      await page.getByTestId('moderation-group-opinions').first().waitFor({ timeout: 15_000 });
    },
  },
];
describe.each(['en', 'zh-CN'] as const)('every page in %s', (locale) => {
  it.each(VISITS.map((v) => [v.name, v] as const))('%s is in the reader’s language', async (_name, visit) => {
    const page = await open(locale, visit.as);
    if (visit.clock) server.app.services.clock.set(visit.clock);
    try {
      await page.goto(`${server.url}${visit.path()}`);
      await page.getByTestId(visit.ready).first().waitFor({ timeout: 30_000 });
      await visit.andThen?.(page);
      expect(leaks(await settledText(page), locale)).toEqual([]);
    } finally {
      if (visit.clock) server.app.services.clock.set('2020-11-16');
      await page.context().close();
    }
  });

  it('shows a refusal from the server in the reader’s language', async () => {
    const page = await open(locale, WORKING);
    await page.goto(`${server.url}/drafts/${ids.closingDraft}`);
    await page.getByTestId('whole-draft').click();
    await page.getByTestId('composer-body').fill('逾期提交的意见');
    // The window closes while the opinion is being written.
    server.app.services.clock.set('2020-12-02');
    try {
      await page.getByTestId('composer-submit').click();
      const note = page.getByTestId('error-note');
      await note.waitFor({ timeout: 15_000 });
      // biome-ignore lint/performance/useDomNodeTextContent: the note as the reader sees it
      const text = (await note.innerText()).trim();
      if (locale === 'en') expect(text).toMatch(/^Comments on this draft closed on 11\/30\/2020, 16:00\.$/);
      else expect(text).toMatch(/^本稿已于 2020\/11\/30 16:00 截止征求意见$/);
      expect(leaks(text, locale)).toEqual([]);
    } finally {
      server.app.services.clock.set('2020-11-16');
      await page.context().close();
    }
  });
});

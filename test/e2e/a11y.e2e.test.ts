import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from '#test/support/axe.js';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import { demoInvitation, demoRound } from '#test/support/demo.js';
import {
  AcceptReviewDocument,
  EditMinutesInputDocument,
  LogMeetingDocument,
  MeAndProgramsDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_DATE } from '../../apps/server/src/demo/story-data.js';

// Issue 13, item 8: "Accessibility (axe-core): color-contrast on every page (164 nodes on the
// overview; 待处理 badge 2.6:1), unlabeled filter selects". Every page of the app, as each role that
// works on it sees it, in Chinese (the default), with its menus, dialogs and panels open where a
// person opens them: axe-core finds no serious or critical WCAG 2 A/AA violation. The failure
// message names each rule and the elements that break it.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ids = { master: '', draft: '', meeting: '', assignment: '', round: '', slug: '' };

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16', config: { altchaMaxCounter: 300 } });
  browser = await launchChromium();
  const working = await login(server.url, WORKING, PASSWORD);
  const expert = await login(server.url, EXPERT, PASSWORD);
  const { programs, me } = await ok(server.url, MeAndProgramsDocument, {}, working);
  const programme = programs[0];
  const master = programme?.plans.find((p) => p.kind === 'MASTER');
  const guicai = programme?.units.find((u) => u.shortName === '规财处');
  if (!me || !programme || !master?.currentDraft || !guicai) throw new Error('the demo programme is not as expected');
  ids.master = master.id;
  const round = await demoRound(server.url, working);
  ids.round = round.id;
  ids.slug = round.slug;
  ids.draft = master.currentDraft.id;
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
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(email: string | null): Promise<Page> {
  const token = email ? await login(server.url, email, PASSWORD) : null;
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
  });
  await context.addInitScript((t) => {
    localStorage.setItem('gongbian.locale', 'zh-CN');
    if (t) localStorage.setItem('gongbian.token', t);
  }, token);
  contexts.push(context);
  return context.newPage();
}

/** Lets queries answer, transitions end and live updates settle before axe looks. */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const markup = await page.evaluate(() => document.body.innerHTML);
    if (markup === last) return;
    last = markup;
  }
}

interface Visit {
  name: string;
  as: string | null;
  path: () => string;
  ready: string;
  /** What a person opens once the page is ready (a menu, a panel, a dialog). */
  andThen?: (page: Page) => Promise<void>;
  /** The programme's day for this visit, when not the file's (the demo's public round is open in July 2021). */
  clock?: string;
}

const WORKING = 'working@gongbian.test';
const EXPERT = 'expert@gongbian.test';
const LEADER = 'leader@gongbian.test';
const UNIT = 'guicai@gongbian.test';
const OBSERVER = 'observer@gongbian.test';

const VISITS: Visit[] = [
  { name: 'sign-in', as: null, path: () => '/login', ready: 'login-submit' },
  { name: 'invitation', as: null, path: () => '/invite/an-invitation-token', ready: 'invite-accept' },
  {
    name: 'overview, with the notifications open (working group)',
    as: WORKING,
    path: () => '/',
    ready: 'program-name',
    andThen: async (page) => {
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-inbox').waitFor();
    },
  },
  { name: 'overview (lead unit)', as: UNIT, path: () => '/', ready: 'program-name' },
  { name: 'overview (observer)', as: OBSERVER, path: () => '/', ready: 'program-name' },
  {
    name: 'global search, open with hits',
    as: WORKING,
    path: () => '/',
    ready: 'program-name',
    andThen: async (page) => {
      await page.getByTestId('search-open').click();
      await page.getByTestId('search-input').fill('应急');
      await page.getByTestId('search-hit').first().waitFor({ timeout: 15_000 });
    },
  },
  { name: 'plan', as: WORKING, path: () => `/plans/${ids.master}`, ready: 'plan-version' },
  {
    name: 'draft reader, a thread open',
    as: WORKING,
    path: () => `/drafts/${ids.draft}`,
    ready: 'thread-card',
    andThen: async (page) => {
      await page.getByTestId('thread-card').first().locator('.quote-button').click();
      await page.locator('[data-testid="thread-card"].is-active').waitFor();
    },
  },
  {
    name: 'draft reader, the composer open (expert)',
    as: EXPERT,
    path: () => `/drafts/${ids.draft}`,
    ready: 'whole-draft',
    andThen: async (page) => {
      await page.getByTestId('whole-draft').click();
      await page.getByTestId('composer-body').waitFor();
    },
  },
  {
    name: 'compare',
    as: WORKING,
    path: () => `/drafts/${ids.draft}`,
    ready: 'open-compare',
    andThen: async (page) => {
      await page.getByTestId('open-compare').click();
      await page.getByTestId('compare-row').first().waitFor({ timeout: 30_000 });
    },
  },
  { name: 'dashboard (leader)', as: LEADER, path: () => '/dashboard', ready: 'phase-gate' },
  { name: 'wall display (leader)', as: LEADER, path: () => '/dashboard/wall', ready: 'wall-panel' },
  { name: 'meetings', as: WORKING, path: () => '/meetings', ready: 'meeting-row' },
  { name: 'a meeting', as: WORKING, path: () => `/meetings/${ids.meeting}`, ready: 'minutes-editor' },
  { name: 'review overview', as: WORKING, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'review board', as: WORKING, path: () => `/drafts/${ids.draft}/reviews`, ready: 'review-board' },
  { name: 'my reviews (expert)', as: EXPERT, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'a review (expert)', as: EXPERT, path: () => `/reviews/${ids.assignment}`, ready: 'review-panel' },
  { name: 'programme settings', as: WORKING, path: () => '/settings', ready: 'settings-plans' },
  { name: 'alignment (leader)', as: LEADER, path: () => '/alignment', ready: 'alignment-unlinked' },
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
  // 开门编规划 (issue 14): "the public page … mobile-first and accessible (axe: 0 serious)".
  {
    name: 'public draft, an opinion written and verified (no account)',
    as: null,
    path: () => `/public/${ids.slug}`,
    ready: 'public-whole',
    clock: DEMO_DATE,
    andThen: async (page) => {
      await page.getByTestId('public-whole').click();
      await page.getByTestId('public-opinion-body').fill('建议补充社区储备点的建设标准。');
      await page.getByTestId('altcha-widget').locator('label').click();
      await expect.poll(() => page.getByTestId('public-opinion-submit').isEnabled(), { timeout: 60_000 }).toBe(true);
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
    name: 'moderation queue, a rejection being written',
    as: WORKING,
    path: () => `/consultations/${ids.round}`,
    ready: 'moderation-card',
    clock: DEMO_DATE,
    andThen: async (page) => {
      await page.getByTestId('moderation-reject').first().click();
      await page.getByTestId('moderation-note').first().waitFor();
    },
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
describe('every page, in Chinese, by axe-core', () => {
  it.each(VISITS.map((v) => [v.name, v] as const))('%s has no serious or critical violation', async (_name, visit) => {
    const page = await open(visit.as);
    if (visit.clock) server.app.services.clock.set(visit.clock);
    try {
      await page.goto(`${server.url}${visit.path()}`);
      await page.getByTestId(visit.ready).first().waitFor({ timeout: 30_000 });
      await visit.andThen?.(page);
      await settle(page);
      expect(describeFindings(await axeViolations(page))).toEqual([]);
    } finally {
      if (visit.clock) server.app.services.clock.set('2020-11-16');
      await page.context().close();
    }
  });
});

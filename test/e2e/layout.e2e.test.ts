import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import { demoRound } from '#test/support/demo.js';
import {
  DemoInvitationsDocument,
  FormattedDraftBlocksDocument,
  LogMeetingDocument,
  MeAndProgramsDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_DATE } from '../../apps/server/src/demo/story-data.js';

// Issue 13, "Layouts": "at 390 px the header is 592 px wide on every page; tabs overlap the title;
// language and logout are off-screen. Projectors: wall mode clips every phase card at 1366×768 and
// the gate lists at 1440×900; buttons wrap into 全/屏." And print: the draft prints whole, with its
// opinions, without the app around it. The demo programme on its story's day: real lengths of
// names, gate lists and opinions.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ids = { plan: '', draft: '', meeting: '', assignment: '', round: '', slug: '' };
let blockCount = 0;

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  browser = await launchChromium();
  const working = await login(server.url, 'working@gongbian.test', PASSWORD);
  const expert = await login(server.url, 'expert@gongbian.test', PASSWORD);
  const { programs, me } = await ok(server.url, MeAndProgramsDocument, {}, working);
  const programme = programs[0];
  const master = programme?.plans.find((p) => p.kind === 'MASTER');
  const host = programme?.units.find((u) => u.shortName === '规财处');
  if (!me || !programme || !master?.currentDraft || !host) throw new Error('the demo programme is not as expected');
  ids.plan = master.id;
  ids.draft = master.currentDraft.id;
  const round = await demoRound(server.url, working);
  ids.round = round.id;
  ids.slug = round.slug;
  const meeting = await ok(
    server.url,
    LogMeetingDocument,
    {
      input: {
        programId: programme.id,
        kind: 'SOLICITATION',
        title: '总体规划（送审稿）征求意见会',
        startsAt: '2021-07-12T06:00:00.000Z',
        location: '省应急管理厅第一会议室',
        hostUnitId: host.id,
        planIds: [master.id],
        attendeeIds: [me.id],
        externalAttendees: ['省人大代表 王某'],
        agenda: '一、介绍规划主要内容\n二、与会代表发表意见',
      },
    },
    working,
  );
  ids.meeting = meeting.logMeeting.meeting.id;
  const { myReviewAssignments } = await ok(server.url, DemoInvitationsDocument, {}, expert);
  ids.assignment = myReviewAssignments[0]?.id ?? '';
  const { draft } = await ok(server.url, FormattedDraftBlocksDocument, { id: ids.draft }, working);
  blockCount = draft?.blocks.length ?? 0;
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(
  email: string | null,
  viewport: { width: number; height: number },
  path: string,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<Page> {
  const token = email ? await login(server.url, email, PASSWORD) : null;
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai', viewport });
  await context.addInitScript(
    ({ token, locale }) => {
      localStorage.setItem('gongbian.locale', locale);
      if (token) localStorage.setItem('gongbian.token', token);
    },
    { token, locale },
  );
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

/** How far the page reaches past the window's right edge (0: no sideways scrolling). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether the element is drawn wholly inside the window. */
async function onScreen(page: Page, testid: string): Promise<boolean> {
  const box = await page.getByTestId(testid).first().boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

const WORKING = 'working@gongbian.test';
const EXPERT = 'expert@gongbian.test';
const PHONE = { width: 390, height: 844 };

interface Visit {
  name: string;
  as: string | null;
  path: () => string;
  ready: string;
  /** How to get there from `path` (the compare view opens from the reader, with its versions). */
  andThen?: (page: Page) => Promise<void>;
}
const VISITS: Visit[] = [
  { name: 'login', as: null, path: () => '/login', ready: 'login-submit' },
  { name: 'invitation', as: null, path: () => '/invite/an-invitation-token', ready: 'invite-accept' },
  { name: 'overview', as: WORKING, path: () => '/', ready: 'program-name' },
  { name: 'plan', as: WORKING, path: () => `/plans/${ids.plan}`, ready: 'plan-version' },
  { name: 'draft reader', as: WORKING, path: () => `/drafts/${ids.draft}`, ready: 'thread-card' },
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
  { name: 'dashboard', as: WORKING, path: () => '/dashboard', ready: 'phase-gate' },
  { name: 'wall display', as: WORKING, path: () => '/dashboard/wall', ready: 'wall' },
  { name: 'meetings', as: WORKING, path: () => '/meetings', ready: 'meeting-row' },
  { name: 'a meeting', as: WORKING, path: () => `/meetings/${ids.meeting}`, ready: 'minutes-editor' },
  { name: 'reviews', as: WORKING, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'review board', as: WORKING, path: () => `/drafts/${ids.draft}/reviews`, ready: 'review-board' },
  { name: 'settings', as: WORKING, path: () => '/settings', ready: 'settings-plans' },
  { name: 'my reviews (expert)', as: EXPERT, path: () => '/reviews', ready: 'reviews-page' },
  { name: 'a review (expert)', as: EXPERT, path: () => `/reviews/${ids.assignment}`, ready: 'review-panel' },
  // 开门编规划 (issue 14): the public page is mobile-first; the working group's list and queue.
  {
    name: 'public draft, the form open',
    as: null,
    path: () => `/public/${ids.slug}`,
    ready: 'public-whole',
    andThen: async (page) => {
      await page.getByTestId('public-whole').click();
      await page.getByTestId('public-opinion-form').waitFor();
    },
  },
  { name: 'public consultations', as: WORKING, path: () => '/consultations', ready: 'consultation-row' },
  { name: 'moderation queue', as: WORKING, path: () => `/consultations/${ids.round}`, ready: 'moderation-card' },
  { name: 'alignment', as: WORKING, path: () => '/alignment', ready: 'alignment-unlinked' },
];
/** Pages drawn without the app's header (signed out, the public's own pages, or the wall covering the whole screen). */
const HEADERLESS = new Set(['login', 'invitation', 'wall display', 'public draft, the form open']);

describe('on a phone (390×844)', () => {
  it.each(VISITS.map((v) => [v.name, v] as const))('%s does not scroll sideways', async (_name, visit) => {
    const page = await open(visit.as, PHONE, visit.path());
    await page.getByTestId(visit.ready).first().waitFor({ timeout: 60_000 });
    await visit.andThen?.(page);
    // Late arrivals (the header's controls, live figures) may widen the page after it is ready.
    await page.waitForTimeout(1000);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    if (!HEADERLESS.has(visit.name)) {
      // Search, notifications and the account menu sit on screen, beside the brand, not over it.
      for (const control of ['search-open', 'notification-bell', 'account-menu']) {
        await page.getByTestId(control).waitFor({ timeout: 15_000 });
        expect(await onScreen(page, control), control).toBe(true);
      }
      const brand = await page.getByTestId('home-link').boundingBox();
      for (const link of await page.locator('.nav-link').all()) {
        const box = await link.boundingBox();
        if (!brand || !box) continue;
        const overlaps =
          box.x < brand.x + brand.width &&
          brand.x < box.x + box.width &&
          box.y < brand.y + brand.height &&
          brand.y < box.y + box.height;
        expect(overlaps, (await link.textContent()) ?? '').toBe(false);
      }
      // The page's title starts below the header, not under it.
      const header = await page.locator('.app-header').boundingBox();
      const title = await page.locator('main h1, main h2').first().boundingBox();
      if (header && title) expect(title.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      await page.getByTestId('account-menu').click();
      for (const item of ['language-option', 'logout']) {
        await page.getByTestId(item).first().waitFor({ state: 'visible' });
        expect(await onScreen(page, item), item).toBe(true);
      }
    }
    await page.context().close();
  });

  it('switches the language and signs out from the account menu', async () => {
    const page = await open(WORKING, PHONE, '/');
    await page.getByTestId('program-name').waitFor({ timeout: 30_000 });
    await page.getByTestId('account-menu').click();
    await page.locator('[data-testid="language-option"][data-locale="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('account-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor({ timeout: 15_000 });
    await page.context().close();
  });
});

/** What a wall panel shows that is cut off without a scrollbar, and its buttons broken over lines. */
function wallDefects(page: Page) {
  return page.evaluate(() => {
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    const stage = document.querySelector('[data-testid="wall"] main')?.getBoundingClientRect();
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="wall-phase"], [data-wall-card]')];
    const name = (el: HTMLElement) =>
      el.dataset.phaseId ?? el.querySelector('h3, dt')?.textContent?.trim() ?? el.className;
    const clipped = cards
      .filter((c) => {
        const style = getComputedStyle(c);
        return (
          (c.scrollHeight > c.clientHeight + 1 && !scrolls(style.overflowY)) ||
          (c.scrollWidth > c.clientWidth + 1 && !scrolls(style.overflowX))
        );
      })
      .map(name);
    // A card cut by the stage's edge is clipped too, whatever scrolls inside it.
    const outside = cards
      .filter((c) => {
        const box = c.getBoundingClientRect();
        return !stage || box.bottom > stage.bottom + 1 || box.right > window.innerWidth + 1;
      })
      .map(name);
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 6));
      }
      return tops.size;
    };
    const wrapped = [...document.querySelectorAll('[data-testid="wall"] button')]
      .filter((b) => lines(b) > 1)
      .map((b) => b.textContent?.trim() ?? '');
    // The wall covers the window (position: fixed): wider content would be cut at its right edge.
    const wall = document.querySelector('[data-testid="wall"]');
    const wider = wall ? wall.scrollWidth - wall.clientWidth : 0;
    return { cards: cards.length, clipped, outside, wrapped, wider };
  });
}

describe('the header on a laptop', () => {
  /** Where each navigation link is drawn against the nav that holds it, the brand and the controls. */
  async function navLayout(page: Page) {
    return page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
      };
      return {
        header: box(document.querySelector('.app-header')),
        nav: box(document.querySelector('.nav')),
        brand: box(document.querySelector('.brand')),
        controls: box(document.querySelector('.app-header .right')),
        title: box(document.querySelector('main h1, main h2')),
        links: [...document.querySelectorAll('.nav-link')].map((l) => ({ text: l.textContent?.trim(), ...box(l) })),
      };
    });
  }
  type Box = { left: number; right: number; top: number; bottom: number };
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it.each([
    ['en', 1024],
    ['en', 1280],
    ['en', 1440],
    ['zh-CN', 1024],
  ] as const)('shows every link whole, in %s at %i px: none hidden in a sideways scroll', async (locale, width) => {
    const page = await open(WORKING, { width, height: 800 }, '/', locale);
    await page.getByTestId('program-name').waitFor({ timeout: 60_000 });
    await page.getByTestId('current-person').waitFor({ timeout: 15_000 });
    await page.getByTestId('nav-settings').waitFor();
    // The controls arrive after the page: the layout settles after them.
    await page.waitForTimeout(500);
    const layout = await navLayout(page);
    const { nav, brand, controls, header, title } = layout;
    if (!nav || !brand || !controls || !header) throw new Error('the header is not drawn');
    expect(layout.links.length).toBe(7);
    for (const link of layout.links) {
      const name = `${link.text} (${locale}, ${width} px)`;
      expect(link.left, name).toBeGreaterThanOrEqual(nav.left - 0.5);
      expect(link.right, name).toBeLessThanOrEqual(nav.right + 0.5);
      expect(link.right, name).toBeLessThanOrEqual(width);
      expect(overlap(link as Box, brand), name).toBe(false);
      expect(overlap(link as Box, controls), name).toBe(false);
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // The page starts below the header, however many rows it took.
    if (title) expect(title.top).toBeGreaterThanOrEqual(header.bottom - 1);
    await page.context().close();
  });

  it('keeps one row where the links fit beside the brand (Chinese, 1440 px)', async () => {
    const page = await open(WORKING, { width: 1440, height: 900 }, '/');
    await page.getByTestId('program-name').waitFor({ timeout: 60_000 });
    await page.getByTestId('current-person').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    const { header, nav, brand } = await navLayout(page);
    expect(header && header.bottom - header.top).toBeLessThanOrEqual(57);
    expect(nav && brand && Math.abs(nav.top - brand.top)).toBeLessThan(20);
    await page.context().close();
  });
});

describe('the wall display on a projector', () => {
  const SCREENS = [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ];
  // In English too: its labels are the longest.
  const CASES = SCREENS.flatMap((s) =>
    (['zh-CN', 'en'] as const).map((l) => [`${s.width}×${s.height}`, l, s] as const),
  );
  it.each(CASES)(
    'at %s in %s every card shows all it holds or scrolls, and no button breaks',
    async (_name, locale, screen) => {
      const page = await open(WORKING, screen, '/dashboard/wall', locale);
      await page.getByTestId('wall-panel').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('wall-pause').click();
      for (const panel of ['phases', 'opinions', 'reviews', 'load']) {
        await page.locator(`[data-testid="wall-tab"][data-panel="${panel}"]`).click();
        await page.locator(`[data-testid="wall-panel"][data-panel="${panel}"]`).waitFor();
        // Charts are drawn by a chunk of their own: let the panel settle.
        await page.waitForTimeout(800);
        const defects = await wallDefects(page);
        expect(defects.cards, panel).toBeGreaterThan(0);
        expect({ panel, ...defects }).toEqual({
          panel,
          cards: defects.cards,
          clipped: [],
          outside: [],
          wrapped: [],
          wider: 0,
        });
      }
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );
});

describe('printing the draft reader', () => {
  it('prints the whole text with its opinions and nothing of the app around it', async () => {
    const page = await open(WORKING, { width: 1366, height: 768 }, `/drafts/${ids.draft}`);
    await page.getByTestId('thread-card').first().waitFor({ timeout: 30_000 });
    // On screen the reader draws only the rows in view.
    expect(await page.locator('[data-block-text]').count()).toBeLessThan(blockCount);
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-draft').waitFor({ timeout: 15_000 });
    const blocks = page.getByTestId('print-block');
    expect(await blocks.count()).toBe(blockCount);
    await expect.poll(() => blocks.last().isVisible()).toBe(true);
    expect(await blocks.first().isVisible()).toBe(true);
    // The opinions print after their passages.
    expect(await page.getByTestId('print-thread').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('print-thread').first().isVisible()).toBe(true);
    const orphanLists = await page.evaluate(
      () =>
        [...document.querySelectorAll('.print-draft > .print-threads')].filter(
          (list) => !list.previousElementSibling?.matches('[data-testid="print-block"]'),
        ).length,
    );
    expect(orphanLists).toBe(0);
    // The header, the toolbar, the panel, buttons and presence are not on paper.
    for (const hidden of ['.app-header', '[data-testid="thread-panel"]', '[data-testid="reader"]', 'button']) {
      const shown = await page
        .locator(hidden)
        .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      expect(shown, hidden).toBe(0);
    }
    expect(await page.getByTestId('whole-draft').isVisible()).toBe(false);
    // And Chromium makes a PDF of it: several pages, since the whole text is there.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByTestId('print-draft').count()).toBe(0);
    await page.context().close();
  });
});

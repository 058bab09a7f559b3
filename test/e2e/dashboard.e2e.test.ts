import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import {
  AdoptWithReasonDocument,
  DashboardScenarioDocument,
  StartTopicResearchDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';

// A leader watches the dashboard (and the wall display) while the working group decides an
// opinion and changes a topic through GraphQL: the figures, the charts and a phase gate change in
// the open pages, without a reload. Screenshots of both go to /tmp for a person to look at.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  return page;
}

/** A number of a chart's accessible table: `row:column` of the table of `chart`. */
const cell = (page: Page, chart: string, key: string) => async () =>
  Number(
    await page.locator(`[data-testid="chart-table"][data-chart="${chart}"] [data-cell="${key}"]`).first().textContent(),
  );
const kpi = (page: Page, key: string) => async () =>
  Number(await page.locator(`[data-testid="kpi"][data-kpi="${key}"]`).getAttribute('data-value'));
const connected = (page: Page) => () => page.getByTestId('dashboard-connection').getAttribute('data-state');

interface Setup {
  masterPlanId: string;
  threadId: string;
  topicId: string;
  phase1Id: string;
  token: string;
}

/** The working group's view through GraphQL: an open opinion on the master plan's newest draft, a finished topic. */
async function findSubjects(): Promise<Setup> {
  const token = await login(server.url, 'working@gongbian.test', PASSWORD);
  const data = await ok(server.url, DashboardScenarioDocument, {}, token);
  const program = data.programs[0];
  const master = program?.plans.find((p) => p.kind === 'MASTER');
  const threadId = master?.currentDraft?.threads.edges[0]?.node.id;
  const topicId = program?.topics.find((t) => t.status === 'DONE')?.id;
  const phase1Id = program?.phases.find((p) => p.order === 1)?.id;
  if (!master || !threadId || !topicId || !phase1Id)
    throw new Error('the demo programme lacks an open opinion or a done topic');
  return { masterPlanId: master.id, threadId, topicId, phase1Id, token };
}

describe('leaders’ dashboard in a browser', () => {
  let leader: Page;
  let wall: Page;
  let subjects: Setup;

  it('lands a leader on the dashboard, live, with every chart’s figures in a table', async () => {
    leader = await signIn('leader@gongbian.test');
    await leader.waitForURL((url) => url.pathname === '/dashboard', { timeout: 30_000 });
    await leader.locator('[data-testid="chart-table"][data-chart="threads-by-plan"]').waitFor({ state: 'attached' });
    await expect.poll(connected(leader), { timeout: 15_000 }).toBe('connected');
    expect(await leader.getByTestId('phase').count()).toBe(4);
    expect(await leader.getByTestId('nav-dashboard').getAttribute('class')).toContain('is-active');
    // Every chart drawn has its table; a leader may not override gates.
    const charts = await leader.getByTestId('chart').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
    const tables = await leader
      .getByTestId('chart-table')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
    expect(tables).toEqual(charts);
    expect(charts.length).toBeGreaterThanOrEqual(8);
    expect(await leader.getByTestId('gate-override').count()).toBe(0);
    await leader.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await leader.screenshot({ path: `${SHOTS}/gongbian-dashboard.png`, fullPage: true });
  });

  it('opens the wall display at 1920×1080, dark, rotating, and holds the opinions panel when paused', async () => {
    wall = await signIn('leader@gongbian.test', { width: 1920, height: 1080 });
    await wall.waitForURL((url) => url.pathname === '/dashboard', { timeout: 30_000 });
    await wall.getByTestId('open-wall').click();
    await wall.waitForURL((url) => url.pathname === '/dashboard/wall');
    await wall.getByTestId('wall-phase').first().waitFor();
    expect(await wall.getByTestId('wall').getAttribute('data-panel')).toBe('phases');
    await wall.screenshot({ path: `${SHOTS}/gongbian-wall.png` });
    // The wall covers the whole screen, header included.
    const box = await wall.getByTestId('wall').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });

    await wall.getByTestId('wall-tab').filter({ hasText: '意见处理情况' }).click();
    await wall.getByTestId('wall-pause').click();
    expect(await wall.getByTestId('wall').getAttribute('data-panel')).toBe('opinions');
    expect(await wall.getByTestId('wall').getAttribute('data-paused')).toBe('true');
    await wall.screenshot({ path: `${SHOTS}/gongbian-wall-opinions.png` });
  });

  it('shows a decided opinion and a changed topic without a reload, in numbers, charts and gates', async () => {
    subjects = await findSubjects();
    const { masterPlanId, threadId, topicId, phase1Id, token } = subjects;
    const openBefore = await cell(leader, 'threads-by-plan', `${masterPlanId}:OPEN`)();
    const adoptedBefore = await cell(leader, 'threads-by-plan', `${masterPlanId}:ADOPTED`)();
    const doneBefore = await cell(leader, 'topics-by-status', 'DONE:count')();
    const inProgressBefore = await cell(leader, 'topics-by-status', 'IN_PROGRESS:count')();
    const kpiOpenBefore = await kpi(leader, 'openThreads')();
    const wallOpenBefore = Number(
      await wall.locator('[data-testid="wall-thread-count"][data-status="OPEN"]').getAttribute('data-value'),
    );
    expect(openBefore).toBeGreaterThan(0);
    expect(
      await leader.locator(`[data-testid="phase-gate"][data-phase-id="${phase1Id}"]`).getAttribute('data-state'),
    ).toBe('met');
    const chart = leader.locator('[data-testid="chart"][data-chart="threads-by-plan"] [data-testid="chart-canvas"]');
    const topicChart = leader.locator(
      '[data-testid="chart"][data-chart="topics-by-status"] [data-testid="chart-canvas"]',
    );
    const chartBefore = await chart.screenshot();
    const topicChartBefore = await topicChart.screenshot();

    await ok(server.url, AdoptWithReasonDocument, { id: threadId }, token);
    await ok(server.url, StartTopicResearchDocument, { id: topicId }, token);

    const live = { timeout: 15_000 };
    await expect.poll(cell(leader, 'threads-by-plan', `${masterPlanId}:OPEN`), live).toBe(openBefore - 1);
    await expect.poll(cell(leader, 'threads-by-plan', `${masterPlanId}:ADOPTED`), live).toBe(adoptedBefore + 1);
    await expect.poll(kpi(leader, 'openThreads'), live).toBe(kpiOpenBefore - 1);
    await expect.poll(cell(leader, 'topics-by-status', 'DONE:count'), live).toBe(doneBefore - 1);
    await expect.poll(cell(leader, 'topics-by-status', 'IN_PROGRESS:count'), live).toBe(inProgressBefore + 1);
    // Phase 1's gate asks for every topic done: it is not met any more.
    await expect
      .poll(
        () => leader.locator(`[data-testid="phase-gate"][data-phase-id="${phase1Id}"]`).getAttribute('data-state'),
        live,
      )
      .toBe('unmet');
    // The pictures changed too (compared once the bars have finished moving).
    await expect.poll(async () => (await chart.screenshot()).equals(chartBefore), live).toBe(false);
    await expect.poll(async () => (await topicChart.screenshot()).equals(topicChartBefore), live).toBe(false);
    // The wall, paused on the opinions panel, follows as well.
    await expect
      .poll(
        async () =>
          Number(
            await wall.locator('[data-testid="wall-thread-count"][data-status="OPEN"]').getAttribute('data-value'),
          ),
        live,
      )
      .toBe(wallOpenBefore - 1);

    expect(await leader.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await leader.getByTestId('dashboard-updated-at').getAttribute('data-as-of')).toBeTruthy();
    // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
    await leader.evaluate(() => window.scrollTo(0, 0));
    await leader.screenshot({ path: `${SHOTS}/gongbian-dashboard-after.png`, fullPage: true });
    await wall.screenshot({ path: `${SHOTS}/gongbian-wall-after.png` });
  });
});

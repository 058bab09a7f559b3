import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { planLedBy, type TestDraft } from '#test/support/drafts.js';
import { buildDraft, buildThread, type TestThread } from '#test/support/factories.js';
import { draftShown, navigate, People, SCREENS, search, selectPhrase, tap, threadCard } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "a day as the observer", on a phone and on a laptop. 冯雨桐 (observer, a liaison of no
// unit) follows the programme: she reads the overview, opens the master plan and its 征求意见稿 with
// the opinions on it, is told why she cannot comment (and is offered no way to), finds a passage
// with search, and reads the leaders' dashboard. The API only publishes the draft and an opinion.

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

describe.each(SCREENS)('a day as the observer, on a $name ($width×$height)', (screen) => {
  let p: Programme;
  let draft: TestDraft;
  let thread: TestThread;
  let masterId: string;
  let observer: Page;

  beforeAll(async () => {
    // The whole programme, phases and all: the dashboard has something to show.
    p = await buildProgramme(server);
    masterId = await planLedBy(server, p, '规财处');
    draft = await buildDraft(server, p);
    thread = await buildThread(server, p, draft, { quote: '县级储备库', body: '建议明确县级储备库的建设标准。' });
  }, 60_000);

  it('reads the overview: the programme, its phases and its plans', async () => {
    observer = await people.open(p, 'observer', screen);
    await observer.getByTestId('program-name').waitFor({ timeout: 30_000 });
    expect(await observer.getByTestId('program-name').textContent()).toContain('应急管理');
    await expect.poll(() => observer.getByTestId('phase').count()).toBe(4);
    const master = observer.locator(`[data-testid="plan"][data-plan-id="${masterId}"]`);
    expect(await master.getByTestId('plan-stage').textContent()).toBe('征求意见稿');
    expect(await observer.getByTestId('current-role').textContent()).toContain('观察员');
  });

  it('opens the plan and its draft, and reads the opinion on it', async () => {
    await tap(observer.locator(`[data-testid="plan"][data-plan-id="${masterId}"]`).getByTestId('plan-link'));
    await observer.getByTestId('plan-title').waitFor({ timeout: 15_000 });
    // An observer may read, not publish.
    expect(await observer.getByTestId('publish-open').count()).toBe(0);
    await tap(observer.getByTestId('open-newest'));
    await observer.waitForURL((url) => url.pathname === `/drafts/${draft.id}`);
    await draftShown(observer);
    expect(await observer.getByTestId('draft-stage').textContent()).toBe('征求意见稿');
    await expect
      .poll(() => threadCard(observer, thread.id).getByTestId('comment-body').first().textContent(), {
        timeout: 15_000,
      })
      .toContain('建设标准');
  });

  it('is told why she cannot comment, and offered no way to', async () => {
    const closed = observer.getByTestId('comments-closed');
    await closed.waitFor({ timeout: 15_000 });
    expect(await closed.getAttribute('data-reason')).toBe('ROLE');
    expect(await closed.textContent()).toContain('您的角色不能对“征求意见稿”阶段的文稿提出意见');
    expect(await observer.getByTestId('whole-draft').count()).toBe(0);
    expect(await threadCard(observer, thread.id).getByTestId('reply-input').count()).toBe(0);
    expect(await threadCard(observer, thread.id).getByTestId('thread-decide').count()).toBe(0);
    // Selecting a passage offers nothing to do with it.
    await selectPhrase(observer, '专常兼备', '[data-testid="reader"]');
    await observer.locator('[data-testid="reader"]').dispatchEvent('mouseup');
    await expect.poll(() => observer.evaluate(() => window.getSelection()?.toString())).toBe('专常兼备');
    expect(await observer.getByTestId('selection-comment').count()).toBe(0);
  });

  it('finds a passage with search and is taken to it', async () => {
    await observer.goto(`${server.url}/`);
    await observer.getByTestId('program-name').waitFor({ timeout: 30_000 });
    const hit = await search(observer, '专职队伍实现全覆盖', 'DRAFT_BLOCK', '专职队伍');
    await tap(hit);
    await observer.waitForURL((url) => url.pathname === `/drafts/${draft.id}`);
    await expect.poll(() => observer.getByTestId('reader-find-count').textContent(), { timeout: 15_000 }).toBe('1/1');
  });

  it('reads the leaders’ dashboard, without the controls that change it', async () => {
    await navigate(observer, 'nav-dashboard');
    await observer.waitForURL((url) => url.pathname === '/dashboard');
    await expect.poll(() => observer.getByTestId('phase').count(), { timeout: 30_000 }).toBe(4);
    await expect.poll(() => observer.getByTestId('kpi').count()).toBeGreaterThan(3);
    await expect
      .poll(async () =>
        Number(await observer.locator('[data-testid="kpi"][data-kpi="openThreads"]').getAttribute('data-value')),
      )
      .toBe(1);
    await expect.poll(() => observer.getByTestId('chart').count()).toBeGreaterThan(3);
    expect(await observer.getByTestId('gate-override').count()).toBe(0);
  });
});

import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { login, ok } from '#test/support/client.js';
import { DraftsToReadDocument } from '#test/support/generated/graphql.js';
import { chunkOf, initialScripts, readManifest, totalServed, weighPage } from '#test/support/page-weight.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { repoRoot } from '../../apps/server/src/config.js';

// The web app's first load (issue 11, item 6): what a browser with an empty cache must fetch of
// the built app (apps/web/dist: node scripts/build.mjs) before a page can show, as the server
// sends it gzip-compressed. That is the entry's scripts and the page's own, with what they import
// (test/support/page-weight.ts); the page is loaded in Chromium with every other script held back,
// and must still show its content. `BENCH_ONLY=web-bundle pnpm bench` prints the same per page,
// with everything the page loads afterwards and its paint times.

const KB = 1024;
const BUDGET_KB = 170;
const webDist = path.join(repoRoot, 'apps/web/dist');

let server: TestServer;
let browser: Browser;
let working: string;
let draftId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: '2020-11-16' });
  browser = await launchChromium();
  working = await login(server.url, 'working@gongbian.test', PASSWORD);
  const data = await ok(server.url, DraftsToReadDocument, {}, working);
  const draft = data.programs[0]?.plans.find((p) => p.currentDraft)?.currentDraft;
  if (!draft) throw new Error('the demo has no draft to read');
  draftId = draft.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Page {
  name: string;
  path: () => string;
  route: string;
  /** what shows the page's content */
  ready: string[];
  signedIn: boolean;
}

const PAGES: Page[] = [
  {
    name: 'the sign-in page',
    path: () => '/login',
    route: 'src/pages/login/LoginPage.vue',
    ready: ['login-email', 'login-password', 'login-submit'],
    signedIn: false,
  },
  {
    name: 'the programme overview',
    path: () => '/',
    route: 'src/pages/overview/ProgramOverview.vue',
    ready: ['program-name', 'phase-segment', 'plan', 'milestone', 'topic'],
    signedIn: true,
  },
  {
    name: 'the dashboard',
    path: () => '/dashboard',
    route: 'src/pages/dashboard/DashboardPage.vue',
    ready: ['dashboard-program', 'kpi', 'phase-gate', 'chart-table'],
    signedIn: true,
  },
  {
    name: 'the draft reader',
    path: () => `/drafts/${draftId}`,
    route: 'src/pages/draft/DraftPage.vue',
    ready: ['draft-title', 'draft-block', 'thread-card'],
    signedIn: true,
  },
];

describe('the web app’s first load', () => {
  it.each(PAGES)(`shows $name with at most ${BUDGET_KB} KB of compressed script`, async (page) => {
    const only = initialScripts(readManifest(webDist), page.route);
    const weight = await weighPage(browser, {
      origin: server.url,
      path: page.path(),
      ready: page.ready,
      only,
      ...(page.signedIn ? { token: working } : {}),
    });
    // It showed with nothing but those (a signed-in page asked for more: the header, buttons,
    // charts, which come beside its content).
    expect(weight.served.length).toBe(new Set(only).size);
    const bytes = await totalServed(weight.served, 'gzip');
    expect(bytes / KB).toBeLessThanOrEqual(BUDGET_KB);
  });

  // A page's own chunks are named in the Link header of the page itself, so a browser fetches them
  // beside the entry's instead of after running it (apps/server/src/http-delivery.ts): on HTTP/1.1
  // that chain was most of the overview's and the draft reader's time to their largest paint.
  it.each(PAGES)('names every script $name opens with in its Link header, the entry’s first', async (page) => {
    const manifest = readManifest(webDist);
    const res = await fetch(`${server.url}${page.path()}`);
    expect(res.status).toBe(200);
    const link = res.headers.get('link') ?? '';
    const preloaded = [...link.matchAll(/<([^>]+)>; rel=modulepreload/g)].map((m) => m[1]);
    const initial = initialScripts(manifest, page.route);
    expect(preloaded).toEqual(expect.arrayContaining(initial));
    const entry = chunkOf(manifest, 'index.html');
    const pageChunk = chunkOf(manifest, page.route);
    expect(preloaded.indexOf(entry)).toBeLessThan(preloaded.indexOf(pageChunk));
    // Not the stylesheets index.html links itself (with `crossorigin`): a preload without it would
    // fetch each twice, and the entry's scripts wait for them.
    const html = await res.text();
    for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      expect(link).not.toContain(`<${href}>`);
    }
  });

  it('loads ECharts with the dashboard’s charts, after the page, never with a first load', async () => {
    const manifest = readManifest(webDist);
    const echarts = chunkOf(manifest, 'src/components/dashboard/echarts.ts');
    for (const page of PAGES) expect(initialScripts(manifest, page.route)).not.toContain(echarts);

    const asked = (scripts: string[]) => scripts.some((url) => new URL(url).pathname === echarts);
    const overview = await weighPage(browser, {
      origin: server.url,
      path: '/',
      ready: ['program-name'],
      token: working,
    });
    expect(asked(overview.scripts)).toBe(false);
    const dashboard = await weighPage(browser, {
      origin: server.url,
      path: '/dashboard',
      ready: ['dashboard-program', 'chart-canvas'],
      token: working,
    });
    expect(asked(dashboard.served)).toBe(true);
  });
});

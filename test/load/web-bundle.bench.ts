/**
 * Web bundle benchmark: what the built web app costs a browser arriving with an empty cache, page
 * by page — the sign-in page, the programme overview, the dashboard and a draft reader (signed in
 * as the demo's working group).
 *
 * Per page: its initial scripts (what it cannot render without: test/support/page-weight.ts) and
 * every script it loaded until the network went quiet, in KB as the server sends them gzip- and
 * brotli-compressed; its stylesheets; its HTTP requests; when its content showed and its largest
 * contentful paint (medians of the rounds, every script served). Floors measured in the same run:
 * the app shell (the entry's scripts, which every page needs) and a static HTML page's LCP in the
 * same browser. Figures only, never pass/fail; the budget is test/budget/web-bundle.test.ts.
 * (`pnpm start`'s time to serving is start.bench.ts's.)
 *
 * Run from the repository root: `BENCH_ONLY=web-bundle pnpm bench` or
 * `pnpm exec tsx test/load/web-bundle.bench.ts`. Env: BENCH_WEB_ROUNDS=3 (cold loads per page),
 * BENCH_WEB_DIST=<dir> (measure another build, e.g. an older one kept aside, instead of building
 * apps/web; one without a manifest counts all a page loaded as initial).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { initialScripts, type PageWeight, readManifest, totalServed, weighPage } from '../support/page-weight.js';
import { type BenchRow, benchRow } from './rows.js';
import {
  benchEntry,
  fmt,
  graphqlPoster,
  Harness,
  intFromEnv,
  openBenchDatabase,
  r1,
  repoRoot,
  startBenchApp,
  stats,
} from './support.js';

interface PageRow {
  page: string;
  requests: number;
  initialJsGzipKB: number;
  initialJsBrKB: number;
  jsGzipKB: number;
  cssGzipKB: number;
  readyMs: number;
  lcpMs: number;
}

const KB = 1024;
const BUDGET_KB = 170;
const LCP_GOAL_MS = 1000;

/** The LCP of a static page (a heading and a paragraph, no script) from a bare node:http server. */
async function staticLcp(browser: Browser, rounds: number): Promise<number> {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>floor</title><body>' +
    '<h1 data-testid="floor">2021—2025 年国民经济和社会发展规划编制</h1><p>静态页面，没有脚本。</p></body></html>';
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const lcps: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const { lcpMs } = await weighPage(browser, { origin, path: '/', ready: ['floor'] });
      if (lcpMs !== null) lcps.push(lcpMs);
    }
    return stats(lcps).p50;
  } finally {
    server.close();
  }
}

async function main(): Promise<number> {
  const harness = new Harness(10 * 60_000, 'web-bundle');
  return harness.run(async () => {
    const rounds = intFromEnv('BENCH_WEB_ROUNDS', 3, 1);
    const otherDist = process.env.BENCH_WEB_DIST ? path.resolve(process.env.BENCH_WEB_DIST) : undefined;
    const webDist = otherDist ?? path.join(repoRoot, 'apps/web/dist');
    if (!otherDist) {
      // A no-op when both dist/ folders were built from the current sources (it hashes them).
      const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
      if (built.status !== 0) throw new Error('node scripts/build.mjs failed');
    }
    const loadBefore = os.loadavg()[0] as number;

    const db = await openBenchDatabase(harness, (line) => console.log(line));
    const app = await startBenchApp(harness, db, { logLevel: 'silent', webDist });
    const { post, login } = graphqlPoster(app.url);
    const token = await login('working@gongbian.test');
    const { programs } = await post<{ programs: { plans: { currentDraft: { id: string } | null }[] }[] }>(
      '{ programs { plans { currentDraft { id } } } }',
      {},
      token,
    );
    const draftId = programs[0]?.plans.find((p) => p.currentDraft)?.currentDraft?.id;
    if (!draftId) throw new Error('the demo has no draft to read');

    const browser = await launchChromium();
    harness.cleanups.push({ name: 'close Chromium', run: () => browser.close() });
    const pages: { name: string; path: string; route: string; ready: string[]; token?: string }[] = [
      { name: 'sign-in', path: '/login', route: 'src/pages/login/LoginPage.vue', ready: ['login-submit'] },
      { name: 'overview', path: '/', route: 'src/pages/overview/ProgramOverview.vue', ready: ['program-name'], token },
      {
        name: 'dashboard',
        path: '/dashboard',
        route: 'src/pages/dashboard/DashboardPage.vue',
        ready: ['dashboard-program'],
        token,
      },
      {
        name: 'draft reader',
        path: `/drafts/${draftId}`,
        route: 'src/pages/draft/DraftPage.vue',
        ready: ['draft-block'],
        token,
      },
    ];

    // A build from before the manifest (BENCH_WEB_DIST) counts everything a page loaded as initial.
    const manifest = fs.existsSync(path.join(webDist, '.vite/manifest.json')) ? readManifest(webDist) : null;
    const entry = manifest && Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    const shellKB =
      manifest && entry
        ? (await totalServed(
            initialScripts(manifest, entry).map((p) => `${app.url}${p}`),
            'gzip',
          )) / KB
        : Number.NaN;
    const floorLcp = await staticLcp(browser, rounds);
    const rows: PageRow[] = [];
    for (const page of pages) {
      const visits: PageWeight[] = [];
      for (let i = 0; i < rounds; i++) {
        visits.push(
          await weighPage(browser, {
            origin: app.url,
            path: page.path,
            ready: page.ready,
            ...(page.token ? { token: page.token } : {}),
          }),
        );
      }
      const [first] = visits as [PageWeight];
      const initial = manifest ? initialScripts(manifest, page.route).map((p) => `${app.url}${p}`) : first.served;
      rows.push({
        page: page.name,
        requests: first.requests,
        initialJsGzipKB: (await totalServed(initial, 'gzip')) / KB,
        initialJsBrKB: (await totalServed(initial, 'br')) / KB,
        jsGzipKB: (await totalServed(first.served, 'gzip')) / KB,
        cssGzipKB: (await totalServed(first.stylesheets, 'gzip')) / KB,
        readyMs: stats(visits.map((v) => v.readyMs)).p50,
        lcpMs: stats(visits.map((v) => v.lcpMs).filter((v): v is number => v !== null)).p50,
      });
    }
    await browser.close();

    const loadAfter = os.loadavg()[0] as number;

    console.log(`\nweb app ${otherDist ?? 'apps/web/dist'}, cold cache, ${rounds} round(s) per page; KB = 1024 bytes`);
    console.log(
      `app shell (the entry's scripts): ${fmt(shellKB, 0)} KB gzip; a static page's LCP ${fmt(floorLcp, 0)} ms`,
    );
    console.log('page          requests  initial JS gzip     br  all JS gzip  CSS gzip  shown p50 ms  LCP p50 ms');
    for (const r of rows) {
      console.log(
        `${r.page.padEnd(13)} ${String(r.requests).padStart(8)} ${fmt(r.initialJsGzipKB, 16)} ${fmt(r.initialJsBrKB, 6)} ${fmt(r.jsGzipKB, 12)} ${fmt(r.cssGzipKB, 9)} ${fmt(r.readyMs, 13)} ${fmt(r.lcpMs, 11)}`,
      );
    }
    const cores = os.cpus().length;
    if (Math.max(loadBefore, loadAfter) > cores) {
      console.log(
        `machine load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cores} cores: times are inflated`,
      );
    }

    const id = (page: string) => page.replace(/\W+/g, '-');
    const benchRows: BenchRow[] = rows.map((r) =>
      benchRow({
        id: `web-initial-js-${id(r.page)}`,
        figure: `web initial JS (gzip), ${r.page}`,
        goal: `≤ ${BUDGET_KB} KB`,
        value: r.initialJsGzipKB,
        unit: 'KB',
        floor: shellKB,
        floorName: "app shell: the entry's scripts (gzip), same build",
      }),
    );
    for (const r of rows.filter((row) => row.page === 'overview' || row.page === 'draft reader')) {
      benchRows.push(
        benchRow({
          id: `web-lcp-${id(r.page)}`,
          figure: `LCP, ${r.page} (Chromium, local)`,
          goal: `≤ ${LCP_GOAL_MS} ms`,
          value: r.lcpMs,
          unit: 'ms',
          floor: floorLcp,
          floorName: 'a static HTML page, same browser, same run',
        }),
      );
    }
    console.log(
      JSON.stringify({
        bench: 'web-bundle',
        rounds,
        load: { before: r1(loadBefore), after: r1(loadAfter), cores },
        shellJsGzipKB: r1(shellKB),
        staticLcpMs: r1(floorLcp),
        pages: rows.map((r) => ({
          ...r,
          initialJsGzipKB: r1(r.initialJsGzipKB),
          initialJsBrKB: r1(r.initialJsBrKB),
          jsGzipKB: r1(r.jsGzipKB),
          cssGzipKB: r1(r.cssGzipKB),
          readyMs: r1(r.readyMs),
          lcpMs: r1(r.lcpMs),
        })),
        rows: benchRows,
      }),
    );
    return 0;
  });
}

await benchEntry(import.meta.url, main);

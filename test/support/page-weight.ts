import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * What a page of the built web app costs a browser arriving with an empty cache. Shared by the
 * bundle budget test (test/budget/web-bundle.test.ts) and benchmark (test/load/web-bundle.bench.ts).
 *
 * A page's initial scripts are those it cannot render without: the entry's static imports and
 * its route component's, transitively, as the build's manifest lists them. What a page loads
 * beside them with a dynamic import (the header, its buttons and menus, the dashboard's charts,
 * a dialog) it can show its content without. `weighPage` checks that in Chromium: given `only`,
 * it holds back every other script, for ever, and still waits for the page's content to show.
 */

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(webDist: string): Manifest {
  const file = path.join(webDist, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the web app (node scripts/build.mjs)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/**
 * The URL paths (/assets/…) of the scripts a page needs before it renders: the entry's and those
 * of `routeSource` (its component, e.g. 'src/pages/login/LoginPage.vue'), with their static imports.
 */
export function initialScripts(manifest: Manifest, routeSource: string): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry || !manifest[routeSource]) throw new Error(`no entry or no ${routeSource} in the web app's manifest`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  visit(routeSource);
  return [...seen].map((key) => `/${manifest[key]?.file}`);
}

/** The URL path of the chunk built from `source` (e.g. 'src/components/dashboard/echarts.ts'). */
export function chunkOf(manifest: Manifest, source: string): string {
  const chunk = manifest[source];
  if (!chunk) throw new Error(`no ${source} in the web app's manifest`);
  return `/${chunk.file}`;
}

export interface PageWeight {
  /** URLs of the scripts the page asked for, in order (held-back ones too) */
  scripts: string[];
  /** those of `scripts` it was given (all, without `only`) */
  served: string[];
  stylesheets: string[];
  /** every HTTP request the page made (the WebSocket aside) */
  requests: number;
  /** when the last of the `ready` elements showed, ms after navigation started */
  readyMs: number;
  /** largest-contentful-paint, ms after navigation started; null if the browser reported none */
  lcpMs: number | null;
}

export interface PageVisit {
  /** the server's address, e.g. http://127.0.0.1:1234 */
  origin: string;
  path: string;
  /** data-testids of what shows the page's content; each must be there */
  ready: readonly string[];
  /** a session token, put where the app keeps it before it starts; none: signed out */
  token?: string;
  /** URL paths of the only scripts to serve; any other is held back (never answered) */
  only?: readonly string[];
}

interface Probe {
  __lcp?: number;
}

export async function weighPage(browser: Browser, visit: PageVisit): Promise<PageWeight> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript((token) => {
      if (token) localStorage.setItem('gongbian.token', token);
      // From the start: LCP entries are reported as paints happen.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as Probe).__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }, visit.token ?? null);
    const page = await context.newPage();
    const scripts: string[] = [];
    const served: string[] = [];
    const stylesheets: string[] = [];
    let requests = 0;
    const only = visit.only ? new Set(visit.only) : null;
    page.on('request', (request) => {
      requests++;
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
      if (!only && request.resourceType() === 'script') {
        scripts.push(request.url());
        served.push(request.url());
      }
    });
    // Routed only when holding scripts back: interception slows every request down a little.
    if (only) {
      await page.route(
        (url) => url.pathname.endsWith('.js'),
        (route) => {
          const url = route.request().url();
          scripts.push(url);
          // Held back: as if that script were still on its way when the page had to show.
          if (!only.has(new URL(url).pathname)) return;
          served.push(url);
          return route.continue();
        },
      );
    }
    await page.goto(`${visit.origin}${visit.path}`);
    for (const id of visit.ready) await page.getByTestId(id).first().waitFor({ timeout: 30_000 });
    const readyMs = await page.evaluate(() => performance.now());
    // Held-back scripts keep the network busy; otherwise let the page finish what it started.
    if (!only) await page.waitForLoadState('networkidle');
    const lcpMs = await page.evaluate(() => (window as unknown as Probe).__lcp ?? null);
    return { scripts, served, stylesheets, requests, readyMs, lcpMs };
  } finally {
    await context.close();
  }
}

/**
 * The bytes the server sends for `url` to a client that accepts only `encoding`: the body as sent,
 * not decoded (a file under the compression threshold comes as it is).
 */
export function servedBytes(url: string, encoding: 'gzip' | 'br' | 'identity'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** The sum of servedBytes over `urls` (each once). */
export async function totalServed(urls: readonly string[], encoding: 'gzip' | 'br' | 'identity'): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) total += await servedBytes(url, encoding);
  return total;
}

/**
 * Shared steps of the "a day as …" browser tests (test/e2e/day-as-*.e2e.test.ts): a person of one
 * role in a browser the size of a phone or of a laptop, signed in, moving about the app as they
 * would (the header's links, buttons within reach), picking passages by selecting them.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD, type Programme, type TestServer } from './server.js';

export interface Screen {
  name: 'phone' | 'desktop';
  width: number;
  height: number;
}

/** A phone held upright (390×844, touch) and a laptop (1366×768): each role's day runs on both. */
export const SCREENS: readonly Screen[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 768 },
];

/** The browser contexts a test file opened, closed together in its afterAll. */
export class People {
  readonly contexts: BrowserContext[] = [];
  constructor(
    readonly server: TestServer,
    readonly browser: Browser,
  ) {}

  private async context(screen: Screen): Promise<BrowserContext> {
    const phone = screen.name === 'phone';
    const context = await this.browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: screen.width, height: screen.height },
      isMobile: phone,
      hasTouch: phone,
      acceptDownloads: true,
    });
    this.contexts.push(context);
    return context;
  }

  /** `account` of programme `p` on `screen`, already signed in (the token where the app keeps it), at `path`. */
  async open(p: Programme, account: string, screen: Screen, path = '/'): Promise<Page> {
    const context = await this.context(screen);
    await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), await p.as(account));
    const page = await context.newPage();
    await page.goto(`${this.server.url}${path}`);
    return page;
  }

  /** `account` of programme `p` signing in through the sign-in page, as on a first visit. */
  async signIn(p: Programme, account: string, screen: Screen): Promise<Page> {
    const page = await (await this.context(screen)).newPage();
    await page.goto(`${this.server.url}/`);
    await page.getByTestId('login-email').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByTestId('login-email').fill(`${account}@${p.emailDomain}`);
    await page.getByTestId('login-password').fill(PASSWORD);
    await tap(page.getByTestId('login-submit'));
    return page;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => {});
  }
}

/**
 * Presses a control as a person would, which they can only do if they can reach it: it must come
 * into view without the page being scrolled sideways (on a phone, a control past the right edge of
 * the screen, or one needing a sideways scroll to reach, is one nobody finds).
 */
export async function tap(target: Locator): Promise<void> {
  await target.waitFor({ timeout: 15_000 });
  const name = (await target.getAttribute('data-testid')) ?? (await target.textContent())?.trim();
  let where = '';
  // Polled: a dialog or menu that is still opening has not reached its place yet.
  await expect
    .poll(
      async () => {
        await target.scrollIntoViewIfNeeded();
        const reach = await target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const width = document.documentElement.clientWidth;
          return {
            inside: r.left >= -1 && r.right <= width + 1 && window.scrollX === 0,
            where: `${Math.round(r.left)}–${Math.round(r.right)} of ${width} px, page scrolled ${window.scrollX} px sideways`,
          };
        });
        where = reach.where;
        return reach.inside;
      },
      { timeout: 5_000, message: `${name} is out of reach` },
    )
    .toBe(true)
    .catch((e: Error) => {
      throw new Error(`${name} is out of reach: ${where}`, { cause: e });
    });
  await target.click();
}

/** Goes to a page by the header's link (`nav-meetings`, `nav-dashboard`, …), as a person moving about would. */
export async function navigate(page: Page, link: string): Promise<void> {
  const target = page.getByTestId(link);
  await target.waitFor({ state: 'attached', timeout: 30_000 });
  // A compact header may keep its links behind a menu button; open it first if so.
  if (!(await target.isVisible())) {
    const menu = page.getByTestId('nav-menu');
    if (await menu.count()) await tap(menu);
  }
  await tap(target);
}

/** Waits until the page's live updates flow, and marks the document so a reload would show. */
export async function goLive(page: Page, indicator = 'connection-state'): Promise<void> {
  await expect
    .poll(() => page.getByTestId(indicator).getAttribute('data-state'), { timeout: 15_000 })
    .toBe('connected');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

/** Whether the page is still the document `goLive` marked (it was not reloaded). */
export const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** An opinion's card in the reader's panel. */
export const threadCard = (page: Page, id: string) =>
  page.locator(`[data-testid="thread-card"][data-thread-id="${id}"]`);

/** Waits for a draft's text in the reader. */
export async function draftShown(page: Page): Promise<void> {
  await page.getByTestId('block-text').first().waitFor({ timeout: 30_000 });
}

/**
 * Selects `phrase` in the first passage (inside `container`) holding it, as dragging over it
 * would; the reader then offers what may be done with it.
 */
export async function selectPhrase(page: Page, phrase: string, container = 'body'): Promise<void> {
  await page.evaluate(
    ({ container, phrase }) => {
      const scope = document.querySelector(container);
      const root = [...(scope?.querySelectorAll('[data-block-text]') ?? [])].find((el) =>
        el.textContent?.includes(phrase),
      );
      if (!root) throw new Error(`no passage holds ${phrase}`);
      root.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = (root.textContent ?? '').indexOf(phrase);
      let node = walker.nextNode() as Text | null;
      while (node && offset >= node.data.length) {
        offset -= node.data.length;
        node = walker.nextNode() as Text | null;
      }
      if (!node || offset + phrase.length > node.data.length) throw new Error('the phrase spans text nodes');
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + phrase.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    },
    { container, phrase },
  );
}

/** Searches from the header's search box and waits for a hit of `kind` holding `expected`. */
export async function search(page: Page, query: string, kind: string, expected: string): Promise<Locator> {
  await tap(page.getByTestId('search-open'));
  await page.getByTestId('search-input').fill(query);
  const hit = page.locator(`[data-testid="search-hit"][data-kind="${kind}"]`, { hasText: expected });
  await expect.poll(() => hit.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return hit.first();
}

/** Picks the option labelled `label` of an Element Plus select that is open. */
export async function pickOption(page: Page, label: string | RegExp): Promise<void> {
  await tap(page.locator('.el-select-dropdown__item:visible', { hasText: label }).first());
}

// exceljs is a dependency of packages/documents, not of the tests.
const requireFromDocuments = createRequire(new URL('../../packages/documents/package.json', import.meta.url));
// Only what is read of a workbook here (exceljs's own types do not resolve from test/).
interface Workbook {
  xlsx: { readFile(file: string): Promise<unknown> };
  worksheets: {
    eachRow(visit: (row: { eachCell(o: object, visit: (cell: { text: string }) => void): void }) => void): void;
  }[];
}
const ExcelJS = requireFromDocuments('exceljs') as { Workbook: new () => Workbook };

/** Presses `button`, which downloads a file: its suggested name and, for a workbook, its first sheet's rows. */
export async function download(page: Page, button: Locator): Promise<{ name: string; rows: string[][] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), tap(button)]);
  const name = file.suggestedFilename();
  if (!name.endsWith('.xlsx')) return { name, rows: [] };
  const saved = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-day-')), name);
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(cell.text);
    });
    rows.push(cells);
  });
  return { name, rows };
}

/**
 * Puts `text` into a meeting's minutes, as its note-taker would: pasted into the live editor (kept
 * as it goes), or into the text box and saved where the page has that.
 */
export async function writeMinutes(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('minutes-editor');
  await editor.waitFor({ timeout: 15_000 });
  const live = editor.locator('.cm-content[contenteditable="true"]');
  const box = page.getByTestId('minutes-input');
  await expect.poll(async () => (await live.count()) + (await box.count()), { timeout: 15_000 }).toBeGreaterThan(0);
  if (await live.count()) {
    await tap(live);
    // Pasted from the note-taker's notes: one change, where typing would send one per key.
    await page.keyboard.insertText(text);
    return;
  }
  await box.fill(text);
  await tap(page.getByTestId('minutes-save'));
}

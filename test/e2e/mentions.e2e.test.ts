import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import { selectPhrase } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 13: "an @ picker for mentions". The built web app in Debian's Chromium: 科信处's kexin
// types @ and part of a name in a new opinion, picks the person from the list with the keyboard
// and sends; the person mentioned (应急救援处's jiuyuan, not of the unit that must answer, so a
// mention is the only reason to be told) gets the notice live. Then the same in a reply, the list
// narrowed by a unit's name, and Escape closing it untouched.

interface Person {
  id: string;
  name: string;
  unit: { name: string; shortName: string | null } | null;
}

let server: TestServer;
let browser: Browser;
let p: Programme;
let draft: TestDraft;
let people: Person[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server, { only: 'plans' });
  draft = await buildDraft(server, p);
  const data = await ok<{ programs: { people: Person[] }[] }>(
    server.url,
    'query { programs { people { id name unit { name shortName } } } }',
    {},
    await p.as('kexin'),
  );
  people = data.programs[0]?.people ?? [];
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function open(account: string, path: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('gongbian.token', t), await p.as(account));
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await expect
    .poll(() => page.getByTestId('connection-state').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('connected');
  return page;
}

const personOf = (account: 'jiuyuan' | 'guicai' | 'kexin') => {
  const person = people.find((x) => x.id === p.personIds[account]);
  if (!person) throw new Error(`no person for ${account}`);
  return person;
};
const options = (page: Page) => page.getByTestId('mention-option');
const highlighted = (page: Page) => page.locator('[data-testid="mention-option"][aria-selected="true"]');

/** Presses ↓ until the list's highlighted row is `personId` (the list's order is the picker's to choose). */
async function arrowTo(page: Page, personId: string) {
  const ids = await options(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-person-id')));
  const index = ids.indexOf(personId);
  expect(index, `${personId} is not offered`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(await highlighted(page).getAttribute('data-person-id')).toBe(personId);
}

/** The notices `page`'s bell lists that say the viewer was mentioned. */
async function mentionNotices(page: Page): Promise<string[]> {
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-inbox').waitFor();
  const items = await page
    .getByTestId('notification-item')
    .evaluateAll((els) => els.map((el) => `${el.querySelector('.kind')?.textContent ?? ''}|${el.textContent ?? ''}`));
  await page.keyboard.press('Escape');
  return items.filter((text) => text.startsWith('提及|'));
}

describe('the @ picker', () => {
  it('mentions a person picked with the keyboard in a new opinion, and they are told', async () => {
    const jiuyuan = personOf('jiuyuan');
    const mentioned = await open('jiuyuan', '/');
    const author = await open('kexin', `/drafts/${draft.id}`);
    await author.getByTestId('block-text').first().waitFor({ timeout: 30_000 });

    await selectPhrase(author, '县级储备库');
    await author.getByTestId('selection-comment').click();
    const body = author.getByTestId('composer-body');
    await body.click();
    await author.keyboard.type('请');
    await author.keyboard.type(`@${jiuyuan.name.slice(0, 1)}`);
    await options(author).first().waitFor();
    // what was typed narrows the list to names holding it
    const names = await options(author).locator('.name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain(jiuyuan.name.slice(0, 1));
    await arrowTo(author, jiuyuan.id);
    await author.keyboard.press('Enter');
    await expect.poll(() => author.getByTestId('mention-picker').count()).toBe(0);
    await author.keyboard.type('核实储备库选址。');
    expect(await body.inputValue()).toBe(`请@${jiuyuan.name} 核实储备库选址。`);

    await author.getByTestId('composer-submit').click();
    await author.locator('[data-testid="thread-card"]', { hasText: '核实储备库选址' }).waitFor({ timeout: 15_000 });

    await expect
      .poll(() => mentioned.getByTestId('notification-badge').textContent(), { timeout: 15_000 })
      .toContain('1');
    const notices = await mentionNotices(mentioned);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(personOf('kexin').name);
  });

  it('finds people by their unit in a reply, and Escape closes the list leaving the text alone', async () => {
    const guicai = personOf('guicai');
    const unit = guicai.unit?.shortName ?? guicai.unit?.name ?? '';
    const mentioned = await open('guicai', '/');
    const author = await open('kexin', `/drafts/${draft.id}`);
    const card = author.locator('[data-testid="thread-card"]', { hasText: '核实储备库选址' });
    await card.waitFor({ timeout: 30_000 });
    await card.getByTestId('thread-author').click();
    const reply = author.getByTestId('reply-input');
    await reply.click();

    await author.keyboard.type('@xyz');
    await author.getByTestId('mention-none').waitFor();
    await author.keyboard.press('Escape');
    await expect.poll(() => author.getByTestId('mention-picker').count()).toBe(0);
    expect(await reply.inputValue()).toBe('@xyz');
    await reply.fill('');

    await author.keyboard.type(`@${unit}`);
    await options(author).first().waitFor();
    const units = await options(author).locator('.unit').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(guicai.unit?.name.includes(u) || u === unit || u.includes(unit)).toBe(true);
    await arrowTo(author, guicai.id);
    await author.keyboard.press('Enter');
    await author.keyboard.type('请答复。');
    expect(await reply.inputValue()).toBe(`@${guicai.name} 请答复。`);
    await author.getByTestId('reply-submit').click();
    await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).toBe('');

    await expect.poll(async () => (await mentionNotices(mentioned)).length, { timeout: 15_000 }).toBe(1);
  });
});

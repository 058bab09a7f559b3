import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import {
  SettingsE2eProgrammeDocument,
  type SettingsE2eProgrammeQuery,
  SettingsE2eUpdatePlanDocument,
  SettingsE2eUpdateTopicStatusDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// The programme kept by its people in the browser (issue 12, item 4): the working group adds a plan,
// a research topic and a milestone and sets a person's groups on /settings, and each shows — on its
// own page and, live, on another browser's; a lead unit's member is not offered the page; an edit
// of a plan or a topic someone else changed meanwhile is refused with the server's CONFLICT and the
// form reloaded. The programme is the test's own (test/support), the changes made through the page.
const SHOTS = process.env.GONGBIAN_SCREENSHOT_DIR ?? '/tmp';
const HAN = /\p{Script=Han}/u;
const WORD = "[A-Za-z]+(?:['’-][A-Za-z]+)*";
const SENTENCE = new RegExp(`${WORD}(?:[ \\t]+${WORD}){2,}`);

let server: TestServer;
let browser: Browser;
let p: Programme;
const contexts: BrowserContext[] = [];
type Program = NonNullable<SettingsE2eProgrammeQuery['program']>;

beforeAll(async () => {
  server = await startTestServer({ demo: false, clock: '2020-11-16' });
  browser = await launchChromium();
  p = await buildProgramme(server);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function programme(): Promise<Program> {
  const { program } = await ok(server.url, SettingsE2eProgrammeDocument, { id: p.programId }, await p.as('working'));
  if (!program) throw new Error('the test programme is missing');
  return program;
}

async function unitName(key: keyof Programme['unitIds']): Promise<string> {
  const unit = (await programme()).units.find((u) => u.id === p.unitIds[key]);
  if (!unit) throw new Error(`no unit ${key}`);
  return unit.shortName ?? unit.name;
}

/** A browser signed in as `account`, on `path`, live updates flowing. */
async function open(account: string, path = '/settings', options: { width?: number; locale?: 'zh-CN' | 'en' } = {}) {
  const token = await p.as(account);
  const locale = options.locale ?? 'zh-CN';
  const context = await browser.newContext({
    locale,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: options.width ?? 1280, height: 1000 },
  });
  await context.addInitScript(
    ({ t, l }) => {
      localStorage.setItem('gongbian.token', t);
      localStorage.setItem('gongbian.locale', l);
    },
    { t: token, l: locale },
  );
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await expect
    .poll(() => page.getByTestId('connection-state').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('connected');
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return page;
}

const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** Picks `label` in an Element Plus select: opens it, clicks the option in its drop-down. */
async function pick(page: Page, select: Locator, optionTestId: string, label: string) {
  await select.click();
  await page
    .locator(`[data-testid="${optionTestId}"]:visible`)
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click();
  await page.keyboard.press('Escape').catch(() => {});
}

/** The date picker's text field in a dialog (Element Plus keeps a picker's attributes off its input). */
const dateField = (page: Page, dialog: string) => page.getByTestId(dialog).locator('.el-date-editor input');

async function tab(page: Page, name: 'plans' | 'topics' | 'milestones' | 'people') {
  await page.locator(`#tab-${name}`).click();
  await page.getByTestId(`settings-${name}`).waitFor({ timeout: 15_000 });
}

describe('the programme’s settings, kept by the working group', () => {
  let working: Page;
  let watcher: Page;

  it('offers the working group the settings in the header, and opens them', async () => {
    working = await open('working', '/');
    await working.getByTestId('nav-settings').click();
    await working.getByTestId('settings-plans').waitFor({ timeout: 30_000 });
    expect(await working.getByTestId('settings-plan').count()).toBe((await programme()).plans.length);
    watcher = await open('admin');
    await watcher.getByTestId('settings-plans').waitFor({ timeout: 30_000 });
  });

  it('adds a plan through the page; it shows there and, live, on another browser’s page', async () => {
    const lead = await unitName('jiuyuan');
    const co = await unitName('guicai');
    await working.getByTestId('plan-create').click();
    await working.getByTestId('plan-title-input').fill('浙江省应急物资保障“十四五”规划');
    await working.getByTestId('plan-kind-special').click();
    await pick(working, working.getByTestId('plan-lead'), 'plan-lead-option', lead);
    await pick(working, working.getByTestId('plan-co'), 'plan-co-option', co);
    await working.getByTestId('plan-issuance-input').fill('厅印发');
    await working.getByTestId('plan-submit').click();

    for (const page of [working, watcher]) {
      const row = page.getByTestId('settings-plan').filter({ hasText: '浙江省应急物资保障“十四五”规划' });
      await row.waitFor({ timeout: 15_000 });
      expect(await row.getByTestId('settings-plan-lead').textContent()).toContain(lead);
      expect(await row.getByTestId('settings-plan-co').textContent()).toContain(co);
      expect(await row.getByTestId('settings-plan-issuance').textContent()).toContain('厅印发');
      expect(await sameDocument(page)).toBe(true);
    }
    const plan = (await programme()).plans.find((x) => x.title === '浙江省应急物资保障“十四五”规划');
    expect(plan).toMatchObject({
      kind: 'SPECIAL',
      issuance: '厅印发',
      leadUnit: { id: p.unitIds.jiuyuan },
      coUnits: [{ id: p.unitIds.guicai }],
    });
  });

  it('adds a research topic with its lead unit and due date', async () => {
    const lead = await unitName('kexin');
    await tab(working, 'topics');
    await working.getByTestId('topic-create').click();
    await working.getByTestId('topic-title-input').fill('应急救援力量布点研究');
    await working.getByTestId('topic-content-input').fill('研究全省应急救援力量的布局与配置。');
    await pick(working, working.getByTestId('topic-lead'), 'topic-lead-option', lead);
    await dateField(working, 'topic-dialog').fill('2021-03-31');
    await dateField(working, 'topic-dialog').press('Enter');
    await working.getByTestId('topic-submit').click();

    const row = working.getByTestId('settings-topic').filter({ hasText: '应急救援力量布点研究' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('settings-topic-lead').textContent()).toContain(lead);
    expect(await row.getByTestId('settings-topic-due').textContent()).toContain('2021-03-31');
    const topic = (await programme()).topics.find((x) => x.title === '应急救援力量布点研究');
    expect(topic).toMatchObject({ dueOn: '2021-03-31', leadUnit: { id: p.unitIds.kexin } });
  });

  it('adds a milestone to a phase, due within it, with its owner unit', async () => {
    const [phase] = (await programme()).phases;
    if (!phase) throw new Error('the test programme has no phase');
    const owner = await unitName('guicai');
    await tab(working, 'milestones');
    const block = working.locator(`[data-testid="settings-phase"][data-phase-id="${phase.id}"]`);
    await block.getByTestId('milestone-create').click();
    await working.getByTestId('milestone-title-input').fill('完成规划衔接');
    await dateField(working, 'milestone-dialog').fill(phase.endsOn);
    await dateField(working, 'milestone-dialog').press('Enter');
    await pick(working, working.getByTestId('milestone-owner'), 'milestone-owner-option', owner);
    await working.getByTestId('milestone-submit').click();

    const row = block.getByTestId('settings-milestone').filter({ hasText: '完成规划衔接' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('settings-milestone-due').textContent()).toContain(phase.endsOn);
    expect(await row.getByTestId('settings-milestone-owner').textContent()).toContain(owner);
    const saved = (await programme()).phases[0]?.milestones.find((m) => m.title === '完成规划衔接');
    expect(saved).toMatchObject({ dueOn: phase.endsOn, ownerUnit: { id: p.unitIds.guicai } });
  });

  it('sets a person’s places in the expert team and the working group; they show, live elsewhere too', async () => {
    const personId = p.personIds.expert;
    await tab(working, 'people');
    await tab(watcher, 'people');
    const row = working.locator(`[data-testid="settings-person"][data-person-id="${personId}"]`);
    await row.getByTestId('memberships-edit').click();
    const place = (group: string) => working.locator(`[data-testid="membership-place"][data-group="${group}"]:visible`);
    for (const group of ['EXPERT_TEAM', 'WORKING_GROUP']) {
      if (!(await place(group).getByTestId('membership-title').count())) {
        await place(group).getByTestId('membership-member').click();
      }
    }
    await place('EXPERT_TEAM').getByTestId('membership-title').fill('副组长');
    await place('EXPERT_TEAM').getByTestId('membership-expertise').fill('应急管理，防灾减灾');
    await place('WORKING_GROUP').getByTestId('membership-title').fill('成员');
    await working.getByTestId('memberships-submit').click();

    for (const page of [working, watcher]) {
      const expert = page.locator(
        `[data-testid="settings-person"][data-person-id="${personId}"] [data-testid="person-membership"][data-group="EXPERT_TEAM"]`,
      );
      await expect.poll(() => expert.textContent(), { timeout: 15_000 }).toContain('副组长');
      expect(await expert.textContent()).toContain('应急管理、防灾减灾');
      await expect
        .poll(
          () =>
            page
              .locator(
                `[data-testid="settings-person"][data-person-id="${personId}"] [data-testid="person-membership"][data-group="WORKING_GROUP"]`,
              )
              .textContent(),
          { timeout: 15_000 },
        )
        .toContain('成员');
    }
    const person = (await programme()).people.find((x) => x.id === personId);
    expect(person?.memberships).toEqual(
      expect.arrayContaining([
        { group: 'EXPERT_TEAM', title: '副组长', expertise: ['应急管理', '防灾减灾'] },
        { group: 'WORKING_GROUP', title: '成员', expertise: [] },
      ]),
    );
    await working.screenshot({ path: path.join(SHOTS, 'gongbian-settings-people.png'), fullPage: true });
  });

  it('refuses a stale plan edit with the server’s CONFLICT, shows the plan as it now stands, and saves from there', async () => {
    await tab(working, 'plans');
    const [plan] = (await programme()).plans;
    if (!plan) throw new Error('the test programme has no plan');
    const row = working.locator(`[data-testid="settings-plan"][data-plan-id="${plan.id}"]`);
    await row.getByTestId('plan-edit').click();
    await working.getByTestId('plan-title-input').waitFor();
    // Someone else renames the plan while the form is open.
    await ok(
      server.url,
      SettingsE2eUpdatePlanDocument,
      { input: { planId: plan.id, title: `${plan.title}（修订）`, expectedVersion: plan.version } },
      await p.as('admin'),
    );
    await working.getByTestId('plan-issuance-input').fill('省政府印发');
    await working.getByTestId('plan-submit').click();

    const refusal = working.getByTestId('plan-dialog').getByTestId('error-text');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.textContent()).toBe(`该规划已被他人修改（现为第 ${plan.version + 1} 版），请刷新后再改`);
    expect(await working.getByTestId('plan-title-input').inputValue()).toBe(`${plan.title}（修订）`);
    await expect.poll(() => row.getAttribute('data-version'), { timeout: 15_000 }).toBe(String(plan.version + 1));

    // Saved again from the plan as it stands: it goes through.
    await working.getByTestId('plan-issuance-input').fill('省政府印发');
    await working.getByTestId('plan-submit').click();
    await expect
      .poll(() => row.getByTestId('settings-plan-issuance').textContent(), { timeout: 15_000 })
      .toContain('省政府印发');
    const saved = (await programme()).plans.find((x) => x.id === plan.id);
    expect(saved).toMatchObject({ title: `${plan.title}（修订）`, issuance: '省政府印发', version: plan.version + 2 });
  });

  it('renames a research topic, live elsewhere too; an edit made before its unit’s status update is refused', async () => {
    const topic = (await programme()).topics.find((x) => x.title === '应急救援力量布点研究');
    if (!topic) throw new Error('the topic added above is missing');
    await tab(working, 'topics');
    await tab(watcher, 'topics');
    const rowOf = (page: Page) => page.locator(`[data-testid="settings-topic"][data-topic-id="${topic.id}"]`);
    await rowOf(working).getByTestId('topic-edit').click();
    await working.getByTestId('topic-title-input').fill('应急救援力量布点与调度研究');
    await working.getByTestId('topic-submit').click();
    for (const page of [working, watcher]) {
      await expect
        .poll(() => rowOf(page).getByTestId('settings-topic-title').textContent(), { timeout: 15_000 })
        .toContain('应急救援力量布点与调度研究');
    }
    expect(await rowOf(working).getAttribute('data-version')).toBe(String(topic.version + 1));

    // The lead unit (科信处) updates the topic's status while the working group's form is open.
    await rowOf(working).getByTestId('topic-edit').click();
    await working.getByTestId('topic-title-input').fill('在旧版本上改的名称');
    await ok(server.url, SettingsE2eUpdateTopicStatusDocument, { id: topic.id }, await p.as('kexin'));
    await working.getByTestId('topic-submit').click();
    const refusal = working.getByTestId('topic-dialog').getByTestId('error-text');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.textContent()).toBe(`该课题已被他人修改（现为第 ${topic.version + 2} 版），请核对后再保存`);
    expect(await working.getByTestId('topic-reloaded').textContent()).toContain('表单已换成最新内容');
    expect(await working.getByTestId('topic-title-input').inputValue()).toBe('应急救援力量布点与调度研究');
    await expect
      .poll(() => rowOf(working).getAttribute('data-version'), { timeout: 15_000 })
      .toBe(String(topic.version + 2));
    const saved = (await programme()).topics.find((x) => x.id === topic.id);
    expect(saved).toMatchObject({ title: '应急救援力量布点与调度研究', version: topic.version + 2 });
    await working.keyboard.press('Escape');
  });
});

describe('the settings, for anyone else', () => {
  it('offers a lead unit’s member no settings link, and refuses the page when opened by address', async () => {
    const page = await open('kexin', '/');
    await page.getByTestId('nav-meetings').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    await page.goto(`${server.url}/settings`);
    const refused = page.getByTestId('settings-refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toContain('只有工作专班和系统管理员可以维护规划、课题、节点和小组成员');
    expect(await page.getByTestId('plan-create').count()).toBe(0);
  });
});

describe('the settings on a phone and in English', () => {
  it('fits every section on a 390 px wide phone', async () => {
    const phone = await open('working', '/settings', { width: 390 });
    for (const name of ['plans', 'topics', 'milestones', 'people'] as const) {
      await tab(phone, name);
      const past = await phone.evaluate(() =>
        [...document.querySelectorAll('main.settings-page *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter((e) => !e.closest('.el-tabs__nav-scroll'))
          .map((e) => e.className || e.tagName),
      );
      expect(past, name).toEqual([]);
    }
    await phone.screenshot({ path: path.join(SHOTS, 'gongbian-settings-phone.png'), fullPage: true });
  });

  // As test/e2e/language.e2e.test.ts reads a page: in English no Han character, in Chinese no
  // English sentence, outside what is marked translate="no" (the users' own words).
  it.each([
    ['en', (line: string) => HAN.test(line)],
    ['zh-CN', (line: string) => SENTENCE.test(line)],
  ] as const)('says everything of its own in %s, the users’ words aside', async (locale, leaks) => {
    const page = await open('working', '/settings', { locale });
    for (const name of ['plans', 'topics', 'milestones', 'people'] as const) {
      await tab(page, name);
      const text = await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        const marked = [...main.querySelectorAll<HTMLElement>('[translate="no"]')];
        for (const el of marked) el.style.setProperty('display', 'none', 'important');
        const attributes = [...main.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')]
          .filter((el) => el.getClientRects().length > 0)
          .flatMap((el) => ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''));
        // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what a reader sees
        const seen = [main.innerText, ...attributes].join('\n');
        for (const el of marked) el.style.removeProperty('display');
        return seen;
      });
      expect(
        text.split('\n').filter((line) => leaks(line.trim())),
        name,
      ).toEqual([]);
    }
  });
});

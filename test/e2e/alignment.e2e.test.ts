import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import { anchorOn, planLedBy, type TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import {
  E2eDefineIndicatorDocument,
  E2eUpdateIndicatorDocument,
  type IndicatorInput,
} from '#test/support/generated/graphql.js';
import { goLive, People, sameDocument } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 15, 衔接: "a special plan's indicator weaker than the master plan's it supports shows in red
// on the open matrix, without a reload, and the red goes when it is fixed." The built web app in
// Debian's Chromium: a leader has 指标衔接 open; the special plan's lead unit (科信处) changes its
// target through the API, as its own page would.

const DESKTOP = { name: 'desktop' as const, width: 1440, height: 900 };
const MASTER_TEXT = `# 第三章 主要目标

到2025年，应急救援力量覆盖率达到95%。
`;
const SPECIAL_TEXT = `# 第二章 发展目标

到2025年，科技支撑的应急救援力量覆盖率达到96%。
`;

let server: TestServer;
let browser: Browser;
let people: People;
let p: Programme;
let specialDraft: TestDraft;
let masterId: string;
let specialId: string;
let specialVersion: number;
let specialPlanId: string;

const specialInput = (planId: string, target: number): IndicatorInput => ({
  planId,
  name: '应急救援力量覆盖率',
  unit: '%',
  target,
  targetYear: 2025,
  kind: 'EXPECTED',
  direction: 'AT_LEAST',
  supportsId: masterId,
  source: anchorOn(specialDraft, '应急救援力量覆盖率达到96%'),
});

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server, { only: 'plans' });
  const masterDraft = await buildDraft(server, p, { plan: '规财处', content: MASTER_TEXT });
  specialDraft = await buildDraft(server, p, { plan: '科信处', content: SPECIAL_TEXT });
  const master = await ok(
    server.url,
    E2eDefineIndicatorDocument,
    {
      input: {
        planId: await planLedBy(server, p, '规财处'),
        name: '应急救援力量覆盖率',
        unit: '%',
        baseline: 85,
        baselineYear: 2020,
        target: 95,
        targetYear: 2025,
        kind: 'BINDING',
        direction: 'AT_LEAST',
        source: anchorOn(masterDraft, '应急救援力量覆盖率达到95%'),
      },
    },
    await p.as('working'),
  );
  masterId = master.defineIndicator.indicator.id;
  specialPlanId = await planLedBy(server, p, '科信处');
  const special = await ok(
    server.url,
    E2eDefineIndicatorDocument,
    { input: specialInput(specialPlanId, 96) },
    await p.as('kexin'),
  );
  specialId = special.defineIndicator.indicator.id;
  specialVersion = special.defineIndicator.indicator.version;
  browser = await launchChromium();
  people = new People(server, browser);
}, 120_000);

afterAll(async () => {
  await people?.close();
  await browser?.close();
  await server?.stop();
});

const entry = (page: Page, id: string) => page.locator(`[data-testid="indicator"][data-indicator-id="${id}"]`);

async function changeSpecial(target: number) {
  const r = await ok(
    server.url,
    E2eUpdateIndicatorDocument,
    { id: specialId, input: specialInput(specialPlanId, target), expectedVersion: specialVersion },
    await p.as('kexin'),
  );
  specialVersion = r.updateIndicator.indicator.version;
  return r.updateIndicator.indicator;
}

describe('alignment in the browser', () => {
  it('shows a special plan’s indicator turned weaker than the master’s in red on the open matrix, and the red goes when it is fixed', async () => {
    const leader = await people.open(p, 'leader', DESKTOP, '/alignment');
    await leader.getByTestId('alignment-matrix').waitFor({ timeout: 30_000 });
    const row = leader.locator(`[data-testid="alignment-row"][data-master-id="${masterId}"]`);
    await row.waitFor();
    const special = entry(leader, specialId);
    expect(await special.getAttribute('data-issue')).toBe('false');
    expect(await special.getByTestId('indicator-target').textContent()).toBe('≥96%');
    expect(await entry(leader, masterId).getByTestId('indicator-kind').textContent()).toBe('约束性');
    // Its passage opens in the special plan's reader, found at its words.
    expect(await special.getByTestId('indicator-source').getAttribute('href')).toContain(
      `/drafts/${specialDraft.id}?block=`,
    );
    await goLive(leader);

    const weaker = await changeSpecial(90);
    expect(weaker.issues.map((i) => i.kind)).toContain('WEAKER_THAN_MASTER');
    await expect.poll(() => special.getAttribute('data-issue'), { timeout: 15_000 }).toBe('true');
    expect(await special.getByTestId('indicator-target').textContent()).toBe('≥90%');
    const said = special.locator('[data-testid="indicator-issue"][data-kind="WEAKER_THAN_MASTER"]');
    expect(await said.textContent()).toContain('弱于总体规划指标');
    expect(await said.textContent()).toContain('90%');
    // Red, and said in words besides.
    const colour = await special.getByTestId('indicator-name').evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(200, 16, 46)');
    const listed = leader.locator(`[data-testid="alignment-issue"][data-indicator-id="${specialId}"]`).first();
    await listed.waitFor();
    expect(await leader.getByTestId('alignment-issues').textContent()).toContain('弱于总体规划指标');
    expect(await sameDocument(leader)).toBe(true);

    await changeSpecial(96);
    await expect.poll(() => special.getAttribute('data-issue'), { timeout: 15_000 }).toBe('false');
    expect(await special.getByTestId('indicator-issue').count()).toBe(0);
    await expect.poll(() => leader.getByTestId('alignment-issue').count(), { timeout: 15_000 }).toBe(0);
    expect(await sameDocument(leader)).toBe(true);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#test/support/browser.js';
import { ok } from '#test/support/client.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import { OpenRoundDocument, RoundOpinionsDocument } from '#test/support/generated/graphql.js';
import { draftShown, goLive, People, SCREENS, tap } from '#test/support/roles.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Issue 14, 开门编规划: "an anonymous phone-sized reader selects, solves, submits; the working
// group accepts; the lead unit sees the new thread live." The built web app in Debian's Chromium:
// the reader has no account, taps a passage on a phone, writes, solves the real ALTCHA proof of
// work in the page (a smaller counter than production, the same PBKDF2 in the browser's workers)
// and gets a receipt; the working group's queue shows it live and accepts it; the lead unit's
// reader, open all along, shows the new opinion in the sender's name.

const PHONE = SCREENS.find((s) => s.name === 'phone') ?? { name: 'phone' as const, width: 390, height: 844 };
const DESKTOP = { name: 'desktop' as const, width: 1440, height: 900 };
const QUOTE = '省级应急物资储备库12个';
const OPINION = '建议把社区应急物资储备点纳入规划，方便群众就近取用。';

let server: TestServer;
let browser: Browser;
let people: People;
let p: Programme;
let draft: TestDraft;
let round: { id: string; slug: string };

beforeAll(async () => {
  server = await startTestServer({ demo: false, config: { altchaMaxCounter: 300 } });
  p = await buildProgramme(server, { only: 'plans' });
  draft = await buildDraft(server, p, { by: 'guicai' });
  const opened = await ok(
    server.url,
    OpenRoundDocument,
    {
      input: {
        draftId: draft.id,
        intro: '欢迎社会各界对本规划提出意见建议。',
        opensOn: '2020-11-16',
        closesOn: '2020-12-16',
      },
    },
    await p.as('working'),
  );
  round = opened.openConsultation.consultation;
  browser = await launchChromium();
  people = new People(server, browser);
}, 120_000);

afterAll(async () => {
  await people?.close();
  await browser?.close();
  await server?.stop();
});

/** A phone with no account at the round's public address. */
async function stranger(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: PHONE.width, height: PHONE.height },
    isMobile: true,
    hasTouch: true,
  });
  people.contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/public/${round.slug}`);
  return page;
}

describe('public consultation in the browser', () => {
  it('a stranger on a phone sends an opinion on a passage; the working group accepts it; the lead unit sees it live', async () => {
    const lead = await people.open(p, 'guicai', DESKTOP, `/drafts/${draft.id}`);
    await draftShown(lead);
    await goLive(lead);
    const working = await people.open(p, 'working', DESKTOP, `/consultations/${round.id}`);
    await working.getByTestId('consultation-page').waitFor({ timeout: 30_000 });
    await goLive(working);

    const phone = await stranger();
    await expect
      .poll(() => phone.getByTestId('public-intro').textContent(), { timeout: 30_000 })
      .toContain('欢迎社会各界');
    // No account: nothing asked the signed-in API, and no sign-in page came up.
    expect(new URL(phone.url()).pathname).toBe(`/public/${round.slug}`);
    await tap(phone.getByTestId('public-text').getByText(QUOTE, { exact: false }).first());
    // On a phone the form is below the text: the bar under the thumb takes the reader there, then steps aside.
    const bar = phone.getByTestId('public-chosen-bar');
    expect(await bar.textContent()).toContain(QUOTE);
    await tap(bar.getByRole('button').first());
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => phone.getByTestId('public-opinion-quote').textContent()).toContain(QUOTE);
    await phone.getByTestId('public-opinion-body').fill(OPINION);
    await phone.getByTestId('public-opinion-identity').selectOption('NPC_DEPUTY');
    await phone.getByTestId('public-opinion-name').fill('张某');
    // The proof of work, solved by the page itself.
    await tap(phone.getByTestId('altcha-widget').locator('label'));
    await expect.poll(() => phone.getByTestId('public-opinion-submit').isEnabled(), { timeout: 60_000 }).toBe(true);
    await tap(phone.getByTestId('public-opinion-submit'));
    const receipt = phone.getByTestId('public-receipt-code');
    await receipt.waitFor({ timeout: 15_000 });
    expect(await receipt.textContent()).toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);

    // The working group's queue shows it without a reload, and accepts it.
    const card = working.getByTestId('moderation-card').filter({ hasText: OPINION });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getByTestId('moderation-author').textContent()).toContain('张某');
    expect(await card.getByTestId('moderation-quote').textContent()).toContain(QUOTE);
    await tap(card.getByTestId('moderation-accept'));
    await expect
      .poll(async () => {
        const r = await ok(
          server.url,
          RoundOpinionsDocument,
          { id: round.id, status: 'ACCEPTED' },
          await p.as('working'),
        );
        return r.consultation?.opinions.edges[0]?.node.thread?.id ?? null;
      })
      .not.toBeNull();

    // The lead unit's reader, open all along, shows the new opinion in the sender's name.
    const thread = lead.locator('[data-testid="thread-card"]', { hasText: OPINION });
    await thread.first().waitFor({ timeout: 15_000 });
    expect(await thread.first().textContent()).toContain('人大代表 张某');
  });

  it('an opinion on the whole text, anonymous, after another proof of work', async () => {
    const phone = await stranger();
    await phone.getByTestId('public-whole').waitFor({ timeout: 30_000 });
    await tap(phone.getByTestId('public-whole'));
    await phone.getByTestId('public-opinion-body').fill('全文建议：补充公众参与的渠道。');
    await phone.getByTestId('public-opinion-anonymous').check();
    await tap(phone.getByTestId('altcha-widget').locator('label'));
    await expect.poll(() => phone.getByTestId('public-opinion-submit').isEnabled(), { timeout: 60_000 }).toBe(true);
    await tap(phone.getByTestId('public-opinion-submit'));
    await phone.getByTestId('public-receipt-code').waitFor({ timeout: 15_000 });
    const r = await ok(server.url, RoundOpinionsDocument, { id: round.id, status: 'PENDING' }, await p.as('working'));
    expect(r.consultation?.opinions.edges.map((e) => [e.node.body, e.node.authorName, e.node.identity])).toContainEqual(
      ['全文建议：补充公众参与的渠道。', null, 'CITIZEN'],
    );
  });
});

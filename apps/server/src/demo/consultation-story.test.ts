import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import {
  DemoPublicDraftDocument,
  DemoPublicRoundDocument,
  DemoPublicRoundOpinionsDocument,
  type DemoPublicRoundOpinionsQuery,
  type DemoPublicRoundQuery,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { toChinaDate } from '../clock.js';
import { DEMO_DATE } from './story-data.js';

// The demo's round of public consultation (issue 14, “Demo”), read through the API on the demo's
// date: the supplies plan's 征求意见稿 is open to the public, and its opinions are in every state.

type Plan = DemoPublicRoundQuery['programs'][number]['plans'][number];

let server: TestServer;
let plans: Plan[];
let onDraft: NonNullable<DemoPublicRoundOpinionsQuery['draft']>;
const day = (iso: string) => toChinaDate(new Date(iso));

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  const token = await login(server.url, 'working@gongbian.test', PASSWORD);
  plans = present((await ok(server.url, DemoPublicRoundDocument, {}, token)).programs[0], 'the demo programme').plans;
  const draftId = present(supplies().drafts.at(-1), 'the supplies plan’s draft').id;
  onDraft = present((await ok(server.url, DemoPublicRoundOpinionsDocument, { draftId }, token)).draft, 'the draft');
});
afterAll(() => server.stop());

const supplies = () =>
  present(
    plans.find((p) => p.title.includes('应急物资储备')),
    'the supplies plan',
  );
const draft = () => present(supplies().drafts.at(-1), 'the supplies plan’s draft');
const round = () => present(draft().consultation, 'the supplies draft’s public round');
const opinions = () => present(onDraft.consultation, 'its round').opinions.edges.map((e) => e.node);

describe('the demo’s public consultation round', () => {
  it('puts the supplies plan’s 征求意见稿 to the public, in a round open on the demo date', () => {
    expect(supplies()).toMatchObject({ kind: 'SPECIAL', stage: 'CONSULTATION' });
    expect(draft()).toMatchObject({ stage: 'CONSULTATION', title: expect.stringContaining('征求意见稿') });
    expect(day(draft().createdAt) < DEMO_DATE).toBe(true);
    const r = round();
    expect(r.state).toBe('OPEN');
    expect(r.opensOn <= DEMO_DATE && DEMO_DATE <= r.closesOn).toBe(true);
    // The other plans have no round: the master plan's story stays what it was.
    const others = plans.filter((p) => p.id !== supplies().id).flatMap((p) => p.drafts);
    expect(others.filter((d) => d.consultation)).toEqual([]);
    for (const d of others) expect(d.threads.edges.filter((e) => e.node.source === 'PUBLIC')).toEqual([]);
  });

  it('has opinions pending, accepted, rejected and duplicate, sent before the demo date by varied senders', () => {
    const all = opinions();
    const r = round();
    expect(all).toHaveLength(r.received);
    const count = (s: string) => all.filter((o) => o.status === s).length;
    expect([count('PENDING'), count('ACCEPTED'), count('REJECTED'), count('DUPLICATE')]).toEqual([
      r.pending,
      r.accepted,
      r.rejected,
      r.duplicate,
    ]);
    for (const n of [r.pending, r.accepted, r.rejected, r.duplicate]) expect(n).toBeGreaterThan(0);
    for (const o of all) expect(day(o.submittedAt) >= r.opensOn && day(o.submittedAt) < DEMO_DATE).toBe(true);
    expect(new Set(all.map((o) => o.identity)).size).toBeGreaterThanOrEqual(5);
    expect(all.some((o) => o.authorName === null)).toBe(true);
    expect(all.some((o) => o.authorName !== null)).toBe(true);
    expect(all.some((o) => o.anchor === null)).toBe(true);
    expect(all.filter((o) => o.anchor).length).toBeGreaterThan(all.length / 2);
  });

  it('says why each rejected opinion is not taken up, and points each duplicate at an opinion it repeats', () => {
    for (const o of opinions().filter((x) => x.status === 'REJECTED')) expect(o.moderationNote).toBeTruthy();
    const ids = new Set(opinions().map((o) => o.id));
    for (const o of opinions().filter((x) => x.status === 'DUPLICATE')) {
      const original = present(o.duplicateOf, 'the opinion it repeats');
      expect(ids.has(original.id)).toBe(true);
      expect(original.status).not.toBe('DUPLICATE');
    }
  });

  it('makes each accepted opinion a public thread on that draft for the lead unit, one already answered', () => {
    const accepted = opinions().filter((o) => o.status === 'ACCEPTED');
    const threads = new Map(onDraft.threads.edges.map((e) => [e.node.id, e.node]));
    const publicThreads = [...threads.values()].filter((t) => t.source === 'PUBLIC');
    expect(publicThreads).toHaveLength(accepted.length);
    for (const o of accepted) {
      const t = present(threads.get(present(o.thread, 'its thread').id), 'its thread on the supplies draft');
      expect(t.source).toBe('PUBLIC');
      expect(t.assignedUnit.id).toBe(supplies().leadUnit.id);
      expect(t.quote).toBe(o.anchor?.quote ?? null);
      expect(t.externalAuthor).toContain(o.authorName ?? '匿名');
    }
    for (const o of opinions().filter((x) => x.status !== 'ACCEPTED')) expect(o.thread).toBeNull();
    expect(publicThreads.filter((t) => t.status !== 'OPEN')).toHaveLength(1);
  });

  it('lets anyone read the draft by its public address, without signing in', async () => {
    const view = present(
      (await ok(server.url, DemoPublicDraftDocument, { slug: round().slug })).publicDraft,
      'the public draft',
    );
    expect(view).toMatchObject({ title: draft().title, planTitle: supplies().title, state: 'OPEN' });
    expect(view.intro).toContain('征求意见');
    expect(view.blocks.length).toBeGreaterThanOrEqual(25);
    const text = view.blocks.map((b) => b.text).join('\n');
    for (const o of opinions()) if (o.anchor) expect(text).toContain(o.anchor.quote);
  });
});

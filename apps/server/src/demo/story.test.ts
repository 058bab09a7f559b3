import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import { DemoInboxDocument, DemoStoryDocument, type DemoStoryQuery } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { toChinaDate } from '../clock.js';
import { DEMO_DATE } from './story-data.js';

// The demo as `pnpm start` seeds it, read through the API on its own date: the document's
// sequence (issue 12 item 7) — 征求意见稿, then the solicitation meetings and the 专家论证会 with
// minutes and conclusions, reviews, then the 送审稿, and its approval under way.

let server: TestServer;
let story: DemoStoryQuery['programs'][number];
const day = (iso: string) => toChinaDate(new Date(iso));

beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  const token = await login(server.url, 'working@gongbian.test', PASSWORD);
  story = present((await ok(server.url, DemoStoryDocument, {}, token)).programs[0], 'the demo programme');
});
afterAll(() => server.stop());

const master = () =>
  present(
    story.plans.find((p) => p.kind === 'MASTER'),
    'the master plan',
  );
const meetingsOf = (kind: string) => story.meetings.edges.map((e) => e.node).filter((m) => m.kind === kind);

describe('the demo tells the document’s story', () => {
  it('is in phase 4 on its date, with the master plan’s 专家论证 approved and its 领导小组审议 pending', () => {
    expect(story.currentPhase?.order).toBe(4);
    const approvals = master().approvals.map((a) => [a.step, a.decision, a.meeting?.kind ?? null]);
    expect(approvals).toEqual([
      ['EXPERT_ARGUMENT', 'APPROVED', 'EXPERT_REVIEW'],
      ['LEADING_GROUP_REVIEW', 'PENDING', null],
    ]);
    expect(master().stage).toBe('REVIEW');
  });

  it('publishes the 征求意见稿 on 2020-10-30, as its milestone says, and the 送审稿 only after the meetings and reviews', () => {
    const [v1, v2] = master().drafts;
    expect([v1?.stage, v2?.stage]).toEqual(['CONSULTATION', 'REVIEW']);
    expect(day(present(v1, 'v1').createdAt)).toBe('2020-10-30');
    const sentForReview = day(present(v2, 'v2').createdAt);
    const held = story.meetings.edges.map((e) => e.node).filter((m) => m.kind !== 'LEADING_GROUP');
    expect(held.length).toBeGreaterThanOrEqual(3);
    for (const m of held) expect(day(m.startsAt) < sentForReview, m.title).toBe(true);
    for (const r of present(v1, 'v1').reviewAssignments) expect(r.status).not.toBe('INVITED');
    for (const a of master().approvals) expect(day(a.requestedAt) > sentForReview).toBe(true);
  });

  it('logs the 征求意见会 and the 专家论证会 with minutes, and the 专家论证会’s conclusion; the 领导小组会议 is ahead', () => {
    expect(meetingsOf('SOLICITATION')).toHaveLength(2);
    for (const m of [...meetingsOf('SOLICITATION'), ...meetingsOf('EXPERT_REVIEW')]) {
      expect(m.minutes.split('\n').length, m.title).toBeGreaterThan(2);
    }
    expect(meetingsOf('EXPERT_REVIEW').map((m) => m.conclusion?.verdict)).toEqual(['PASSED_WITH_REVISIONS']);
    const [leadingGroup] = meetingsOf('LEADING_GROUP');
    expect(day(present(leadingGroup, 'the leading group meeting').startsAt) > DEMO_DATE).toBe(true);
    expect(leadingGroup?.minutes).toBe('');
    for (const m of story.meetings.edges.map((e) => e.node))
      for (const item of m.actionItems) expect(present(item.dueOn, 'due') >= day(m.startsAt)).toBe(true);
  });

  it('has written reviews in every state, none overdue on its date', () => {
    const reviews = master().drafts.flatMap((d) => d.reviewAssignments);
    expect(new Set(reviews.map((r) => r.status))).toEqual(new Set(['INVITED', 'ACCEPTED', 'DECLINED', 'SUBMITTED']));
    expect(reviews.filter((r) => r.overdue)).toEqual([]);
  });

  it('carries the open opinions into the 送审稿 attached, moved and orphaned, and keeps the meetings’ opinions by their source', () => {
    const [v1, v2] = master().drafts.map((d) => d.threads.edges.map((e) => e.node));
    expect(new Set(v2?.map((t) => t.anchorState))).toEqual(new Set(['ATTACHED', 'MOVED', 'ORPHANED']));
    const fromMeetings = present(v1, 'v1').filter((t) => t.source === 'MEETING');
    expect(fromMeetings.length).toBeGreaterThan(0);
    for (const t of fromMeetings) expect(t.externalAuthor).toBeTruthy();
    // Every opinion on the 征求意见稿 was answered before the 送审稿 (the open ones live on in it).
    for (const t of present(v1, 'v1')) expect(t.status).not.toBe('OPEN');
  });

  it('has the 省发改委 liaison’s opinion on the 征求意见稿, as the document’s 征求意见 of departments asks', () => {
    const authors = master().drafts[0]?.threads.edges.map((e) => e.node.author?.unit?.name);
    expect(authors).toContain('省发展改革委');
  });

  it('dates the notices on the programme’s calendar, like everything else: the expert was invited to review the 送审稿 on 2021-07-12', async () => {
    const expert = await login(server.url, 'expert@gongbian.test', PASSWORD);
    const inbox = (await ok(server.url, DemoInboxDocument, {}, expert)).notifications;
    expect(inbox.length).toBeGreaterThan(0);
    for (const n of inbox) expect(day(n.at) <= DEMO_DATE, `${n.kind} on ${n.at}`).toBe(true);
    expect(inbox.filter((n) => n.kind === 'review.assigned').map((n) => day(n.at))).toContain('2021-07-12');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, present } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import {
  AcceptReviewDocument,
  AssignReviewDueDec1Document,
  ConcludeMeetingDocument,
  LogExpertReviewOnDocument,
  ProgrammePageAtHeadDocument,
  SetMilestoneStatusDocument,
  SetTopicStatusDocument,
  StartSealedReviewCommentDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';

// Two replicas on one database, as behind the load balancer.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer({ demo: false });
  b = await startTestServer({ demo: false, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.stop();
  await a.stop();
});

async function page(server: TestServer, p: Programme, token: string, first = 5) {
  const data = await ok(server.url, ProgrammePageAtHeadDocument, { id: p.programId, first }, token);
  return present(data.program, 'the programme');
}

/** What one read sends to the database of `server`. */
async function statementsOf(server: TestServer, read: () => Promise<unknown>): Promise<number> {
  const counter = queryCounter(server.app.services.ds);
  const before = counter.count;
  await read();
  return counter.count - before;
}

/** Makes `server`'s tailer hear of every event 300 ms late, as under load; returns the undo. */
function slowTailer(server: TestServer): () => void {
  const tailer = server.app.services.tailer;
  const wake = tailer.wake.bind(tailer);
  tailer.wake = () => new Promise<void>((r) => setTimeout(r, 300)).then(wake);
  return () => {
    tailer.wake = wake;
  };
}

describe('a programme’s overview and dashboard', () => {
  it('read what every viewer sees alike once per change, and show a write through another replica on the very next read', async () => {
    const p = await buildProgramme(a);
    const [leader, working] = [await p.as('leader'), await p.as('working')];
    const before = await page(a, p, leader);
    // Read again, unchanged: phases, milestones, gates, topics, plans, units, their co-units, the
    // figures and this viewer's feed are all kept from the first read (the session is read).
    const cached = await statementsOf(a, () => page(a, p, leader));
    const computed = await statementsOf(b, () => page(b, p, leader));
    expect(cached).toBeLessThanOrEqual(2);
    expect(cached).toBeLessThan(computed);

    // The seed's topics are all done, and were due last year: each reopened is overdue at once.
    const topics = before.topics.filter((t) => t.status === 'DONE');
    const milestones = before.phases.flatMap((ph) => ph.milestones).filter((m) => m.status !== 'DONE');
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(milestones.length).toBeGreaterThanOrEqual(2);
    const done = (list: { status: string; count: number }[]) => list.find((c) => c.status === 'DONE')?.count ?? 0;
    const undo = slowTailer(a);
    try {
      for (const [i, topic] of topics.slice(0, 2).entries()) {
        await ok(b.url, SetTopicStatusDocument, { id: topic.id, s: 'IN_PROGRESS' }, working);
        const now = await page(a, p, leader);
        expect(now.topics.find((t) => t.id === topic.id)?.status).toBe('IN_PROGRESS');
        expect(done(now.dashboard.topicsByStatus)).toBe(done(before.dashboard.topicsByStatus) - i - 1);
        expect(now.dashboard.overdueTopics.map((t) => t.id)).toContain(topic.id);
        const [gate] = now.phases[0]?.gate.conditions ?? [];
        expect(gate?.facts).toContainEqual({ name: 'done', value: String(done(now.dashboard.topicsByStatus)) });
        const entry = now.dashboard.recentActivity.find((e) => e.subjectId === topic.id);
        expect(entry).toMatchObject({
          kind: 'topic.updated',
          facts: expect.arrayContaining([{ name: 'status', value: 'IN_PROGRESS' }]),
        });
        expect(entry?.actor?.name).toBeTruthy();
      }
      const milestone = milestones[0] as (typeof milestones)[number];
      await ok(b.url, SetMilestoneStatusDocument, { id: milestone.id, s: 'DONE' }, working);
      const now = await page(a, p, leader);
      const shown = now.phases.flatMap((ph) => ph.milestones).find((m) => m.id === milestone.id);
      expect(shown?.status).toBe('DONE');
      expect(now.dashboard.recentActivity.map((e) => [e.kind, e.subjectId])).toContainEqual([
        'milestone.updated',
        milestone.id,
      ]);
    } finally {
      undo();
    }
  });

  it('count an expert review meeting as held once its conclusion is recorded, not when its date merely passes', async () => {
    // Issue 12: a 专家论证会 logged with a date and nothing concluded used to meet the gate as soon as
    // its date passed. Now its recorded conclusion (possible from its date on) is what holds it.
    const p = await buildProgramme(a);
    const leader = await p.as('leader');
    const working = await p.as('working');
    const logged = await ok(
      a.url,
      LogExpertReviewOnDocument,
      { p: p.programId, h: p.unitIds.guicai, at: '2020-11-20T02:00:00Z' },
      working,
    );
    const held = async () => {
      const phase3 = (await page(a, p, leader)).phases.find((ph) => ph.order === 3);
      const condition = phase3?.gate.conditions.find((c) => c.code === 'EXPERT_REVIEW_MEETING_HELD');
      return present(condition, 'the expert review condition');
    };
    expect((await held()).met).toBe(false);
    const clock = a.app.services.clock;
    clock.set('2020-11-21');
    try {
      expect((await held()).met).toBe(false);
      await ok(a.url, ConcludeMeetingDocument, { id: logged.logMeeting.meeting.id, verdict: 'PASSED' }, working);
      expect(await held()).toMatchObject({ met: true, facts: [{ name: 'held', value: '1' }] });
    } finally {
      clock.set('2020-11-16');
    }
  });

  it('show each viewer the feed the seal rule gives them, however they take turns', async () => {
    const p = await buildProgramme(a);
    const working = await p.as('working');
    const expert = await p.as('expert');
    const draft = await publish(a, await p.as('guicai'), await planLedBy(a, p, '规财处'));
    const assigned = await ok(a.url, AssignReviewDueDec1Document, { d: draft.id, e: p.personIds.expert }, working);
    await ok(a.url, AcceptReviewDocument, { id: assigned.assignReview.assignment.id }, expert);
    const sealed = await ok(a.url, StartSealedReviewCommentDocument, { d: draft.id, b: '评审意见（未提交）' }, expert);
    const threadId = sealed.startThread.thread.id;
    // The review is due on 2020-12-01 and not submitted: its comment is the expert's and the working group's.
    const sees = async (who: string) => {
      const feed = (await page(a, p, await p.as(who), 10)).dashboard.recentActivity;
      return feed.some((e) => e.subjectId === threadId);
    };
    const turns = ['working', 'leader', 'expert', 'kexin', 'working', 'leader', 'expert', 'admin', 'kexin'];
    const seen: string[] = [];
    for (const who of turns) if (await sees(who)) seen.push(who);
    expect(seen).toEqual(['working', 'expert', 'working', 'expert', 'admin']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { buildMeeting } from '#test/support/factories.js';
import {
  AddDueActionItemDocument,
  MeetingConclusionActivityDocument,
  MeetingConclusionDocument,
  MeetingDueActionItemsDocument,
  MoveMeetingToDocument,
  RecordConclusionDocument,
  SetMembershipsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  // The programme's today is 2020-11-16 (startTestServer's clock).
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const HELD = '2020-11-13T02:00:00Z';
const TOMORROW = '2020-11-17T02:00:00Z';

const expertReview = (p: Programme, startsAt = HELD) =>
  buildMeeting(server, p, { kind: 'EXPERT_REVIEW', title: '总体规划专家论证会', startsAt });

async function refusal(p: Programme, account: string, id: string, text = '原则通过，建议修改完善后报审。') {
  const r = await gql(server.url, RecordConclusionDocument, { id, verdict: 'PASSED', text }, await p.as(account));
  return r.errors?.[0]?.extensions;
}

async function conclusionOf(p: Programme, id: string) {
  return (await ok(server.url, MeetingConclusionDocument, { id }, await p.as('observer'))).meeting?.conclusion ?? null;
}

describe('meeting conclusions', () => {
  it('records an expert review’s conclusion, by the working group, once the meeting has been held', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await expertReview(p);
    const r = await ok(
      server.url,
      RecordConclusionDocument,
      { id: meeting.id, verdict: 'PASSED_WITH_REVISIONS', text: '  修改完善后通过。  ' },
      await p.as('working'),
    );
    expect(r.recordMeetingConclusion.meeting.conclusion).toMatchObject({
      verdict: 'PASSED_WITH_REVISIONS',
      text: '修改完善后通过。',
      recordedBy: { name: '林思远' },
    });
    expect(await conclusionOf(p, meeting.id)).toMatchObject({ verdict: 'PASSED_WITH_REVISIONS' });
    const feed = await ok(server.url, MeetingConclusionActivityDocument, { p: p.programId }, await p.as('observer'));
    expect(feed.program?.dashboard.recentActivity.map((a) => a.summary)).toContain(
      '林思远 记录了专家论证会「总体规划专家论证会」的结论：修改后通过',
    );
  });

  it('refuses a conclusion before the meeting’s day, and of kinds that have none, changing nothing', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const ahead = await expertReview(p, TOMORROW);
    expect(await refusal(p, 'working', ahead.id)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CONCLUSION_BEFORE_MEETING',
      facts: { date: '2020-11-17' },
    });
    expect(await conclusionOf(p, ahead.id)).toBeNull();
    const symposium = await buildMeeting(server, p, { kind: 'SYMPOSIUM', startsAt: HELD });
    expect(await refusal(p, 'working', symposium.id)).toMatchObject({ reason: 'CONCLUSION_MEETING_KIND' });
    expect(await conclusionOf(p, symposium.id)).toBeNull();
    const held = await expertReview(p);
    expect(await refusal(p, 'working', held.id, '   ')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONCLUSION_TEXT_REQUIRED',
    });
    expect(await conclusionOf(p, held.id)).toBeNull();
  });

  it('leaves an expert review’s conclusion to the working group alone', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await expertReview(p);
    for (const account of ['leader', 'guicai', 'expert', 'observer']) {
      expect(await refusal(p, account, meeting.id), account).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'CONCLUSION_ROLE',
      });
    }
    expect(await conclusionOf(p, meeting.id)).toBeNull();
    const asked = await ok(server.url, MeetingConclusionDocument, { id: meeting.id }, await p.as('leader'));
    expect(asked.meeting?.viewerCan.recordConclusion).toBe(false);
  });

  it('lets a member of the leading group record a leading group meeting’s conclusion, by role or membership', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await buildMeeting(server, p, { kind: 'LEADING_GROUP', title: '领导小组会议', startsAt: HELD });
    expect(await refusal(p, 'guicai', meeting.id)).toMatchObject({ reason: 'CONCLUSION_ROLE' });
    await ok(
      server.url,
      RecordConclusionDocument,
      { id: meeting.id, verdict: 'PASSED', text: '审议通过。' },
      await p.as('leader'),
    );
    await ok(
      server.url,
      SetMembershipsDocument,
      { id: p.personIds.guicai, memberships: [{ group: 'LEADING_GROUP', title: '成员' }] },
      await p.as('working'),
    );
    const r = await ok(
      server.url,
      RecordConclusionDocument,
      { id: meeting.id, verdict: 'NOT_PASSED', text: '暂缓审议。' },
      await p.as('guicai'),
    );
    expect(r.recordMeetingConclusion.meeting.conclusion).toMatchObject({
      verdict: 'NOT_PASSED',
      text: '暂缓审议。',
      recordedBy: { name: '吴佳琪' },
    });
  });

  it('replaces a conclusion recorded again, and the log keeps the one replaced', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await expertReview(p);
    const token = await p.as('working');
    await ok(server.url, RecordConclusionDocument, { id: meeting.id, verdict: 'NOT_PASSED', text: '初稿' }, token);
    await ok(server.url, RecordConclusionDocument, { id: meeting.id, verdict: 'PASSED', text: '更正' }, token);
    expect(await conclusionOf(p, meeting.id)).toMatchObject({ verdict: 'PASSED', text: '更正' });
    const logged: { payload: Record<string, unknown> }[] = await server.app.services.ds.query(
      `SELECT payload FROM event WHERE kind = 'meeting.conclusion' AND subject_id = $1 ORDER BY id`,
      [meeting.id],
    );
    expect(logged.map((e) => e.payload)).toEqual([
      { verdict: 'NOT_PASSED', text: '初稿' },
      { verdict: 'PASSED', text: '更正', replaced: { verdict: 'NOT_PASSED', text: '初稿' } },
    ]);
  });
});

describe('action items and their meeting’s day', () => {
  it('refuses an action item falling due before its meeting, and a meeting moved past its items’ due dates', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // Held on 2020-11-20 (Beijing time).
    const meeting = await buildMeeting(server, p, { startsAt: '2020-11-20T06:30:00Z' });
    const token = await p.as('working');
    const early = await gql(
      server.url,
      AddDueActionItemDocument,
      { id: meeting.id, unit: p.unitIds.guicai, due: '2020-11-19' },
      token,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACTION_ITEM_DUE_BEFORE_MEETING',
      facts: { date: '2020-11-20' },
    });
    await ok(
      server.url,
      AddDueActionItemDocument,
      { id: meeting.id, unit: p.unitIds.guicai, due: '2020-11-20' },
      token,
    );
    const moved = await gql(server.url, MoveMeetingToDocument, { id: meeting.id, at: '2020-11-21T01:00:00Z' }, token);
    expect(moved.errors?.[0]?.extensions).toMatchObject({ reason: 'ACTION_ITEM_DUE_BEFORE_MEETING' });
    const after = await ok(server.url, MeetingDueActionItemsDocument, { id: meeting.id }, token);
    expect(after.meeting?.startsAt).toBe('2020-11-20T06:30:00.000Z');
    expect(after.meeting?.actionItems.map((i) => i.dueOn)).toEqual(['2020-11-20']);
    // Earlier is always fine: the work still follows the meeting.
    await ok(server.url, MoveMeetingToDocument, { id: meeting.id, at: '2020-11-18T01:00:00Z' }, token);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, present } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import { buildMeeting } from '#test/support/factories.js';
import {
  DecideApprovalDocument,
  RemindAddActionItemDocument,
  RemindInboxDocument,
  RemindLateTopicDocument,
  RemindOpinionDocument,
  RemindTopicsDocument,
  RequestApprovalDocument,
} from '#test/support/generated/graphql.js';
import { buildExpertMeeting } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// 督查 reminders run from every replica's periodic chores; the tests run those chores by hand on
// the programme clock (fixed at 2020-11-16, a Monday), as several replicas would.
let server: TestServer;
let replica: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  replica = await startTestServer({ demo: false, databaseUrl: server.databaseUrl });
});
afterAll(async () => {
  await replica.stop();
  await server.stop();
});

function setDay(day: string) {
  server.app.services.clock.set(day);
  replica.app.services.clock.set(day);
}

/** The reminders of a programme, per person and subject: how many each has had. */
async function reminders(
  p: Programme,
  kind = 'overdue',
): Promise<{ person_id: string; subject_id: string; n: number }[]> {
  return server.app.services.ds.query(
    `SELECT person_id, subject_id, count(*)::int AS n FROM notification
      WHERE program_id = $1 AND kind = $2 GROUP BY person_id, subject_id ORDER BY person_id, subject_id`,
    [p.programId, kind],
  );
}

async function membersOf(p: Programme, unitId: string): Promise<string[]> {
  const rows: { id: string }[] = await server.app.services.ds.query(
    'SELECT id FROM person WHERE program_id = $1 AND unit_id = $2 ORDER BY id',
    [p.programId, unitId],
  );
  return rows.map((r) => r.id);
}

/** Topic 5 (led by 规财处, due 2019-11-30) reopened: overdue on the demo date. */
async function lateTopic(p: Programme) {
  const { program } = await ok(server.url, RemindTopicsDocument, { id: p.programId }, await p.as('working'));
  const topic = present(
    present(program, 'the programme').topics.find((t) => t.number === 5),
    'topic 5',
  );
  await ok(server.url, RemindLateTopicDocument, { id: topic.id, s: 'IN_PROGRESS' }, await p.as('working'));
  return topic;
}

describe('overdue reminders (督查)', () => {
  it('tells each member of the owning unit once per programme day, however often and wherever the job runs', async () => {
    const p = await buildProgramme(server);
    const topic = await lateTopic(p);
    const members = await membersOf(p, p.unitIds.guicai);
    expect(members).toContain(p.personIds.guicai);
    try {
      await server.app.runChores();
      await server.app.runChores();
      await Promise.all([server.app.runChores(), replica.app.runChores()]);
      expect(await reminders(p)).toEqual(members.map((person_id) => ({ person_id, subject_id: topic.id, n: 1 })));

      const inbox = await ok(server.url, RemindInboxDocument, {}, await p.as('guicai'));
      const notice = present(
        inbox.notifications.find((n) => n.kind === 'overdue'),
        'the reminder',
      );
      expect(notice.summary).toBe(`课题5「${topic.title}」已逾期 352 天（应于 2019-11-30 完成）`);
      expect(notice.subjectId).toBe(topic.id);
      // Stamped on the programme clock, not the wall clock.
      expect(String(notice.at).slice(0, 10)).toMatch(/^2020-11-1[56]$/);

      setDay('2020-11-17');
      await Promise.all([server.app.runChores(), replica.app.runChores()]);
      expect(await reminders(p)).toEqual(members.map((person_id) => ({ person_id, subject_id: topic.id, n: 2 })));
    } finally {
      setDay('2020-11-16');
    }
  });

  it('says nothing of an item once it is done, nor of anything not yet due', async () => {
    const p = await buildProgramme(server);
    const topic = await lateTopic(p);
    await ok(server.url, RemindLateTopicDocument, { id: topic.id, s: 'DONE' }, await p.as('working'));
    await server.app.runChores();
    expect(await reminders(p)).toEqual([]);
  });

  it('reminds the owning unit of an overdue meeting action item', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await buildMeeting(server, p, { host: 'guicai', startsAt: '2020-11-02T02:00:00Z' });
    const { addActionItem } = await ok(
      server.url,
      RemindAddActionItemDocument,
      { input: { meetingId: meeting.id, title: '报送修改意见', ownerUnitId: p.unitIds.kexin, dueOn: '2020-11-10' } },
      await p.as('working'),
    );
    await server.app.runChores();
    const members = await membersOf(p, p.unitIds.kexin);
    expect(await reminders(p)).toEqual(
      members.map((person_id) => ({ person_id, subject_id: addActionItem.actionItem.id, n: 1 })),
    );
    const inbox = await ok(server.url, RemindInboxDocument, {}, await p.as('kexin'));
    expect(inbox.notifications.find((n) => n.kind === 'overdue')?.summary).toBe(
      '会议事项「报送修改意见」已逾期 6 天（应于 2020-11-10 完成）',
    );
  });
});

describe('the weekly digest', () => {
  it('tells each person once a week what is overdue for their unit and the opinions waiting for its answer', async () => {
    const p = await buildProgramme(server);
    const topic = await lateTopic(p);
    // An opinion on the master plan (规财处 answers it), raised today.
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    await ok(server.url, RemindOpinionDocument, { draftId: draft.id, body: '建议补充指标说明。' }, await p.as('kexin'));
    try {
      await Promise.all([server.app.runChores(), replica.app.runChores()]);
      await server.app.runChores();
      const digest = async (account: string) =>
        (await ok(server.url, RemindInboxDocument, {}, await p.as(account))).notifications.filter(
          (n) => n.kind === 'digest',
        );
      const [guicai] = await digest('guicai');
      expect(guicai?.summary).toBe(
        `本周督查提示：本单位逾期事项 1 项；待本单位答复的意见 0 条；待您完成的评审 0 项。逾期：课题5「${topic.title}」`,
      );
      expect(await digest('guicai')).toHaveLength(1);
      // Nothing waits for 科信处 in this programme: no empty digest.
      expect(await digest('kexin')).toEqual([]);

      setDay('2020-11-22');
      await server.app.runChores();
      expect(await digest('guicai')).toHaveLength(1);
      setDay('2020-11-23');
      await server.app.runChores();
      const [newest, ...older] = await digest('guicai');
      expect(older).toHaveLength(1);
      // A week on, the opinion has waited since an earlier day.
      expect(newest?.summary).toMatch(/^本周督查提示：本单位逾期事项 1 项；待本单位答复的意见 1 条；/);
    } finally {
      setDay('2020-11-16');
    }
  });

  it('tells the leading group of a plan waiting for its review', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const working = await p.as('working');
    const planId = await planLedBy(server, p, '科信处');
    const draft = await publish(server, await p.as('kexin'), planId, { stage: 'REVIEW' });
    const meetingId = await buildExpertMeeting(server, p, planId);
    const expert = (
      await ok(server.url, RequestApprovalDocument, { draftId: draft.id, step: 'EXPERT_ARGUMENT' }, working)
    ).requestApproval.approval;
    await ok(
      server.url,
      DecideApprovalDocument,
      { id: expert.id, decision: 'APPROVED', opinion: '论证通过。', meetingId, expectedVersion: expert.version },
      working,
    );
    await ok(server.url, RequestApprovalDocument, { draftId: draft.id, step: 'LEADING_GROUP_REVIEW' }, working);
    const digests = async () =>
      (await ok(server.url, RemindInboxDocument, {}, await p.as('leader'))).notifications
        .filter((n) => n.kind === 'digest')
        .map((n) => n.summary);
    // The digest is about what has waited since an earlier day: not the request made this morning.
    await server.app.runChores();
    expect(await digests()).toEqual([]);
    try {
      setDay('2020-11-17');
      await server.app.runChores();
      expect(await digests()).toEqual([
        '本周督查提示：本单位逾期事项 0 项；待本单位答复的意见 0 条；待您完成的评审 0 项；待您所在小组决定的审批 1 项',
      ]);
    } finally {
      setDay('2020-11-16');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present, queryText } from '#test/support/client.js';
import {
  ProgramScheduleDocument,
  UpdateMilestoneDocument,
  UpdateTopicDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { toChinaDate } from '../../clock.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function overview(p: Programme, account = 'working') {
  const r = await ok(server.url, ProgramScheduleDocument, { id: p.programId }, await p.as(account));
  return { program: present(r.program, 'the programme') };
}

describe('the programme of the seed', () => {
  it('has four phases, the five 1+X plans with their lead units, all 22 topics of 附件2 and the 省发改委 topic', async () => {
    const p = await buildProgramme(server);
    const { program } = await overview(p);
    expect(program.phases.map((ph) => ph.order)).toEqual([1, 2, 3, 4]);
    expect(program.plans).toHaveLength(5);
    expect(program.plans.filter((pl) => pl.kind === 'MASTER').map((pl) => pl.leadUnit.shortName)).toEqual(['规财处']);
    expect(program.plans.find((pl) => pl.title.includes('科技与装备'))?.coUnits.map((u) => u.shortName)).toEqual([
      '安科院',
    ]);
    expect(program.topics.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('on 2020-11-16 is inside phase 3 with phases 1 and 2 done and nothing overdue', async () => {
    const p = await buildProgramme(server);
    const { program } = await overview(p);
    expect(program.currentPhase?.order).toBe(3);
    expect(program.phases.map((ph) => ph.status)).toEqual(['DONE', 'DONE', 'IN_PROGRESS', 'PLANNED']);
    expect(program.phases[0]?.progress).toBe(1);
    expect(program.topics.every((t) => t.status === 'DONE' && !t.overdue)).toBe(true);
    expect(program.phases.flatMap((ph) => ph.milestones).filter((m) => m.overdue)).toEqual([]);
  });

  it('derives overdue, status and the current phase from the clock', async () => {
    const p = await buildProgramme(server);
    server.app.services.clock.set('2021-08-15');
    try {
      const { program } = await overview(p);
      expect(program.currentPhase?.order).toBe(4);
      const phase3 = program.phases[2];
      const open = phase3?.milestones.filter((m) => m.status !== 'DONE') ?? [];
      expect(open.length).toBeGreaterThan(0);
      for (const m of open) expect(m.overdue).toBe(m.dueOn < '2021-08-15');
      expect(program.phases[3]?.status).toBe('IN_PROGRESS');
      const done = phase3?.milestones.filter((m) => m.status === 'DONE').length ?? 0;
      expect(phase3?.progress).toBeCloseTo(done / (phase3?.milestones.length ?? 1));
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  it('counts a topic overdue once its due date has passed unfinished', async () => {
    const p = await buildProgramme(server);
    const { program } = await overview(p);
    const topic = present(program.topics[4], 'a fifth topic');
    await ok(
      server.url,
      UpdateTopicDocument,
      { id: topic.id, s: 'IN_PROGRESS', n: '补充调研中' },
      await p.as('working'),
    );
    const after = await overview(p);
    expect(after.program.topics[4]).toMatchObject({ status: 'IN_PROGRESS', overdue: true });
  });
});

describe('updating milestones and topics', () => {
  it('lets the working group change any milestone, and records when it was completed', async () => {
    const p = await buildProgramme(server);
    const m = present(
      (await overview(p)).program.phases[2]?.milestones.find((x) => x.status === 'IN_PROGRESS'),
      'a milestone in progress',
    );
    const r = await ok(server.url, UpdateMilestoneDocument, { id: m.id, s: 'DONE' }, await p.as('working'));
    expect(r.updateMilestone.milestone.status).toBe('DONE');
    // The programme's day is Zhejiang's (UTC+8).
    expect(toChinaDate(new Date(r.updateMilestone.milestone.completedAt as string))).toBe('2020-11-16');
  });

  it('lets a unit member change their own unit’s milestone and refuses another unit’s', async () => {
    const p = await buildProgramme(server);
    const milestones = (await overview(p)).program.phases.flatMap((ph) => ph.milestones);
    const own = present(
      milestones.find((m) => m.ownerUnit?.id === p.unitIds.guicai && m.status !== 'DONE'),
      'an unfinished milestone of 规财处',
    );
    expect(
      (await overview(p, 'guicai')).program.phases.flatMap((ph) => ph.milestones).find((m) => m.id === own.id)
        ?.canUpdate,
    ).toBe(true);
    await ok(server.url, UpdateMilestoneDocument, { id: own.id, s: 'BLOCKED' }, await p.as('guicai'));

    const refused = await gql(server.url, UpdateMilestoneDocument, { id: own.id, s: 'DONE' }, await p.as('kexin'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = (await overview(p)).program.phases.flatMap((ph) => ph.milestones).find((m) => m.id === own.id);
    expect(after?.status).toBe('BLOCKED');
    expect(
      (await overview(p, 'kexin')).program.phases.flatMap((ph) => ph.milestones).find((m) => m.id === own.id)
        ?.canUpdate,
    ).toBe(false);
  });

  it.each(['leader', 'expert', 'observer'])(
    'refuses a milestone or topic change from %s and changes nothing',
    async (account) => {
      const p = await buildProgramme(server);
      const before = await overview(p);
      const m = present(before.program.phases[2]?.milestones[0], 'a milestone in phase 3');
      const t = present(before.program.topics[0], 'a topic');
      const token = await p.as(account);
      const r1 = await gql(server.url, UpdateMilestoneDocument, { id: m.id, s: 'BLOCKED' }, token);
      const r2 = await gql(server.url, UpdateTopicDocument, { id: t.id, s: 'BLOCKED' }, token);
      expect(r1.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r2.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await overview(p)).toEqual(before);
    },
  );

  it('lets a unit member update the topics their unit leads, with a progress note', async () => {
    const p = await buildProgramme(server);
    const topics = (await overview(p)).program.topics;
    const own = present(
      topics.find((t) => t.leadUnit.id === p.unitIds.kexin),
      'a topic 科信处 leads',
    );
    const other = present(
      topics.find((t) => t.leadUnit.id !== p.unitIds.kexin),
      'a topic another unit leads',
    );
    const r = await ok(
      server.url,
      UpdateTopicDocument,
      { id: own.id, s: 'IN_PROGRESS', n: '根据专家意见补充完善' },
      await p.as('kexin'),
    );
    expect(r.updateTopic.topic).toMatchObject({
      status: 'IN_PROGRESS',
      progressNote: '根据专家意见补充完善',
      completedAt: null,
    });
    const refused = await gql(server.url, UpdateTopicDocument, { id: other.id, s: 'IN_PROGRESS' }, await p.as('kexin'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers an unknown id with NOT_FOUND, a malformed one with BAD_USER_INPUT naming the field, and nobody with UNAUTHENTICATED', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('working');
    const missing = await gql(
      server.url,
      UpdateMilestoneDocument,
      { id: '00000000-0000-4000-8000-000000000000', s: 'DONE' },
      token,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await gql(server.url, UpdateMilestoneDocument, { id: 'not-an-id', s: 'DONE' }, token);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toContain('input.milestoneId');
    // A status outside the schema's enum: sent as text, since the typed document would not allow it.
    const badEnum = await gql(server.url, queryText(UpdateMilestoneDocument), { id: 'x', s: 'FINISHED' }, token);
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await gql(server.url, UpdateMilestoneDocument, {
      id: '00000000-0000-4000-8000-000000000000',
      s: 'DONE',
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify([missing, malformed, badEnum, anonymous])).not.toContain('stacktrace');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, ok, present, wsClient } from '#test/support/client.js';
import {
  KeepCreateMilestoneDocument,
  KeepCreatePlanDocument,
  KeepCreateTopicDocument,
  KeepUpdatePlanDocument,
  KeptProgrammeDocument,
  ProgramActivitySummariesDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function kept(p: Programme) {
  const r = await ok(server.url, KeptProgrammeDocument, { id: p.programId }, await p.as('working'));
  return present(r.program, 'the programme');
}

/** The log's summaries of a programme's events of one kind, oldest first. */
async function summaries(p: Programme, kind: string): Promise<string[]> {
  const rows: { summary: string }[] = await server.app.services.ds.query(
    'SELECT summary FROM event WHERE program_id = $1 AND kind = $2 ORDER BY id',
    [p.programId, kind],
  );
  return rows.map((r) => r.summary);
}

const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};

function newPlan(p: Programme, over: Record<string, unknown> = {}) {
  return {
    programId: p.programId,
    title: '浙江省安全生产“十四五”规划',
    kind: 'SPECIAL' as const,
    leadUnitId: p.unitIds.jianzai,
    coUnitIds: [p.unitIds.fangxun, p.unitIds.zhihui],
    issuance: '拟以部门文件印发',
    ...over,
  };
}

describe('plans kept by the working group', () => {
  it('creates a plan at the end of the list, at the outline, version 1, and tells the feed in Chinese', async () => {
    const p = await buildProgramme(server);
    const client = wsClient(server.url, await p.as('leader'));
    // Followed from where the log stood before the write: it is replayed if it lands first.
    const after = (await kept(p)).eventCursor;
    const feed = collect(client, ProgramActivitySummariesDocument, { id: p.programId, after });
    try {
      const { createPlan } = await ok(server.url, KeepCreatePlanDocument, { input: newPlan(p) }, await p.as('working'));
      expect(createPlan.plan).toMatchObject({
        title: '浙江省安全生产“十四五”规划',
        kind: 'SPECIAL',
        stage: 'OUTLINE',
        issuance: '拟以部门文件印发',
        version: 1,
        leadUnit: { id: p.unitIds.jianzai },
        coUnits: [{ id: p.unitIds.fangxun }, { id: p.unitIds.zhihui }],
      });
      const plans = (await kept(p)).plans;
      expect(plans).toHaveLength(6);
      expect(plans.at(-1)?.title).toBe('浙江省安全生产“十四五”规划');
      const [summary] = await summaries(p, 'plan.created');
      expect(summary).toMatch(/新增规划《浙江省安全生产“十四五”规划》/);
      await feed.until(1);
      const said = feed.received.map(
        (m) => (m as { programEvents: { activity: { summary: string } | null } }).programEvents.activity?.summary,
      );
      expect(said).toContain(summary);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('refuses a plan from a unit member, the leading group, with an empty title or with bad units, creating nothing', async () => {
    const p = await buildProgramme(server);
    const other = await buildProgramme(server);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['guicai', {}, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['leader', {}, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { title: '   ' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', { leadUnitId: other.unitIds.jianzai }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', { coUnitIds: [other.unitIds.fangxun] }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', { coUnitIds: [p.unitIds.jianzai] }, 'BAD_USER_INPUT', 'LEAD_UNIT_AMONG_CO_UNITS'],
      ['working', { coUnitIds: [p.unitIds.fangxun, p.unitIds.fangxun] }, 'BAD_USER_INPUT', 'CO_UNIT_TWICE'],
    ];
    for (const [account, over, code, reason] of cases) {
      const r = await gql(server.url, KeepCreatePlanDocument, { input: newPlan(p, over) }, await p.as(account));
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect((await kept(p)).plans).toHaveLength(5);
    expect(await summaries(p, 'plan.created')).toEqual([]);
  });

  it('edits a plan’s title, units and 印发形式, raising its version each time', async () => {
    const p = await buildProgramme(server);
    const plan = present(
      (await kept(p)).plans.find((x) => x.title.includes('应急物资储备')),
      'the supplies plan',
    );
    expect(plan.version).toBe(1);
    const admin = await p.as('admin');
    const first = await ok(
      server.url,
      KeepUpdatePlanDocument,
      { input: { planId: plan.id, coUnitIds: [p.unitIds.fangxun], issuance: '拟以部门文件印发', expectedVersion: 1 } },
      admin,
    );
    expect(first.updatePlan.plan).toMatchObject({
      version: 2,
      title: plan.title,
      issuance: '拟以部门文件印发',
      coUnits: [{ id: p.unitIds.fangxun }],
    });
    const second = await ok(
      server.url,
      KeepUpdatePlanDocument,
      { input: { planId: plan.id, title: '浙江省应急物资保障“十四五”规划', issuance: null, expectedVersion: 2 } },
      await p.as('working'),
    );
    expect(second.updatePlan.plan).toMatchObject({
      version: 3,
      title: '浙江省应急物资保障“十四五”规划',
      issuance: null,
    });
    const now = present(
      (await kept(p)).plans.find((x) => x.id === plan.id),
      'the plan',
    );
    expect(now).toMatchObject({
      version: 3,
      title: '浙江省应急物资保障“十四五”规划',
      coUnits: [{ id: p.unitIds.fangxun }],
    });
    expect(await summaries(p, 'plan.updated')).toEqual([
      expect.stringMatching(/修改了规划《浙江省应急物资储备“十四五”规划》的配合单位、印发形式/),
      expect.stringMatching(/修改了规划《浙江省应急物资保障“十四五”规划》的名称、印发形式/),
    ]);
  });

  it('refuses an edit from a stale version with CONFLICT and the plan as it stands, changing nothing', async () => {
    const p = await buildProgramme(server);
    const plan = present((await kept(p)).plans[1], 'a plan');
    const working = await p.as('working');
    await ok(
      server.url,
      KeepUpdatePlanDocument,
      { input: { planId: plan.id, title: '甲', expectedVersion: 1 } },
      working,
    );
    const stale = await gql(
      server.url,
      KeepUpdatePlanDocument,
      { input: { planId: plan.id, title: '乙', expectedVersion: 1 } },
      await p.as('admin'),
    );
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_CHANGED',
      facts: { version: '2' },
      current: { version: 2, title: '甲' },
    });
    expect((await kept(p)).plans[1]).toMatchObject({ title: '甲', version: 2 });
  });

  it('refuses edits from the plan’s own lead unit, and bad units, leaving the plan as it was', async () => {
    const p = await buildProgramme(server);
    const plan = present(
      (await kept(p)).plans.find((x) => x.title.includes('科技与装备')),
      'the tech plan',
    );
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['kexin', { title: '改名' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['expert', { title: '改名' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { title: '' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', {}, 'BAD_USER_INPUT', 'NOTHING_TO_CHANGE'],
      [
        'working',
        { leadUnitId: p.unitIds.zhihui, coUnitIds: [p.unitIds.zhihui] },
        'BAD_USER_INPUT',
        'LEAD_UNIT_AMONG_CO_UNITS',
      ],
      ['working', { leadUnitId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
    ];
    for (const [account, over, code, reason] of cases) {
      const r = await gql(
        server.url,
        KeepUpdatePlanDocument,
        { input: { planId: plan.id, expectedVersion: 1, ...over } },
        await p.as(account),
      );
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect(
      present(
        (await kept(p)).plans.find((x) => x.id === plan.id),
        'the plan',
      ),
    ).toEqual(plan);
  });
});

describe('research topics and milestones kept by the working group', () => {
  const topic = (p: Programme, over: Record<string, unknown> = {}) => ({
    programId: p.programId,
    title: '应急避难场所布局研究',
    content: '摸清全省应急避难场所现状，提出布局优化建议。',
    leadUnitId: p.unitIds.jianzai,
    coUnitIds: [p.unitIds.fangxun],
    dueOn: '2021-03-31',
    ...over,
  });

  it('numbers a new topic after the existing ones', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const a = await ok(server.url, KeepCreateTopicDocument, { input: topic(p) }, working);
    const b = await ok(
      server.url,
      KeepCreateTopicDocument,
      { input: topic(p, { title: '第二个', dueOn: null }) },
      working,
    );
    expect(a.createTopic.topic).toMatchObject({
      number: 24,
      status: 'PLANNED',
      dueOn: '2021-03-31',
      leadUnit: { id: p.unitIds.jianzai },
      coUnits: [{ id: p.unitIds.fangxun }],
    });
    expect(b.createTopic.topic).toMatchObject({ number: 25, dueOn: null });
    expect((await kept(p)).topics.map((t) => t.number).slice(-3)).toEqual([23, 24, 25]);
    expect(await summaries(p, 'topic.created')).toEqual([
      expect.stringMatching(/新增调研课题24「应急避难场所布局研究」/),
      expect.stringMatching(/新增调研课题25「第二个」/),
    ]);
  });

  it('numbers topics created at the same moment one after the other', async () => {
    const p = await buildProgramme(server);
    const [working, admin] = [await p.as('working'), await p.as('admin')];
    const made = await Promise.all(
      ['甲', '乙', '丙'].map((title, i) =>
        ok(server.url, KeepCreateTopicDocument, { input: topic(p, { title }) }, i % 2 ? admin : working),
      ),
    );
    expect(made.map((m) => m.createTopic.topic.number).sort()).toEqual([24, 25, 26]);
  });

  it('refuses topics from others, without content, due outside the programme or with bad units, creating none', async () => {
    const p = await buildProgramme(server);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['jiuyuan', {}, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['observer', {}, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { title: '' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', { content: ' ' }, 'BAD_USER_INPUT', 'CONTENT_REQUIRED'],
      ['working', { dueOn: '2022-01-01' }, 'BAD_USER_INPUT', 'DUE_OUTSIDE_PROGRAMME'],
      ['working', { coUnitIds: [p.unitIds.jianzai] }, 'BAD_USER_INPUT', 'LEAD_UNIT_AMONG_CO_UNITS'],
    ];
    for (const [account, over, code, reason] of cases) {
      const r = await gql(server.url, KeepCreateTopicDocument, { input: topic(p, over) }, await p.as(account));
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect((await kept(p)).topics).toHaveLength(23);
  });

  it('adds a milestone at the end of a phase, with or without an owning unit', async () => {
    const p = await buildProgramme(server);
    const phase3 = present(
      (await kept(p)).phases.find((ph) => ph.order === 3),
      'phase 3',
    );
    const r = await ok(
      server.url,
      KeepCreateMilestoneDocument,
      { input: { phaseId: phase3.id, title: '召开规划衔接会', dueOn: '2021-01-15', ownerUnitId: p.unitIds.guicai } },
      await p.as('working'),
    );
    expect(r.createMilestone.milestone).toMatchObject({
      title: '召开规划衔接会',
      dueOn: '2021-01-15',
      status: 'PLANNED',
      ownerUnit: { id: p.unitIds.guicai },
    });
    const plain = await ok(
      server.url,
      KeepCreateMilestoneDocument,
      { input: { phaseId: phase3.id, title: '汇总意见', dueOn: '2021-02-01' } },
      await p.as('admin'),
    );
    expect(plain.createMilestone.milestone.ownerUnit).toBeNull();
    const titles = present(
      (await kept(p)).phases.find((ph) => ph.order === 3),
      'phase 3',
    ).milestones.map((m) => m.title);
    expect(titles.slice(-2)).toEqual(['召开规划衔接会', '汇总意见']);
    expect(await summaries(p, 'milestone.created')).toEqual([
      expect.stringMatching(/在「规划编制与衔接」阶段新增里程碑「召开规划衔接会」（2021-01-15）/),
      expect.stringMatching(/新增里程碑「汇总意见」/),
    ]);
  });

  it('refuses a milestone from a unit member, due outside its phase, or in another programme’s phase', async () => {
    const p = await buildProgramme(server);
    const other = await buildProgramme(server);
    const phase3 = present(
      (await kept(p)).phases.find((ph) => ph.order === 3),
      'phase 3',
    );
    const elsewhere = present((await kept(other)).phases[0], 'a phase elsewhere');
    const input = { phaseId: phase3.id, title: '召开规划衔接会', dueOn: '2021-01-15' };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['guicai', {}, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { dueOn: '2021-07-01' }, 'BAD_USER_INPUT', 'DUE_OUTSIDE_PROGRAMME'],
      ['working', { title: ' ' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', { ownerUnitId: other.unitIds.guicai }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', { phaseId: elsewhere.id }, 'NOT_FOUND', 'PHASE_NOT_FOUND'],
    ];
    for (const [account, over, code, reason] of cases) {
      const r = await gql(
        server.url,
        KeepCreateMilestoneDocument,
        { input: { ...input, ...over } },
        await p.as(account),
      );
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect(await summaries(p, 'milestone.created')).toEqual([]);
  });
});

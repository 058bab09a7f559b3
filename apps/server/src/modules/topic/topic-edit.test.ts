import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import {
  EditingProgrammeDocument,
  EditTopicFieldsDocument,
  EditTopicStatusDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function topics(p: Programme) {
  const r = await ok(server.url, EditingProgrammeDocument, { id: p.programId }, await p.as('working'));
  return present(r.program, 'the programme').topics;
}

async function firstTopic(p: Programme) {
  return present((await topics(p))[0], 'a research topic');
}

async function editEvents(
  p: Programme,
): Promise<{ summary: string; payload: { version: number; changed: string[] } }[]> {
  return server.app.services.ds.query(
    `SELECT summary, payload FROM event WHERE program_id = $1 AND kind = 'topic.edited' ORDER BY id`,
    [p.programId],
  );
}

const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};

describe('editing a research topic', () => {
  it('changes its title, content, units and due date, raises its version and tells the log what changed', async () => {
    const p = await buildProgramme(server);
    const topic = await firstTopic(p);
    expect(topic.version).toBe(1);
    const { editTopic } = await ok(
      server.url,
      EditTopicFieldsDocument,
      {
        input: {
          topicId: topic.id,
          title: '  海岛应急物资保障布点研究 ',
          content: '研究海岛地区应急物资储备库的布点。',
          leadUnitId: p.unitIds.jiuyuan,
          coUnitIds: [p.unitIds.zhihui],
          dueOn: '2021-03-31',
          expectedVersion: 1,
        },
      },
      await p.as('working'),
    );
    expect(editTopic.topic).toMatchObject({
      title: '海岛应急物资保障布点研究',
      content: '研究海岛地区应急物资储备库的布点。',
      dueOn: '2021-03-31',
      version: 2,
      leadUnit: { id: p.unitIds.jiuyuan },
      coUnits: [{ id: p.unitIds.zhihui }],
    });
    // The programme's pages read it so.
    expect((await topics(p)).find((t) => t.id === topic.id)).toMatchObject({
      title: '海岛应急物资保障布点研究',
      version: 2,
    });
    const [event] = await editEvents(p);
    expect(event?.summary).toMatch(
      /修改了课题\d+「海岛应急物资保障布点研究」的名称、研究内容、牵头单位、配合单位、完成时间/,
    );
    expect(event?.payload.version).toBe(2);

    // An administrator clears the due date on the new version; leaving the rest out keeps it.
    const second = await ok(
      server.url,
      EditTopicFieldsDocument,
      { input: { topicId: topic.id, dueOn: null, expectedVersion: 2 } },
      await p.as('admin'),
    );
    expect(second.editTopic.topic).toMatchObject({ dueOn: null, version: 3, title: '海岛应急物资保障布点研究' });
  });

  it('refuses an edit made on an older version with the topic as it now stands, changing nothing', async () => {
    const p = await buildProgramme(server);
    const topic = await firstTopic(p);
    const working = await p.as('working');
    await ok(
      server.url,
      EditTopicFieldsDocument,
      { input: { topicId: topic.id, title: '先改的名称', expectedVersion: 1 } },
      working,
    );
    const stale = await gql(
      server.url,
      EditTopicFieldsDocument,
      { input: { topicId: topic.id, title: '后改的名称', expectedVersion: 1 } },
      await p.as('admin'),
    );
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      reason: 'TOPIC_CHANGED',
      facts: { version: '2' },
      current: { version: 2, title: '先改的名称', leadUnitId: topic.leadUnit.id },
    });
    expect((await topics(p)).find((t) => t.id === topic.id)).toMatchObject({ title: '先改的名称', version: 2 });
    expect(await editEvents(p)).toHaveLength(1);
  });

  it('counts a status update as a change: an edit made before it is refused', async () => {
    const p = await buildProgramme(server);
    const topic = await firstTopic(p);
    // The status update keeps working without a version, and raises it.
    const updated = await ok(server.url, EditTopicStatusDocument, { id: topic.id }, await p.as('working'));
    expect(updated.updateTopic.topic).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    const stale = await gql(
      server.url,
      EditTopicFieldsDocument,
      { input: { topicId: topic.id, title: '在旧版本上改的名称', expectedVersion: 1 } },
      await p.as('working'),
    );
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      reason: 'TOPIC_CHANGED',
      current: { status: 'IN_PROGRESS' },
    });
    expect((await topics(p)).find((t) => t.id === topic.id)?.title).toBe(topic.title);
  });

  it('refuses the lead unit’s members, the leading group, an empty title and units of another programme, changing nothing', async () => {
    const p = await buildProgramme(server);
    const other = await buildProgramme(server);
    // A topic led by a unit with an account here: its members may update the status, not edit it.
    const all = await topics(p);
    const lead = (['guicai', 'kexin', 'jiuyuan'] as const).find((k) => all.some((t) => t.leadUnit.id === p.unitIds[k]));
    const topic = present(
      all.find((t) => lead && t.leadUnit.id === p.unitIds[lead]),
      'a topic led by a unit with an account',
    );
    await ok(server.url, EditTopicStatusDocument, { id: topic.id }, await p.as(present(lead, 'the lead unit')));
    const before = present(
      (await topics(p)).find((t) => t.id === topic.id),
      'the topic',
    );
    const cases: [string, Record<string, unknown>, string, string][] = [
      [present(lead, 'the lead unit'), { title: '单位改的名称' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['leader', { title: '领导改的名称' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { title: '   ' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', { content: '' }, 'BAD_USER_INPUT', 'CONTENT_REQUIRED'],
      ['working', { leadUnitId: other.unitIds.jianzai }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', { coUnitIds: [other.unitIds.fangxun] }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', { dueOn: '2030-01-01' }, 'BAD_USER_INPUT', 'DUE_OUTSIDE_PROGRAMME'],
      ['working', {}, 'BAD_USER_INPUT', 'NOTHING_TO_CHANGE'],
    ];
    for (const [account, over, code, reason] of cases) {
      const input = { topicId: topic.id, expectedVersion: before.version, ...over };
      const r = await gql(server.url, EditTopicFieldsDocument, { input }, await p.as(account));
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect((await topics(p)).find((t) => t.id === topic.id)).toEqual(before);
    expect(await editEvents(p)).toEqual([]);
  });
});

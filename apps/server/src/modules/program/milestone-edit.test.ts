import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import {
  EditingProgrammeDocument,
  EditMilestoneFieldsDocument,
  EditMilestoneStatusDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function phases(p: Programme) {
  const r = await ok(server.url, EditingProgrammeDocument, { id: p.programId }, await p.as('working'));
  return present(r.program, 'the programme').phases;
}

/** A milestone with its phase; one owned by `owner`'s unit when asked. */
async function aMilestone(p: Programme, owner?: string) {
  for (const phase of await phases(p)) {
    for (const milestone of phase.milestones) {
      if (!owner || milestone.ownerUnit?.id === owner) return { phase, milestone };
    }
  }
  throw new Error('no such milestone in the seed');
}

async function milestoneNow(p: Programme, id: string) {
  return (await phases(p)).flatMap((ph) => ph.milestones).find((m) => m.id === id);
}

async function editEvents(p: Programme): Promise<{ summary: string }[]> {
  return server.app.services.ds.query(
    `SELECT summary FROM event WHERE program_id = $1 AND kind = 'milestone.edited' ORDER BY id`,
    [p.programId],
  );
}

const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};

describe('editing a milestone', () => {
  it('changes its title, due date within its phase and owning unit, raising its version', async () => {
    const p = await buildProgramme(server);
    const { phase, milestone } = await aMilestone(p);
    expect(milestone.version).toBe(1);
    const { editMilestone } = await ok(
      server.url,
      EditMilestoneFieldsDocument,
      {
        input: {
          milestoneId: milestone.id,
          title: ' 完成专项规划框架 ',
          dueOn: phase.endsOn,
          ownerUnitId: p.unitIds.kexin,
          expectedVersion: 1,
        },
      },
      await p.as('working'),
    );
    expect(editMilestone.milestone).toMatchObject({
      title: '完成专项规划框架',
      dueOn: phase.endsOn,
      version: 2,
      ownerUnit: { id: p.unitIds.kexin },
    });
    expect(await milestoneNow(p, milestone.id)).toMatchObject({ title: '完成专项规划框架', version: 2 });
    const [event] = await editEvents(p);
    expect(event?.summary).toMatch(/修改了里程碑「完成专项规划框架」的名称、完成时间、责任单位/);

    // null clears the owner; an administrator may edit too.
    const second = await ok(
      server.url,
      EditMilestoneFieldsDocument,
      { input: { milestoneId: milestone.id, ownerUnitId: null, expectedVersion: 2 } },
      await p.as('admin'),
    );
    expect(second.editMilestone.milestone).toMatchObject({ ownerUnit: null, version: 3, title: '完成专项规划框架' });
  });

  it('refuses an edit made on an older version with the milestone as it now stands, changing nothing', async () => {
    const p = await buildProgramme(server);
    const { milestone } = await aMilestone(p);
    await ok(
      server.url,
      EditMilestoneFieldsDocument,
      { input: { milestoneId: milestone.id, title: '先改的节点', expectedVersion: 1 } },
      await p.as('working'),
    );
    const stale = await gql(
      server.url,
      EditMilestoneFieldsDocument,
      { input: { milestoneId: milestone.id, title: '后改的节点', expectedVersion: 1 } },
      await p.as('admin'),
    );
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      reason: 'MILESTONE_CHANGED',
      facts: { version: '2' },
      current: { version: 2, title: '先改的节点', dueOn: milestone.dueOn },
    });
    expect(await milestoneNow(p, milestone.id)).toMatchObject({ title: '先改的节点', version: 2 });
    expect(await editEvents(p)).toHaveLength(1);
  });

  it('counts a status update as a change: an edit made before it is refused', async () => {
    const p = await buildProgramme(server);
    const { milestone } = await aMilestone(p);
    const updated = await ok(server.url, EditMilestoneStatusDocument, { id: milestone.id }, await p.as('working'));
    expect(updated.updateMilestone.milestone).toMatchObject({ status: 'IN_PROGRESS', version: milestone.version + 1 });
    const stale = await gql(
      server.url,
      EditMilestoneFieldsDocument,
      { input: { milestoneId: milestone.id, title: '在旧版本上改的节点', expectedVersion: milestone.version } },
      await p.as('working'),
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'MILESTONE_CHANGED' });
    expect((await milestoneNow(p, milestone.id))?.title).toBe(milestone.title);
  });

  it('refuses a due date outside its phase, the owning unit’s members, an empty title and a unit of another programme', async () => {
    const p = await buildProgramme(server);
    const other = await buildProgramme(server);
    const owners = ['guicai', 'kexin', 'jiuyuan'] as const;
    const all = (await phases(p)).flatMap((ph) => ph.milestones);
    const owner = present(
      owners.find((k) => all.some((m) => m.ownerUnit?.id === p.unitIds[k])),
      'a milestone owned by a unit with an account',
    );
    const { phase, milestone } = await aMilestone(p, p.unitIds[owner]);
    const dayAfter = new Date(Date.parse(`${phase.endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['working', { dueOn: dayAfter }, 'BAD_USER_INPUT', 'DUE_OUTSIDE_PROGRAMME'],
      [owner, { title: '单位改的节点' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['leader', { title: '领导改的节点' }, 'FORBIDDEN', 'PROGRAMME_KEEPING_ROLE'],
      ['working', { title: ' ' }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      ['working', { ownerUnitId: other.unitIds.jianzai }, 'BAD_USER_INPUT', 'UNKNOWN_UNIT'],
      ['working', {}, 'BAD_USER_INPUT', 'NOTHING_TO_CHANGE'],
    ];
    for (const [account, over, code, reason] of cases) {
      const input = { milestoneId: milestone.id, expectedVersion: milestone.version, ...over };
      const r = await gql(server.url, EditMilestoneFieldsDocument, { input }, await p.as(account));
      expect(errorOf(r), `${account} ${JSON.stringify(over)}`).toMatchObject({ code, reason });
    }
    expect(
      errorOf(
        await gql(
          server.url,
          EditMilestoneFieldsDocument,
          {
            input: { milestoneId: milestone.id, dueOn: dayAfter, expectedVersion: milestone.version },
          },
          await p.as('working'),
        ),
      ),
    ).toMatchObject({ facts: { startsOn: phase.startsOn, endsOn: phase.endsOn } });
    expect(await milestoneNow(p, milestone.id)).toEqual(milestone);
    expect(await editEvents(p)).toEqual([]);
  });
});

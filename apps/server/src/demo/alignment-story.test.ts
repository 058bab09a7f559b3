import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import { DemoAlignmentDocument, type DemoAlignmentQuery } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { DEMO_INDICATORS } from './alignment-data.js';
import { DEMO_DATE } from './story-data.js';

// The demo's 衔接 (issue 15, “Demo”), read through the API on the demo's date.

let server: TestServer;
let programme: DemoAlignmentQuery['programs'][number];
beforeAll(async () => {
  server = await startTestServer({ demo: true, clock: DEMO_DATE });
  const token = await login(server.url, 'leader@gongbian.test', PASSWORD);
  programme = present((await ok(server.url, DemoAlignmentDocument, {}, token)).programs[0], 'the demo programme');
});
afterAll(() => server.stop());

describe('the demo’s alignment', () => {
  it('holds the indicators of the two drafts’ tables, the special plan’s linked to the master plan’s', () => {
    const { rows, unlinked } = programme.alignment;
    expect(rows.map((r) => r.master.name)).toEqual(
      DEMO_INDICATORS.filter((i) => i.plan === 'master').map((i) => i.name),
    );
    const depots = present(
      rows.find((r) => r.master.name === '应急物资储备库覆盖率'),
      'the depots row',
    );
    expect(depots.cells.flatMap((c) => c.indicators.map((i) => i.name))).toEqual([
      '县级应急物资储备库覆盖率',
      '乡镇（街道）应急物资储备点覆盖率',
    ]);
    // Its row was renamed in the 送审稿 but still says 100%: carried, no issue.
    expect(depots.master).toMatchObject({ sourceState: 'MOVED', issues: [] });
    expect(unlinked.map((i) => i.name)).toEqual(['救灾物资运抵受灾县时间']);
  });

  it('raises one weaker special target and one passage changed in the 送审稿, each with its thread', () => {
    const issues = programme.alignment.issues.map((i) => ({
      kind: i.kind,
      indicator: i.indicator.name,
      unit: i.thread?.assignedUnit.shortName,
      version: i.thread?.draft.version,
      source: i.thread?.source,
      status: i.thread?.status,
    }));
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          kind: 'SOURCE_CHANGED',
          indicator: '亿元地区生产总值生产安全事故死亡率',
          unit: '规财处',
          version: 2,
          source: 'ALIGNMENT',
          status: 'OPEN',
        },
        {
          kind: 'WEAKER_THAN_MASTER',
          indicator: '乡镇（街道）应急物资储备点覆盖率',
          unit: '减灾处',
          version: 1,
          source: 'ALIGNMENT',
          status: 'OPEN',
        },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('marks the higher plans’ targets as examples', () => {
    expect(programme.higherTargets.length).toBeGreaterThan(0);
    for (const h of programme.higherTargets) expect(h.document).toContain('示例');
    const cited = programme.alignment.rows.filter((r) => r.master.cites).map((r) => r.master.name);
    expect(cited).toContain('森林火灾受害率');
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { anchorOn, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import {
  AlignDefineDocument,
  AlignEventsDocument,
  AlignHigherDocument,
  type AlignIndicatorFragment,
  AlignIndicatorNodeDocument,
  AlignKeepsDocument,
  AlignMatrixDocument,
  AlignStartBySourceDocument,
  AlignSuggestDocument,
  AlignTableDocument,
  AlignThreadCommentsDocument,
  AlignUpdateDocument,
  type IndicatorInput,
  NotificationsKindSubjectIdDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const MASTER = `# 第三章 发展目标

到2025年，全省应急物资储备库覆盖率达到95%以上。

到2025年，每万人拥有综合性消防救援人员数量不低于12人。
`;

const RESERVE = '到2025年，县级应急物资储备库覆盖率达到90%以上。';
const SPECIAL = (reserve: string | null, extra = '') => `# 第二章 主要目标

${extra}${reserve === null ? '' : `${reserve}\n\n`}到2025年，应急救援装备专业人员达到1.2万人。

| 指标 | 2020年 | 2025年 | 属性 |
| --- | --- | --- | --- |
| 应急通信保障覆盖率（%） | 80 | 95 | 约束性 |

加强科技支撑，提升装备水平。
`;

interface World {
  p: Programme;
  masterPlanId: string;
  specialPlanId: string;
  master: TestDraft;
  special: TestDraft;
  guicai: string;
  kexin: string;
  working: string;
}

/** A programme with the master plan (规财处) and the 科技与装备 special plan (科信处), each with a first draft. */
async function world(): Promise<World> {
  const p = await buildProgramme(server, { only: 'plans' });
  const [guicai, kexin, working] = await Promise.all([p.as('guicai'), p.as('kexin'), p.as('working')]);
  const masterPlanId = await planLedBy(server, p, '规财处');
  const specialPlanId = await planLedBy(server, p, '科信处');
  const master = await publish(server, guicai, masterPlanId, { content: MASTER });
  const special = await publish(server, kexin, specialPlanId, { content: SPECIAL(RESERVE) });
  return { p, masterPlanId, specialPlanId, master, special, guicai, kexin, working };
}

const coverage = (w: World, over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  planId: w.masterPlanId,
  name: '应急物资储备库覆盖率',
  unit: '%',
  target: 95,
  targetYear: 2025,
  kind: 'BINDING',
  direction: 'AT_LEAST',
  source: anchorOn(w.master, '达到95%以上'),
  ...over,
});

async function define(token: string, input: IndicatorInput): Promise<AlignIndicatorFragment> {
  return (await ok(server.url, AlignDefineDocument, { input }, token)).defineIndicator.indicator;
}

async function update(token: string, i: AlignIndicatorFragment, input: IndicatorInput) {
  return (await ok(server.url, AlignUpdateDocument, { id: i.id, input, expectedVersion: i.version }, token))
    .updateIndicator.indicator;
}

async function reread(token: string, id: string): Promise<AlignIndicatorFragment> {
  const node = (await ok(server.url, AlignIndicatorNodeDocument, { id }, token)).node;
  // The node asks only for Indicator's fields: anything else would come back as {}.
  if (!node || !('id' in node)) throw new Error(`no indicator ${id}`);
  return node as AlignIndicatorFragment;
}

/** The master coverage indicator, and the special plan's county coverage supporting it. */
async function linked(w: World, target = 90) {
  const master = await define(w.guicai, coverage(w));
  const special = await define(
    w.kexin,
    coverage(w, {
      planId: w.specialPlanId,
      name: '县级应急物资储备库覆盖率',
      target,
      supportsId: master.id,
      source: anchorOn(w.special, '达到90%以上'),
    }),
  );
  return { master, special };
}

describe('indicators linked to the master plan', () => {
  it('raises one thread on the passage, assigned to the lead unit, when a special plan’s target is weaker, and says on it when fixed', async () => {
    const w = await world();
    const { master, special } = await linked(w);
    expect(master.issues).toEqual([]);
    expect(special.supports?.id).toBe(master.id);
    const [issue] = special.issues;
    expect(special.issues).toHaveLength(1);
    expect(issue).toMatchObject({
      kind: 'WEAKER_THAN_MASTER',
      against: { id: master.id },
      detail: expect.stringContaining('弱于总体规划指标“应急物资储备库覆盖率”的 95%'),
    });
    const thread = present(issue?.thread, 'its thread');
    expect(thread).toMatchObject({
      source: 'ALIGNMENT',
      status: 'OPEN',
      externalAuthor: '衔接检查',
      quote: '达到90%以上',
      assignedUnit: { shortName: '科信处' },
      draft: { id: w.special.id },
    });
    expect(thread.comments[0]?.body).toContain('县级应急物资储备库覆盖率');
    // Asking again changes nothing: one thread per issue.
    const same = await update(
      w.kexin,
      special,
      coverage(w, {
        planId: w.specialPlanId,
        name: '县级应急物资储备库覆盖率',
        target: 90,
        supportsId: master.id,
        source: anchorOn(w.special, '达到90%以上'),
      }),
    );
    expect(same.issues.map((i) => i.thread?.id)).toEqual([thread.id]);

    // The master plan lowers its target to 90%: the issue is gone, and its thread says so.
    const lowered = await update(w.guicai, master, coverage(w, { target: 90, source: master.source }));
    expect(lowered.version).toBe(2);
    expect((await reread(w.kexin, special.id)).issues).toEqual([]);
    const after = await ok(server.url, AlignThreadCommentsDocument, { id: thread.id }, w.kexin);
    expect(after.thread?.comments.at(-1)?.body).toMatch(/该问题已解决.*弱于总体规划指标/);

    // Raised again by the master plan's change: a new thread, and the special plan's lead unit is told.
    const raisedAgain = await update(w.guicai, lowered, coverage(w, { target: 95, source: master.source }));
    expect(raisedAgain.issues).toEqual([]);
    const again = present((await reread(w.kexin, special.id)).issues[0]?.thread, 'a new thread');
    expect(again.id).not.toBe(thread.id);
    const told = await ok(server.url, NotificationsKindSubjectIdDocument, {}, w.kexin);
    expect(told.notifications.map((n) => [n.kind, n.subjectId])).toContainEqual(['opinion', again.id]);
  });

  it('finds units and years that differ, and compares nothing until they agree (万人 is not 人)', async () => {
    const w = await world();
    const master = await define(
      w.guicai,
      coverage(w, { name: '专业救援人员', unit: '人', target: 12000, source: null }),
    );
    const special = await define(
      w.kexin,
      coverage(w, {
        planId: w.specialPlanId,
        name: '应急救援装备专业人员',
        unit: '万人',
        target: 1.2,
        targetYear: 2023,
        supportsId: master.id,
        source: anchorOn(w.special, '1.2万人'),
      }),
    );
    expect(special.issues.map((i) => i.kind)).toEqual(['UNIT_MISMATCH', 'YEAR_MISMATCH']);
    expect(special.issues[0]?.detail).toContain('单位“万人”与总体规划指标“专业救援人员”的单位“人”不一致');
    expect(special.issues[1]?.detail).toContain('2023年 与总体规划指标“专业救援人员”的 2025年 不一致');
    // Each issue its own thread.
    expect(new Set(special.issues.map((i) => i.thread?.id)).size).toBe(2);
  });

  it('checks an indicator against the higher plan’s target it cites', async () => {
    const w = await world();
    const higher = (
      await ok(
        server.url,
        AlignHigherDocument,
        {
          input: {
            programId: w.p.programId,
            document: '《示例上位规划》',
            name: '应急物资储备库覆盖率',
            unit: '%',
            target: 98,
            targetYear: 2025,
            direction: 'AT_LEAST',
          },
        },
        w.working,
      )
    ).defineHigherTarget.higherTarget;
    const master = await define(w.guicai, coverage(w, { citesId: higher.id }));
    expect(master.cites?.id).toBe(higher.id);
    expect(master.issues).toMatchObject([
      {
        kind: 'WEAKER_THAN_HIGHER',
        againstHigher: { id: higher.id },
        detail: expect.stringContaining('弱于《示例上位规划》“应急物资储备库覆盖率”的 98%'),
        thread: { assignedUnit: { shortName: '规财处' }, quote: '达到95%以上' },
      },
    ]);
    // A count is not a share: % against 个 is a mismatch, not a comparison.
    const counted = await update(w.guicai, master, coverage(w, { unit: '个', citesId: higher.id, source: null }));
    expect(counted.issues.map((i) => i.kind).sort()).toEqual(['NO_SOURCE', 'UNIT_MISMATCH']);
  });

  it('raises NO_SOURCE on the draft as a whole when no passage states it', async () => {
    const w = await world();
    const bare = await define(w.guicai, coverage(w, { source: null }));
    expect(bare.issues).toMatchObject([
      { kind: 'NO_SOURCE', thread: { anchor: null, quote: null, draft: { id: w.master.id } } },
    ]);
    expect(bare.source).toBeNull();
  });
});

describe('indicators follow their passages into new versions', () => {
  it('moves with the text, then raises SOURCE_CHANGED when the figure changes and SOURCE_ORPHANED when the passage goes', async () => {
    const w = await world();
    const { special } = await linked(w, 90);
    const raised = special.issues[0]?.thread?.id;

    // v2: a paragraph inserted before it; it still says 90%.
    const v2 = await publish(server, w.kexin, w.specialPlanId, {
      content: SPECIAL(RESERVE, '全省应急物资保障体系建设取得明显成效。\n\n'),
    });
    const moved = await reread(w.kexin, special.id);
    expect(moved.sourceDraftId).toBe(v2.id);
    expect(moved.source?.quote).toBe('达到90%以上');
    expect(moved.source?.blockId).toBe(anchorOn(v2, '达到90%以上').blockId);
    expect(moved.issues.map((i) => i.kind)).toEqual(['WEAKER_THAN_MASTER']);
    // The open thread followed the text too (the thread module's carry-over).
    expect(moved.issues[0]?.thread).toMatchObject({ id: raised, draft: { id: v2.id } });

    // v3: the figure in the passage is changed to 85%, the indicator still says 90%.
    const v3 = await publish(server, w.kexin, w.specialPlanId, { content: SPECIAL(RESERVE.replace('90', '85')) });
    const changed = await reread(w.kexin, special.id);
    expect(changed.sourceState).toBe('MOVED');
    expect(changed.source?.quote).toContain('85%');
    expect(changed.issues.map((i) => i.kind)).toEqual(['SOURCE_CHANGED', 'WEAKER_THAN_MASTER']);
    expect(changed.issues[0]).toMatchObject({
      detail: expect.stringContaining('原文段落已修改，不再写明目标值 90%'),
      thread: { draft: { id: v3.id }, anchor: { blockId: anchorOn(v3, '85%').blockId } },
    });

    // v4: the passage is deleted.
    const v4 = await publish(server, w.kexin, w.specialPlanId, { content: SPECIAL(null) });
    const orphaned = await reread(w.kexin, special.id);
    expect(orphaned.sourceState).toBe('ORPHANED');
    expect(orphaned.source).toBeNull();
    expect(orphaned.issues.map((i) => i.kind)).toEqual(['SOURCE_ORPHANED', 'WEAKER_THAN_MASTER']);
    expect(orphaned.issues[0]?.thread).toMatchObject({ anchor: null, draft: { id: v4.id } });
    const fixedThread = present(changed.issues[0]?.thread, 'the SOURCE_CHANGED thread').id;
    const note = await ok(server.url, AlignThreadCommentsDocument, { id: fixedThread }, w.kexin);
    expect(note.thread?.comments.at(-1)?.body).toContain('该问题已解决');
  });

  it('is clear of issues when the new version still states the figure, and an orphan comes back when its text does', async () => {
    const w = await world();
    const master = await define(w.guicai, coverage(w));
    await publish(server, w.guicai, w.masterPlanId, {
      content: MASTER.replace('到2025年，全省应急物资储备库覆盖率达到95%以上。\n\n', ''),
    });
    expect((await reread(w.guicai, master.id)).issues.map((i) => i.kind)).toEqual(['SOURCE_ORPHANED']);
    const back = await publish(server, w.guicai, w.masterPlanId, { content: MASTER });
    const found = await reread(w.guicai, master.id);
    expect(found).toMatchObject({ sourceState: 'MOVED', sourceDraftId: back.id, source: { quote: '达到95%以上' } });
    expect(found.issues).toEqual([]);
  });
});

describe('keeping indicators', () => {
  it('refuses a stale edit with CONFLICT and changes nothing', async () => {
    const w = await world();
    const master = await define(w.guicai, coverage(w));
    await update(w.guicai, master, coverage(w, { target: 96, source: null }));
    const stale = await gql(
      server.url,
      AlignUpdateDocument,
      { id: master.id, input: coverage(w, { target: 80 }), expectedVersion: 1 },
      w.guicai,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INDICATOR_CHANGED',
      facts: { version: '2' },
    });
    expect((await reread(w.guicai, master.id)).target).toBe(96);
  });

  it('refuses bad input with a stable reason, and writes nothing', async () => {
    const w = await world();
    const master = await define(w.guicai, coverage(w));
    const refusal = async (token: string, input: IndicatorInput) =>
      (await gql(server.url, AlignDefineDocument, { input }, token)).errors?.[0]?.extensions;
    expect(
      await refusal(w.guicai, coverage(w, { source: { ...anchorOn(w.master, '达到95%以上'), quote: '达到96%以上' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUOTE_MISMATCH',
    });
    expect(await refusal(w.guicai, coverage(w, { supportsId: master.id }))).toMatchObject({
      reason: 'MASTER_SUPPORTS_NOTHING',
    });
    const special = await define(w.kexin, coverage(w, { planId: w.specialPlanId, source: null }));
    expect(
      await refusal(w.kexin, coverage(w, { planId: w.specialPlanId, source: null, supportsId: special.id })),
    ).toMatchObject({
      reason: 'SUPPORTS_NOT_MASTER',
    });
    expect(await refusal(w.kexin, coverage(w))).toMatchObject({ code: 'FORBIDDEN', reason: 'INDICATOR_ROLE' });
    // What the page offers is what is accepted: 科信处 keeps its own plan's indicators, not the master plan's.
    const keeps = async (token: string) =>
      Object.fromEntries(
        ((await ok(server.url, AlignKeepsDocument, {}, token)).programs[0]?.plans ?? []).map((p) => [
          p.id,
          p.viewerCanKeepIndicators,
        ]),
      );
    expect(await keeps(w.kexin)).toMatchObject({ [w.specialPlanId]: true, [w.masterPlanId]: false });
    expect(await keeps(w.working)).toMatchObject({ [w.specialPlanId]: true, [w.masterPlanId]: true });
    expect(await refusal(w.guicai, coverage(w, { target: Number.MAX_VALUE }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refusal(w.guicai, coverage(w, { name: '   ', source: null }))).toMatchObject({
      reason: 'NAME_REQUIRED',
    });
    expect(await refusal(w.guicai, coverage(w, { targetYear: 20250 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_OUT_OF_RANGE',
      facts: { min: '1949', max: '2100' },
    });
    const jiuyuanPlan = await planLedBy(server, w.p, '应急救援处');
    expect(await refusal(w.working, coverage(w, { planId: jiuyuanPlan }))).toMatchObject({
      reason: 'SOURCE_NEEDS_DRAFT',
    });
    const higher = await gql(
      server.url,
      AlignHigherDocument,
      {
        input: {
          programId: w.p.programId,
          document: '《示例》',
          name: '覆盖率',
          unit: '%',
          target: 1,
          targetYear: 2025,
          direction: 'AT_LEAST',
        },
      },
      w.kexin,
    );
    expect(higher.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'HIGHER_TARGET_ROLE' });
    // Nobody starts an ALIGNMENT thread by hand.
    const byHand = await gql(
      server.url,
      AlignStartBySourceDocument,
      { draftId: w.master.id, source: 'ALIGNMENT' },
      w.working,
    );
    expect(byHand.errors?.[0]?.extensions).toMatchObject({ reason: 'SOURCE_RESERVED' });
    const matrix = await ok(server.url, AlignMatrixDocument, {}, w.working);
    const all = [
      ...(matrix.programs[0]?.alignment.rows.map((r) => r.master.name) ?? []),
      ...(matrix.programs[0]?.alignment.unlinked.map((i) => i.name) ?? []),
    ];
    expect(all).toHaveLength(2);
  });
});

describe('the matrix, the suggestions and the 衔接表', () => {
  it('lays out master indicators × X plans, with the unlinked and every issue', async () => {
    const w = await world();
    const { master, special } = await linked(w, 90);
    const loose = await define(
      w.kexin,
      coverage(w, {
        planId: w.specialPlanId,
        name: '应急通信保障覆盖率',
        source: anchorOn(w.special, '应急通信保障覆盖率（%） | 80 | 95'),
      }),
    );
    const { alignment } = present(
      (await ok(server.url, AlignMatrixDocument, {}, await w.p.as('leader'))).programs[0],
      'the programme',
    );
    expect(alignment.plans.map((p) => p.id)).toContain(w.specialPlanId);
    expect(alignment.plans.map((p) => p.id)).not.toContain(w.masterPlanId);
    const [row] = alignment.rows;
    expect(row?.master.id).toBe(master.id);
    expect(row?.cells.find((c) => c.plan.id === w.specialPlanId)?.indicators.map((i) => i.id)).toEqual([special.id]);
    expect(row?.cells.filter((c) => c.indicators.length === 0)).toHaveLength(alignment.plans.length - 1);
    expect(alignment.unlinked.map((i) => i.id)).toEqual([loose.id]);
    expect(alignment.issues).toMatchObject([{ kind: 'WEAKER_THAN_MASTER', indicator: { id: special.id } }]);
  });

  it('suggests indicators from a draft’s sentences and tables, each with its passage', async () => {
    const w = await world();
    const { suggestIndicators } = await ok(server.url, AlignSuggestDocument, { draftId: w.special.id }, w.kexin);
    const byName = new Map(suggestIndicators.map((s) => [s.name, s]));
    const table = present(byName.get('应急通信保障覆盖率'), 'the table row');
    expect(table).toMatchObject({ unit: '%', target: 95, targetYear: 2025, kind: 'BINDING' });
    const block = present(
      w.special.blocks.find((b) => b.id === table.source.blockId),
      'its block',
    );
    expect(block.text.slice(table.source.start, table.source.end)).toBe(table.source.quote);
    expect(suggestIndicators.some((s) => s.target === 90 && s.unit === '%' && s.source.quote.includes('90%'))).toBe(
      true,
    );
  });

  it('downloads the 规划指标衔接表 with each link and its state', async () => {
    const w = await world();
    await linked(w, 90);
    const leader = await w.p.as('leader');
    const link = (await ok(server.url, AlignTableDocument, { programId: w.p.programId, format: 'XLSX' }, leader))
      .alignmentTable;
    expect(link.filename).toMatch(/规划指标衔接表\.xlsx$/);
    const file = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${leader}` } });
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows: string[][] = [];
    book.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const line = rows.find((r) => r.includes('县级应急物资储备库覆盖率'));
    expect(line?.slice(0, 7)).toEqual([
      '1',
      '应急物资储备库覆盖率',
      '≥95%（2025年）',
      '约束性',
      expect.any(String),
      '县级应急物资储备库覆盖率',
      '≥90%（2025年）',
    ]);
    expect(line?.[7]).toContain('弱于总体规划指标');
    const docx = (await ok(server.url, AlignTableDocument, { programId: w.p.programId, format: 'DOCX' }, leader))
      .alignmentTable;
    const word = await fetch(`${server.url}${docx.url}`, { headers: { authorization: `Bearer ${leader}` } });
    expect(word.status).toBe(200);
    expect(word.headers.get('content-type')).toContain('wordprocessingml');
  });

  it('pushes every raised and resolved issue through programEvents', async () => {
    const w = await world();
    const after = await logPosition(server.url, w.working, w.p.programId);
    const client = wsClient(server.url, w.working);
    const events = collect(client, AlignEventsDocument, { p: w.p.programId, after });
    try {
      const { master, special } = await linked(w, 90);
      // The master plan lowers its figure but not its text: the special plan's issue is resolved, and
      // the master's own passage no longer states it (one transaction, so both arrive).
      await update(w.guicai, master, coverage(w, { target: 90, source: master.source }));
      const activity = () =>
        events.received
          .map((e) => e.programEvents.activity)
          .filter((a) => a.kind.startsWith('alignment.') || a.kind.startsWith('indicator.'));
      for (const until = Date.now() + 10_000; activity().length < 6 && Date.now() < until; )
        await new Promise((r) => setTimeout(r, 50));
      const seen = activity();
      expect(seen.slice(0, 4).map((a) => [a.kind, a.subjectId])).toEqual([
        ['indicator.defined', master.id],
        ['indicator.defined', special.id],
        ['alignment.raised', special.id],
        ['indicator.updated', master.id],
      ]);
      expect(seen.slice(4).map((a) => [a.kind, a.subjectId, a.facts.find((f) => f.name === 'issue')?.value])).toEqual(
        expect.arrayContaining([
          ['alignment.resolved', special.id, 'WEAKER_THAN_MASTER'],
          ['alignment.raised', master.id, 'SOURCE_CHANGED'],
        ]),
      );
      expect(seen[2]?.facts).toContainEqual({ name: 'issue', value: 'WEAKER_THAN_MASTER' });
    } finally {
      await client.dispose();
    }
  });
});

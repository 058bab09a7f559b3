import { readZipText } from '@gongbian/documents/test-support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import {
  type ExportFormat,
  type ProgramExportKind,
  ReportDisposeDocument,
  ReportLinkDocument,
  ReportNewPlanDocument,
  ReportReopenTopicDocument,
  ReportTopicsDocument,
  RequestApprovalDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { approveAll, issue } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function download(p: Programme, kind: ProgramExportKind, format: ExportFormat, account = 'working') {
  const token = await p.as(account);
  const link = (await ok(server.url, ReportLinkDocument, { programId: p.programId, kind, format }, token))
    .programExport;
  const res = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return { link, body: new Uint8Array(await res.arrayBuffer()) };
}

/** Each sheet's rows as the cells' text, by sheet name. */
async function sheets(body: Uint8Array): Promise<Record<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(body) as never);
  const out: Record<string, string[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    out[sheet.name] = rows;
  }
  return out;
}

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The Word document's paragraphs outside tables, and its tables' rows as the cells' text. */
function wordContent(body: Uint8Array): { text: string; rows: string[][] } {
  const xml = readZipText(body, 'word/document.xml');
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlText(m[1] ?? '')).join('');
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
  );
  return { text: textOf(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')), rows };
}

describe('附件1: the plans', () => {
  it('lists the plans as the work plan lays them out, with a plan added since', async () => {
    const p = await buildProgramme(server);
    await ok(
      server.url,
      ReportNewPlanDocument,
      {
        input: {
          programId: p.programId,
          title: '浙江省防汛防台抗旱“十四五”规划',
          kind: 'SPECIAL',
          leadUnitId: p.unitIds.fangxun,
          coUnitIds: [p.unitIds.zhihui],
        },
      },
      await p.as('working'),
    );
    const { link, body } = await download(p, 'PLAN_LIST', 'XLSX');
    expect(link.filename).toBe('附件1 规划编制清单.xlsx');
    const rows = present((await sheets(body))['规划编制清单'], 'the plan sheet');
    expect(rows[0]?.[0]).toBe('附件1　浙江省应急管理“十四五”规划编制清单');
    expect(rows.slice(2)).toEqual([
      ['序号', '规划名称', '编制牵头部门', '编制会同部门', '备注'],
      ['1', '浙江省应急管理“十四五”规划', '省应急管理厅规财处', '省政府有关部门', '争取以省政府文件印发'],
      ['2', '浙江省应急管理科技与装备“十四五”规划', '省应急管理厅科信处', '省安科院', '拟以部门文件印发'],
      [
        '3',
        '浙江省应急管理信息化“十四五”规划',
        '省应急管理厅科信处',
        '省应急管理厅应急指挥中心、省应急管理数字与技术中心',
        '',
      ],
      ['4', '浙江省应急救援力量建设“十四五”规划', '省应急管理厅应急救援处', '省安科院', ''],
      ['5', '浙江省应急物资储备“十四五”规划', '省应急管理厅减灾救灾处', '', ''],
      ['6', '浙江省防汛防台抗旱“十四五”规划', '省应急管理厅防汛处', '省应急管理厅应急指挥中心', ''],
    ]);
  });

  it('is a Word table too', async () => {
    const p = await buildProgramme(server);
    const { link, body } = await download(p, 'PLAN_LIST', 'DOCX', 'leader');
    expect(link.filename).toBe('附件1 规划编制清单.docx');
    const { text, rows } = wordContent(body);
    expect(text).toContain('附件1');
    expect(text).toContain('浙江省应急管理“十四五”规划编制清单');
    expect(rows[0]).toEqual(['序号', '规划名称', '编制牵头部门', '编制会同部门', '备注']);
    expect(rows[2]).toEqual([
      '2',
      '浙江省应急管理科技与装备“十四五”规划',
      '省应急管理厅科信处',
      '省安科院',
      '拟以部门文件印发',
    ]);
    expect(rows).toHaveLength(6);
  });
});

describe('附件2: the research topics', () => {
  it('lists every topic with its content, units as the attachment names them, and due date — the 省发改委 topic last', async () => {
    const p = await buildProgramme(server);
    const { rows } = wordContent((await download(p, 'TOPIC_LIST', 'DOCX')).body);
    expect(rows[0]).toEqual(['序号', '课题名称', '主要内容', '责任单位', '需配合单位', '完成时间']);
    expect(rows).toHaveLength(24);
    expect(rows[1]?.slice(0, 2)).toEqual(['1', '关于构建统筹高效的应急管理运行机制的研究']);
    expect(rows[1]?.slice(3)).toEqual([
      '办公室',
      '指挥中心、应急救援处、防汛处、地震地质处、减灾处、防火处、协调处',
      '2019-11-30',
    ]);
    expect(rows[23]).toEqual([
      '23',
      '浙江省“十四五”期间综合应急救援物资与装备储备布点研究',
      expect.stringContaining('省发改委下达'),
      '规财处',
      '减灾处',
      '2019-11-30',
    ]);
    const xlsx = await sheets((await download(p, 'TOPIC_LIST', 'XLSX')).body);
    expect(xlsx['重点调研课题']?.[3]).toEqual(rows[1]);
  });
});

describe('the progress report (进度报告)', () => {
  it('shows phases and gates, what is overdue by unit, opinions by status and approvals by plan', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const { program } = await ok(server.url, ReportTopicsDocument, { id: p.programId }, working);
    const topic5 = present(
      present(program, 'the programme').topics.find((t) => t.number === 5),
      'topic 5',
    );
    await ok(server.url, ReportReopenTopicDocument, { id: topic5.id }, working);
    const draft = await publish(server, working, await planLedBy(server, p, '规财处'));
    const t = await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: anchorOn(draft, '省级应急物资储备库12个'), body: '建议细化到县级。' },
      await p.as('kexin'),
    );
    await ok(
      server.url,
      ReportDisposeDocument,
      { id: t.startThread.thread.id, s: 'ADOPTED', r: '已补充。' },
      await p.as('guicai'),
    );
    await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: null, body: '整体结构清晰。' },
      await p.as('jiuyuan'),
    );

    const { link, body } = await download(p, 'PROGRESS_REPORT', 'XLSX', 'leader');
    expect(link.filename).toBe('进度报告.xlsx');
    const book = await sheets(body);
    expect(Object.keys(book)).toEqual(['阶段进度', '逾期事项', '意见办理', '审批与印发']);

    const phases = present(book['阶段进度'], 'phases').slice(3);
    expect(phases.map((r) => r.slice(0, 3))).toEqual([
      ['前期专题研究', '2019-05-01 至 2019-12-31', '已完成'],
      ['形成规划框架', '2020-01-01 至 2020-06-30', '已完成'],
      ['规划编制与衔接', '2020-07-01 至 2021-06-30', '进行中'],
      ['规划审议报批', '2021-07-01 至 2021-10-31', '未开始'],
    ]);
    // Topic 5 reopened: phase 1's gate says what is missing.
    expect(phases[0]?.[4]).toBe('未满足：23项重点调研课题全部完成（已完成 22/23）');

    expect(present(book['逾期事项'], 'overdue').slice(3)).toEqual([
      ['省应急管理厅规财处', '调研课题', `课题5「${topic5.title}」`, '2019-11-30', '352'],
    ]);

    const opinions = present(book['意见办理'], 'opinions').slice(2);
    expect(opinions[0]).toEqual(['规划', '意见总数', '待处理', '采纳', '部分采纳', '不采纳', '已撤回']);
    expect(opinions[1]).toEqual(['浙江省应急管理“十四五”规划', '2', '1', '1', '0', '0', '0']);
    expect(opinions[2]).toEqual(['浙江省应急管理科技与装备“十四五”规划', '0', '0', '0', '0', '0', '0']);

    const approvals = present(book['审批与印发'], 'approvals').slice(2);
    expect(approvals[0]).toEqual(['规划', '当前阶段', '专家论证', '领导小组审议', '省政府审批', '印发', '备案']);
    expect(approvals[1]).toEqual([
      '浙江省应急管理“十四五”规划',
      '征求意见稿',
      '未提请',
      '未提请',
      '未提请',
      '未印发',
      '',
    ]);
    expect(approvals[2]).toEqual([
      '浙江省应急管理科技与装备“十四五”规划',
      '征求意见稿',
      '未提请',
      '未提请',
      '不适用',
      '未印发',
      '',
    ]);

    const word = wordContent((await download(p, 'PROGRESS_REPORT', 'DOCX')).body);
    for (const heading of [
      '一、阶段进度',
      '二、逾期事项（按责任单位）',
      '三、意见办理情况（按规划）',
      '四、审批与印发（按规划）',
    ]) {
      expect(word.text).toContain(heading);
    }
    expect(word.rows).toContainEqual([
      '省应急管理厅规财处',
      '调研课题',
      `课题5「${topic5.title}」`,
      '2019-11-30',
      '352',
    ]);
  });
});

describe('the progress report’s approvals', () => {
  it('shows each step’s latest decision, 印发 with its 文号 and 备案', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const working = await p.as('working');
    const techId = await planLedBy(server, p, '科信处');
    const tech = await publish(server, await p.as('kexin'), techId, { stage: 'REVIEW' });
    await approveAll(server, p, { id: techId, kind: 'SPECIAL' }, tech.id);
    await issue(server, p, techId, tech.id, { file: true });
    const master = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'), {
      stage: 'REVIEW',
    });
    await ok(server.url, RequestApprovalDocument, { draftId: master.id, step: 'EXPERT_ARGUMENT' }, working);

    const rows = present(
      (await sheets((await download(p, 'PROGRESS_REPORT', 'XLSX')).body))['审批与印发'],
      'approvals',
    );
    expect(rows.find((r) => r[0] === '浙江省应急管理“十四五”规划')).toEqual([
      '浙江省应急管理“十四五”规划',
      '送审稿',
      '待决定',
      '未提请',
      '未提请',
      '未印发',
      '',
    ]);
    expect(rows.find((r) => r[0] === '浙江省应急管理科技与装备“十四五”规划')).toEqual([
      '浙江省应急管理科技与装备“十四五”规划',
      '印发稿',
      '通过',
      '通过',
      '不适用',
      '浙江省应急管理厅 浙应急规划〔2020〕5号（2020-11-16）',
      '2020-11-16',
    ]);
  });
});

describe('who may export', () => {
  it('refuses unit members, experts and observers, and serves a link only to the one who asked', async () => {
    const p = await buildProgramme(server);
    for (const account of ['kexin', 'expert', 'observer']) {
      const r = await gql(
        server.url,
        ReportLinkDocument,
        { programId: p.programId, kind: 'PLAN_LIST', format: 'XLSX' },
        await p.as(account),
      );
      expect(r.errors?.[0]?.extensions, account).toMatchObject({ code: 'FORBIDDEN', reason: 'PROGRAM_EXPORT_ROLE' });
    }
    const other = await buildProgramme(server);
    const elsewhere = await gql(
      server.url,
      ReportLinkDocument,
      { programId: other.programId, kind: 'PLAN_LIST', format: 'XLSX' },
      await p.as('working'),
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { link } = await download(p, 'TOPIC_LIST', 'XLSX', 'admin');
    const res = await fetch(`${server.url}${link.url}`, {
      headers: { authorization: `Bearer ${await p.as('working')}` },
    });
    expect(res.status).toBe(403);
  });
});

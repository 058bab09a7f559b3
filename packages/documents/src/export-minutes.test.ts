import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesRecord } from './export-minutes.fixtures.js';
import {
  ACTION_ITEM_COLUMNS,
  MEETING_OPINION_COLUMNS,
  type MinutesRecord,
  meetingMinutesDocx,
  minutesTitle,
} from './export-minutes.js';
import { readZipText } from './zip.test-support.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'gongbian-minutes-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Writes the record's .docx to disk, as a download would be saved, and reads it back with mammoth. */
async function exported(record: MinutesRecord) {
  const path = join(directory, `${Math.random().toString(36).slice(2)}.docx`);
  await writeFile(path, await meetingMinutesDocx(record));
  const { value: text } = await mammoth.extractRawText({ path });
  const { value: html } = await mammoth.convertToHtml({ path });
  return { lines: text.split('\n').filter((line) => line.trim() !== ''), html };
}

const plain = (html: string) => html.replace(/<[^>]+>/g, '');

/** Each table as its header cells and its body rows' cells. */
function tables(html: string) {
  return [...html.matchAll(/<table>(.*?)<\/table>/g)].map(([, table = '']) => {
    const cells = (row: string) => [...row.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((match) => plain(match[1] ?? ''));
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((match) => cells(match[1] ?? ''));
    return { header: rows[0], body: rows.slice(1), headerRowIsHeader: table.startsWith('<thead>') };
  });
}

describe('meetingMinutesDocx', () => {
  it('opens with the title and the meeting details, the time in Beijing', async () => {
    const { lines } = await exported(buildMinutesRecord());
    expect(lines.slice(0, 8)).toEqual([
      '《浙江省应急管理“十四五”规划》征求意见座谈会纪要',
      '会议类型：征求意见会',
      '时间：2020年11月20日 14:30',
      '地点：省应急管理厅 3 楼会议室',
      '主持单位：省应急管理厅',
      '涉及规划：《浙江省应急管理“十四五”规划》、《浙江省防震减灾“十四五”规划》',
      '参会人员：李明（省应急管理厅）、王芳（省发展改革委）',
      '其他参会人员：省人大代表 ×3、省政协委员 ×2',
    ]);
  });

  it('sets the agenda and the minutes, keeping headings, paragraphs and list numbers and dropping other markup', async () => {
    const { lines } = await exported(buildMinutesRecord());
    const from = lines.indexOf('一、会议议程');
    expect(lines.slice(from, lines.indexOf('三、工作事项'))).toEqual([
      '一、会议议程',
      '一、听取规划编制情况汇报',
      '二、与会代表发言讨论',
      '二、会议纪要',
      '议题一：规划编制情况',
      // Each typed line stays a line; bold and the link's address are gone.
      '会议听取了省应急管理厅关于规划编制情况的汇报。与会代表认为，',
      '规划总体框架合理，详见编制说明。',
      '议题二：议定事项',
      '1. 省应急管理厅牵头修改规划文本；',
      '2. 省发展改革委做好规划衔接。',
      '• 各市于 12 月底前报送意见',
      '会后印发各单位。',
    ]);
  });

  it("marks the sections and the minutes' own headings as headings, for Word's outline", async () => {
    const { html } = await exported(buildMinutesRecord());
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\d>/g)].map(([, level, text]) => `${level} ${text}`);
    expect(headings).toEqual([
      '1 一、会议议程',
      '1 二、会议纪要',
      '2 议题一：规划编制情况',
      '2 议题二：议定事项',
      '1 三、工作事项',
      '1 四、会议意见及采纳情况',
    ]);
  });

  it('lists the action items and the opinions raised in two tables with repeated headers', async () => {
    const { lines, html } = await exported(buildMinutesRecord());
    expect(lines).toContain('三、工作事项');
    expect(lines).toContain('四、会议意见及采纳情况');
    const [actions, opinions, ...rest] = tables(html);
    expect(rest).toEqual([]);
    expect(actions).toEqual({
      header: [...ACTION_ITEM_COLUMNS],
      headerRowIsHeader: true,
      body: [
        ['1', '修改完善规划文本', '省应急管理厅', '2020年12月31日', '进行中'],
        ['2', '做好与国土空间规划的衔接', '省自然资源厅', '', '未开始'],
      ],
    });
    expect(opinions).toEqual({
      header: [...MEETING_OPINION_COLUMNS],
      headerRowIsHeader: true,
      body: [
        [
          '1',
          '省人大代表 王某',
          '超强台风“利奇马”',
          '建议量化直接经济损失。',
          '部分采纳',
          '补充受灾人口数据；经济损失以统计部门公布为准。',
        ],
        ['2', '省政协委员 张某', '', '建议全文统一称谓。', '采纳', '已统一。'],
      ],
    });
  });

  it('says 无 for every detail and section the meeting left empty', async () => {
    const empty = buildMinutesRecord({
      location: null,
      plans: [],
      attendees: [],
      externalAttendees: [],
      agenda: null,
      minutes: '   \n',
      actionItems: [],
      opinions: [],
    });
    const { lines, html } = await exported(empty);
    expect(lines.slice(3)).toEqual([
      '地点：无',
      '主持单位：省应急管理厅',
      '涉及规划：无',
      '参会人员：无',
      '其他参会人员：无',
      '一、会议议程',
      '无',
      '二、会议纪要',
      '无',
      '三、工作事项',
      '无',
      '四、会议意见及采纳情况',
      '无',
    ]);
    expect(tables(html)).toEqual([]);
  });

  it('lays the record out on A4 portrait, in 仿宋 with 黑体 headings and a page-number footer', async () => {
    const file = await meetingMinutesDocx(buildMinutesRecord());
    const xml = readZipText(file, 'word/document.xml');
    const pageSize = xml.match(/<w:pgSz\b[^>]*\/>/)?.[0] ?? '';
    expect(pageSize).toContain('w:w="11906"');
    expect(pageSize).toContain('w:h="16838"');
    expect(pageSize).not.toContain('landscape');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(readZipText(file, 'word/styles.xml')).toContain('w:eastAsia="仿宋"');
    const footer = readZipText(file, 'word/footer1.xml');
    expect(footer).toContain('第 ');
    expect(footer).toContain('PAGE');
  });

  it('keeps each typed line of the minutes a paragraph of its own, with its 一、/（一）/1. numbering', async () => {
    // Minutes as they are typed in the meeting page: one point a line, no blank lines between.
    const minutes = [
      '一、工作组汇报了规划编制过程。',
      '二、专家组建议：',
      '（一）进一步细化约束性指标的测算依据；',
      '（二）重大工程按轻重缓急排序；',
      '1. 明确前期工作要求；',
      '2. 加强与上位规划衔接。',
      '三、论证结论：修改后通过。',
    ];
    const file = await meetingMinutesDocx(buildMinutesRecord({ minutes: minutes.join('\n') }));
    const paragraphs = [...readZipText(file, 'word/document.xml').matchAll(/<w:p\b.*?<\/w:p>/gs)].map((match) =>
      [...match[0].matchAll(/<w:t\b[^>]*>(.*?)<\/w:t>/g)].map((text) => text[1]).join(''),
    );
    const from = paragraphs.indexOf('二、会议纪要') + 1;
    expect(paragraphs.slice(from, from + minutes.length)).toEqual(minutes);
    expect(paragraphs[from + minutes.length]).toBe('三、工作事项');
  });

  it('keeps a Markdown list a list, and a hard line break a break within its paragraph', async () => {
    const minutes = [
      '会议议定：',
      '1. 修改规划文本；',
      '2. 做好规划衔接。',
      '',
      '会后印发各单位，  ',
      '抄送省发展改革委。',
    ];
    const file = await meetingMinutesDocx(buildMinutesRecord({ minutes: minutes.join('\n') }));
    const { lines } = await exported(buildMinutesRecord({ minutes: minutes.join('\n') }));
    const from = lines.indexOf('二、会议纪要') + 1;
    // mammoth's plain text does not show a break within a paragraph: the last two lines read as one.
    expect(lines.slice(from, lines.indexOf('三、工作事项'))).toEqual([
      '会议议定：',
      '1. 修改规划文本；',
      '2. 做好规划衔接。',
      '会后印发各单位，抄送省发展改革委。',
    ]);
    // The list items hang after their numbers; the two lines after them are one paragraph with a break.
    const xml = readZipText(file, 'word/document.xml');
    expect(xml.match(/<w:ind w:left="\d+" w:hanging="640"\/>/g)).toHaveLength(2);
    const broken = xml.match(/<w:p\b(?:(?!<\/w:p>).)*会后印发各单位，(?:(?!<\/w:p>).)*<\/w:p>/s)?.[0] ?? '';
    expect(broken).toContain('<w:br/>');
    expect(broken).toContain('抄送省发展改革委。');
  });

  it('drops characters XML cannot carry, so a pasted control character does not corrupt the file', async () => {
    const record = buildMinutesRecord({ minutes: '会议\u0007认为\ud800可行。', hostUnit: '省应急\u0000管理厅' });
    const { lines } = await exported(record);
    expect(lines).toContain('会议认为可行。');
    expect(lines).toContain('主持单位：省应急管理厅');
  });
});

describe('minutesTitle', () => {
  it.each([
    ['征求意见座谈会', '征求意见座谈会纪要'],
    ['规划编制推进会议', '规划编制推进会议纪要'],
    ['规划衔接', '规划衔接会议纪要'],
    ['第一次领导小组会议纪要', '第一次领导小组会议纪要'],
  ])('heads 「%s」 as %s', (title, heading) => {
    expect(minutesTitle(title)).toBe(heading);
  });
});

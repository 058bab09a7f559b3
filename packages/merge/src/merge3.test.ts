import { describe, expect, it } from 'vitest';
import { type MergeResult, merge3 } from './index.js';

const MINUTES = [
  '# 会议纪要',
  '',
  '## 议题一：规划背景',
  '',
  '会议听取了省应急管理厅关于规划编制情况的汇报。与会代表认为，规划总体框架合理。建议补充“十三五”期间主要指标完成情况。',
  '',
  '## 议题二：主要任务',
  '',
  '会议讨论了主要任务部分。建议明确航空应急救援基地的建设时序。各市应结合实际细化任务清单。',
  '',
  '## 议题三：保障措施',
  '',
  '会议要求各部门按照职责分工抓好落实。',
  '',
].join('\n');

function expectClean(result: MergeResult): string {
  expect(result).toEqual({ clean: true, text: expect.any(String) });
  return result.text;
}

describe('merge3', () => {
  it('merges edits to different paragraphs of the minutes', () => {
    const mine = MINUTES.replace('规划总体框架合理。', '规划总体框架合理，目标任务明确。');
    const theirs = MINUTES.replace('各市应结合实际细化任务清单。', '各市应于12月底前细化任务清单。');
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(
      MINUTES.replace('规划总体框架合理。', '规划总体框架合理，目标任务明确。').replace(
        '各市应结合实际细化任务清单。',
        '各市应于12月底前细化任务清单。',
      ),
    );
  });

  it('merges edits to different sentences of one long paragraph', () => {
    const mine = MINUTES.replace('与会代表认为，', '与会代表一致认为，');
    const theirs = MINUTES.replace(
      '建议补充“十三五”期间主要指标完成情况。',
      '建议补充“十三五”期间主要指标完成情况及差距分析。',
    );
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(
      MINUTES.replace('与会代表认为，', '与会代表一致认为，').replace(
        '主要指标完成情况。',
        '主要指标完成情况及差距分析。',
      ),
    );
  });

  it('takes a deletion both sides made once', () => {
    const mine = MINUTES.replace('会议要求各部门按照职责分工抓好落实。\n', '');
    const theirs = MINUTES.replace('会议要求各部门按照职责分工抓好落实。\n', '').replace(
      '# 会议纪要',
      '# 征求意见会会议纪要',
    );
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(theirs);
  });

  it('takes an identical change on both sides once', () => {
    const both = MINUTES.replace('汇报。', '汇报，并进行了讨论。');
    expect(expectClean(merge3(MINUTES, both, both.replace('议题三', '议题三（补充）')))).toBe(
      both.replace('议题三', '议题三（补充）'),
    );
  });

  it('deletes a paragraph the other side did not touch', () => {
    const deleteTopicTwo = (text: string) => text.replace(/## 议题二：主要任务\n\n[^\n]*\n\n/, '');
    const mine = deleteTopicTwo(MINUTES);
    const theirs = MINUTES.replace('会议听取了', '会议首先听取了');
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(deleteTopicTwo(theirs));
  });

  it('deletes a paragraph while the other side rewrites the start of the next one', () => {
    // The deletion can be read as taking the blank line before or after; only one keeps clear of the rewrite.
    const mine = MINUTES.replace('## 议题二：主要任务\n\n', '');
    const theirs = MINUTES.replace('会议讨论了主要任务部分。', '与会代表讨论了主要任务部分。');
    const merged = mine.replace('会议讨论了主要任务部分。', '与会代表讨论了主要任务部分。');
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(merged);
    expect(expectClean(merge3(MINUTES, theirs, mine))).toBe(merged);
  });

  it('merges a paragraph inserted by one side with edits to its neighbours by the other', () => {
    const mine = MINUTES.replace('## 议题三', '会议还讨论了规划衔接问题。\n\n## 议题三');
    const theirs = MINUTES.replace('细化任务清单。', '细化任务清单和责任分工。').replace(
      '## 议题三：保障措施',
      '## 议题三：组织实施',
    );
    expect(expectClean(merge3(MINUTES, mine, theirs))).toBe(
      theirs.replace('## 议题三', '会议还讨论了规划衔接问题。\n\n## 议题三'),
    );
  });

  it('reports an edit both sides made to the same words as a conflict, keeping mine in the text', () => {
    const mine = MINUTES.replace('建设时序。', '建设时序和选址。').replace('# 会议纪要', '# 会议纪要（初稿）');
    const theirs = MINUTES.replace('建设时序。', '建设时序和资金来源。').replace('职责分工', '职责');
    const result = merge3(MINUTES, mine, theirs);
    const paragraph = '会议讨论了主要任务部分。建议明确航空应急救援基地的建设时序。各市应结合实际细化任务清单。\n';
    expect(result).toEqual({
      clean: false,
      text: mine.replace('职责分工', '职责'),
      conflicts: [
        {
          base: paragraph,
          mine: paragraph.replace('建设时序。', '建设时序和选址。'),
          theirs: paragraph.replace('建设时序。', '建设时序和资金来源。'),
          start: expect.any(Number),
          end: expect.any(Number),
        },
      ],
    });
    if (result.clean) return;
    const [conflict] = result.conflicts;
    expect(result.text.slice(conflict?.start, conflict?.end)).toBe(conflict?.mine);
  });

  it('reports a paragraph one side deleted and the other edited as a conflict', () => {
    const paragraph = '会议要求各部门按照职责分工抓好落实。\n';
    const mine = MINUTES.replace(paragraph, '');
    const theirs = MINUTES.replace('抓好落实', '抓好落实，12月底前报送进展');
    expect(merge3(MINUTES, mine, theirs)).toMatchObject({
      clean: false,
      conflicts: [{ base: paragraph, mine: '', theirs: paragraph.replace('抓好落实', '抓好落实，12月底前报送进展') }],
    });
  });

  it('merges edits to neighbouring lines, such as two items of a list', () => {
    const base = '## 议定事项\n\n- 省应急管理厅牵头修改规划文本\n- 省发展改革委做好衔接\n- 各市报送意见\n';
    const mine = base.replace('牵头修改规划文本', '牵头于12月底前修改规划文本');
    const theirs = base.replace('做好衔接', '做好与国民经济和社会发展规划的衔接');
    expect(expectClean(merge3(base, mine, theirs))).toBe(
      mine.replace('做好衔接', '做好与国民经济和社会发展规划的衔接'),
    );
  });

  it('reports each conflict at its own offsets', () => {
    const base = '甲\n\n乙\n\n丙\n';
    const result = merge3(base, '甲一\n\n乙\n\n丙一\n', '甲二\n\n乙二\n\n丙二\n');
    expect(result.clean).toBe(false);
    if (result.clean) return;
    expect(result.text).toBe('甲一\n\n乙二\n\n丙一\n');
    expect(result.conflicts.map(({ base, mine, theirs }) => [base, mine, theirs])).toEqual([
      ['甲\n', '甲一\n', '甲二\n'],
      ['丙\n', '丙一\n', '丙二\n'],
    ]);
    for (const conflict of result.conflicts)
      expect(result.text.slice(conflict.start, conflict.end)).toBe(conflict.mine);
  });

  it('reports both sides appending at the end as a conflict, since their order is a choice', () => {
    const result = merge3('甲\n', '甲\n乙\n', '甲\n丙\n');
    expect(result).toMatchObject({ clean: false, conflicts: [{ base: '', mine: '乙\n', theirs: '丙\n' }] });
  });

  it('keeps characters outside the BMP whole', () => {
    const base = '𠮷野家代表发言。会议同意。\n';
    const result = merge3(base, base.replace('𠮷', '𠮟'), base.replace('同意', '原则同意'));
    expect(expectClean(result)).toBe('𠮟野家代表发言。会议原则同意。\n');
  });

  it('keeps Windows line endings', () => {
    const base = '议题一\r\n内容一\r\n\r\n议题二\r\n内容二\r\n';
    expect(expectClean(merge3(base, base.replace('内容一', '内容甲'), base.replace('内容二', '内容乙')))).toBe(
      '议题一\r\n内容甲\r\n\r\n议题二\r\n内容乙\r\n',
    );
  });

  it('leaves a long repetitive passage edited on both sides to the person instead of aligning it for minutes', () => {
    // node-diff3's LCS slows down with the square of the repeats; such a passage counts as replaced whole.
    const base = '同意。\n\n'.repeat(3000);
    const middle = base.length / 2;
    const mine = `原则${base.slice(0, -5)}一致同意。\n\n`;
    const result = merge3(base, mine, `${base.slice(0, middle)}补充：无异议。\n${base.slice(middle)}`);
    // One conflict from the first line to the last edit: only the final blank line is common to all.
    expect(result).toMatchObject({
      clean: false,
      text: mine,
      conflicts: [{ base: base.slice(0, -1), mine: mine.slice(0, -1), start: 0 }],
    });
  });
});

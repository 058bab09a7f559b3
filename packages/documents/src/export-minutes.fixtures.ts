import type { MinutesRecord } from './export-minutes.js';

/** A consultation meeting with something in every section; override what a test is about. */
export function buildMinutesRecord(overrides: Partial<MinutesRecord> = {}): MinutesRecord {
  return {
    kindLabel: '征求意见会',
    title: '《浙江省应急管理“十四五”规划》征求意见座谈会',
    // 14:30 in Hangzhou.
    startsAt: new Date('2020-11-20T06:30:00Z'),
    location: '省应急管理厅 3 楼会议室',
    hostUnit: '省应急管理厅',
    plans: ['浙江省应急管理“十四五”规划', '《浙江省防震减灾“十四五”规划》'],
    attendees: ['李明（省应急管理厅）', '王芳（省发展改革委）'],
    externalAttendees: ['省人大代表 ×3', '省政协委员 ×2'],
    agenda: '一、听取规划编制情况汇报\n二、与会代表发言讨论',
    minutes: [
      '## 议题一：规划编制情况',
      '',
      '会议听取了省应急管理厅关于规划编制情况的**汇报**。与会代表认为，',
      '规划总体框架合理，详见[编制说明](https://example.org/note)。',
      '',
      '## 议题二：议定事项',
      '',
      '1. 省应急管理厅牵头修改规划文本；',
      '2. 省发展改革委做好规划衔接。',
      '',
      '- 各市于 12 月底前报送意见',
      '',
      '<div>会后印发各单位。</div>',
    ].join('\n'),
    actionItems: [
      { title: '修改完善规划文本', ownerUnit: '省应急管理厅', dueOn: '2020-12-31', status: '进行中' },
      { title: '做好与国土空间规划的衔接', ownerUnit: '省自然资源厅', dueOn: null, status: '未开始' },
    ],
    opinions: [
      {
        author: '省人大代表 王某',
        quote: '超强台风“利奇马”',
        opinion: '建议量化直接经济损失。',
        disposition: '部分采纳',
        reason: '补充受灾人口数据；经济损失以统计部门公布为准。',
      },
      { author: '省政协委员 张某', quote: '', opinion: '建议全文统一称谓。', disposition: '采纳', reason: '已统一。' },
    ],
    ...overrides,
  };
}

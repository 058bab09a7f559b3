import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n';
import { catalogs } from '../../test-support/mount';
import { planAxisLabels, shortenPlanTitles, threadsByPlanModel } from './chart-data';
import { buildFigures } from './test-fixtures';

const { t } = createAppI18n('zh-CN', catalogs).global;
const tr = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});

const plan = (id: string, title: string, kind = 'SPECIAL') => ({ id, title, kind, drafts: [] });
const labels = (plans: ReturnType<typeof plan>[]) => [...planAxisLabels(plans, tr).values()];

describe('plan names on a chart axis', () => {
  it('drops what every plan title of the programme starts and ends with, whatever the region or period', () => {
    const plans = [
      plan('m', '江苏省交通运输“十五五”规划', 'MASTER'),
      plan('a', '江苏省交通运输综合枢纽“十五五”规划'),
      plan('b', '江苏省交通运输智慧交通“十五五”规划'),
    ];
    expect(labels(plans)).toEqual(['总体规划', '综合枢纽', '智慧交通']);
    expect(
      labels([plan('a', 'Lakeside County Water Plan 2031'), plan('b', 'Lakeside County Roads Plan 2031')]),
    ).toEqual(['Water', 'Roads']);
  });

  it('keeps titles whole when there is nothing to compare them with or nothing would be left', () => {
    expect(labels([plan('m', '某市规划', 'MASTER'), plan('a', '某市应急管理规划')])).toEqual(['总体规划', '应急管理']);
    expect(labels([plan('a', '应急管理规划')])).toEqual(['应急管理规划']);
    expect(labels([plan('a', '应急管理规划'), plan('b', '应急管理规划（修订）')])).toEqual([
      '应急管理规划',
      '应急管理规划（修订）',
    ]);
  });

  it('keeps the full title where there is room: the table row, the tooltip, and the wall’s gate details', () => {
    const names = {
      plans: [plan('plan-master', '乙省应急管理规划', 'MASTER'), plan('plan-tech', '乙省应急管理科技与装备规划')],
      units: [],
    };
    const model = threadsByPlanModel(buildFigures(), names, tr);
    expect(model.categories.map((c) => [c.label, c.fullLabel])).toEqual([
      ['总体规划', '乙省应急管理规划'],
      ['科技与装备', '乙省应急管理科技与装备规划'],
    ]);
    expect(shortenPlanTitles('尚未满足：乙省应急管理科技与装备规划、乙省应急管理规划', names.plans, tr)).toBe(
      '尚未满足：科技与装备、总体规划',
    );
  });
});

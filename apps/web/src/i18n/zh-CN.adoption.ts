// The messages of 采纳即落实 (issue 16): whether each adopted opinion reached the next version, the
// lead unit's confirmation, and the figures of those left unchanged. Kept apart from the signed-in
// pages' catalogs so that a first load carries none of them (useAdoptionMessages brings them).
export default {
  adoption: {
    label: '落实情况',
    state: {
      AWAITING_VERSION: '待新版本核对',
      REFLECTED: '已落实',
      NOT_REFLECTED: '未落实',
      PASSAGE_REMOVED: '原文已删除',
    },
    detail: {
      AWAITING_VERSION: '发布新版本后核对',
      wholeDraft: '针对全文，待答复单位确认落实位置',
      REFLECTED: '第 {version} 版已修改该段',
      NOT_REFLECTED: '第 {version} 版未修改',
      PASSAGE_REMOVED: '第 {version} 版已删除该段',
    },
    confirmedBy: '{name} 确认：{note}',
    confirm: '确认已落实',
    note: '落实位置',
    notePlaceholder: '例如：在第三章第二节体现',
    noteRequired: '请说明在何处落实',
    submit: '确认',
    cancel: '取消',
    gap: '{n} 条已采纳意见未在新版本中落实',
    // The activity, notices and gate condition of issue 16 (activity-text.ts, gate-text.ts). Until
    // these are here, a Chinese page shows the server's own Chinese text for them.
    activity: {
      REFLECTED: '已采纳意见在第 {version} 版中已落实',
      NOT_REFLECTED: '已采纳意见在第 {version} 版中未落实',
      PASSAGE_REMOVED: '已采纳意见的原文在第 {version} 版中已删除',
      confirmed: '{actor} 确认已采纳意见已落实：{note}',
    },
    notice: {
      kind: '落实情况',
      gapKind: '未落实',
      reflected: '你被采纳的意见已在第 {version} 版中落实',
      note: '你被采纳的意见已落实：{note}',
      gap: '第 {version} 版仍有 {count} 条已采纳意见未落实',
    },
    gate: {
      label: '送审稿落实全部采纳意见',
      detail: '{plan}：{n} 条未落实',
    },
    dashboard: {
      title: '采纳意见落实情况',
      total: '已采纳意见未落实',
      none: '已采纳的意见均已在新版本中落实或待核对',
      plan: '规划',
      count: '未落实（条）',
    },
  },
};

export type AdoptionMessages = typeof import('./zh-CN.adoption').default;

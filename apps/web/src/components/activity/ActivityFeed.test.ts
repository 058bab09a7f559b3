import type { ActivityItemFragment } from '@gongbian/graphql-client';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Locale } from '../../i18n';
import { appGlobals } from '../../test-support/mount';
import ActivityFeed from './ActivityFeed.vue';

// Words people wrote (names, titles, quoted text): the only Chinese an English page may show.
const WRITTEN = [
  '李建国',
  '王晓燕',
  '浙江省应急管理“十四五”规划',
  '台风、暴雨',
  '请补充数据',
  '征求意见座谈会',
  '省应急管理厅办公室',
];

let n = 0;
function activity(
  kind: string,
  facts: Record<string, string | number>,
  summary = '服务器的中文摘要',
): ActivityItemFragment {
  n += 1;
  return {
    __typename: 'Activity',
    id: String(n),
    at: '2020-11-16T09:00:00Z',
    kind,
    summary,
    subjectId: `s${n}`,
    facts: Object.entries(facts).map(([name, value]) => ({ __typename: 'Fact', name, value: String(value) })),
    actor: { __typename: 'Person', id: 'p1', name: '李建国' },
  };
}

const PLAN = '浙江省应急管理“十四五”规划';
const ITEMS = [
  activity('draft.created', { actor: '李建国', plan: PLAN, stage: 'CONSULTATION', version: 2 }),
  activity('thread.started', { actor: '李建国', plan: PLAN, quote: '台风、暴雨' }),
  activity('thread.started', { actor: '李建国', plan: PLAN }),
  activity('thread.replied', { actor: '王晓燕', excerpt: '请补充数据' }),
  activity('thread.disposed', { actor: '王晓燕', status: 'PARTLY_ADOPTED', reason: '请补充数据' }),
  activity('thread.disposed', { actor: '王晓燕', status: 'OPEN' }),
  activity('milestone.updated', { actor: '李建国', milestone: PLAN, status: 'DONE' }),
  activity('person.joined', { person: '王晓燕', role: 'EXPERT' }),
  activity('review.assigned', { actor: '李建国', expert: '王晓燕', plan: PLAN, version: 2, dueOn: '2020-11-30' }),
  activity('review.responded', { actor: '王晓燕', accepted: 'false', reason: '请补充数据' }),
  activity('meeting.logged', { actor: '李建国', meetingKind: 'SOLICITATION', meeting: '征求意见座谈会' }),
  activity('meeting.actionItem', { actor: '李建国', item: '请补充数据', status: 'IN_PROGRESS' }),
  activity('thread.reanchored', { version: 3, state: 'ORPHANED' }),
  activity('phase.gateOverridden', { actor: '李建国', phase: '征求意见座谈会', overridden: 'true' }),
  activity('consultation.opened', { actor: '李建国', plan: PLAN, opensOn: '2020-11-16', closesOn: '2020-12-15' }),
  activity('consultation.closed', { actor: '李建国', plan: PLAN }),
  activity('public-opinion.moderated', { actor: '王晓燕', decision: 'REJECT' }),
  activity('public-opinion.group-moderated', { actor: '王晓燕', decision: 'DUPLICATE', count: 12 }),
];

function feed(items: ActivityItemFragment[], locale: Locale = 'zh-CN') {
  const page = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/plans/:planId', name: 'plan', component: page },
      { path: '/drafts/:draftId', name: 'draft', component: page },
      { path: '/meetings/:id', name: 'meeting', component: page },
    ],
  });
  const globals = appGlobals({ locale });
  return mount(ActivityFeed, { props: { items }, global: { ...globals, plugins: [...globals.plugins, router] } });
}

function texts(locale: Locale, items = ITEMS): string[] {
  return feed(items, locale)
    .findAll('.summary')
    .map((p) => p.text());
}

describe('the activity feed', () => {
  it('words every entry in English with no Chinese but what people wrote', () => {
    const english = texts('en');
    for (const [i, text] of english.entries()) {
      const rest = WRITTEN.reduce((s, w) => s.split(w).join(''), text);
      expect(rest, `${ITEMS[i]?.kind}: ${text}`).not.toMatch(/\p{Script=Han}/u);
      expect(text).not.toContain('服务器的中文摘要');
    }
    expect(english[0]).toBe(`李建国 published “${PLAN}”, Draft for comments (version 2)`);
    expect(english[4]).toBe('王晓燕 decided an opinion: Partly adopted. Reason: 请补充数据');
    expect(english.at(-1)).toBe('王晓燕 moderated 12 opinions from the public at once: Marked as duplicates');
  });

  it('words every entry in Chinese with no English words, codes translated', () => {
    const chinese = texts('zh-CN');
    for (const [i, text] of chinese.entries()) expect(text, ITEMS[i]?.kind).not.toMatch(/[A-Za-z]{2,}/);
    expect(chinese[0]).toBe(`李建国 发布《${PLAN}》征求意见稿（第 2 版）`);
    expect(chinese[4]).toBe('王晓燕 将意见处理为「部分采纳」：请补充数据');
    expect(chinese[5]).toBe('王晓燕 重新打开了意见');
    expect(chinese.slice(-4)).toEqual([
      `李建国 发起《${PLAN}》公开征求意见（2020-11-16 至 2020-12-15）`,
      `李建国 结束了《${PLAN}》的公开征求意见`,
      '王晓燕 审核了一条公众意见：不予采纳',
      '王晓燕 批量审核了 12 条公众意见：标为重复',
    ]);
  });

  it('shows the opinions one publish carried over as one line with their count', () => {
    const carried = Array.from({ length: 8 }, () => activity('thread.reanchored', { version: 2, state: 'ATTACHED' }));
    const items = [...carried, activity('thread.reanchored', { version: 2, state: 'ORPHANED' })];
    expect(texts('zh-CN', items)).toEqual(['8 条意见随文本带入第 2 版（原位）', '意见随文本带入第 2 版（原文已删除）']);
    expect(texts('en', carried)).toEqual(['8 opinions carried into version 2 (In place)']);
  });

  it('opens the plan, draft or meeting an entry is about', () => {
    const wrapper = feed([
      { ...activity('plan.created', { actor: '李建国', plan: PLAN }), subjectId: 'plan-1' },
      {
        ...activity('draft.created', { actor: '李建国', plan: PLAN, stage: 'CONSULTATION', version: 2 }),
        subjectId: 'draft-2',
      },
      {
        ...activity('meeting.logged', { actor: '李建国', meetingKind: 'SOLICITATION', meeting: '征求意见座谈会' }),
        subjectId: 'm-1',
      },
      activity('thread.replied', { actor: '王晓燕', excerpt: '请补充数据' }),
    ]);
    const hrefs = wrapper.findAll('[data-testid="activity-item"]').map((li) => {
      const link = li.find('a');
      return link.exists() ? link.attributes('href') : null;
    });
    expect(hrefs).toEqual(['/plans/plan-1', '/drafts/draft-2', '/meetings/m-1', null]);
  });

  it('shows the server’s text for a kind it does not know', () => {
    expect(texts('en', [activity('something.new', { actor: '李建国' }, 'Server words')])).toEqual(['Server words']);
  });
});

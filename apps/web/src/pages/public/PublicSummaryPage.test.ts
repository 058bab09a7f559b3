import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import PublicSummaryPage from './PublicSummaryPage.vue';

const SUMMARY = {
  __typename: 'PublicSummary',
  slug: 'tech-2021',
  title: '浙江省应急管理科技与装备“十四五”规划（征求意见稿）',
  planTitle: '浙江省应急管理科技与装备“十四五”规划',
  state: 'CLOSED',
  received: 1280,
  accepted: 3,
  byDisposition: [
    { __typename: 'PublicSummaryRow', status: 'ADOPTED', count: 1 },
    { __typename: 'PublicSummaryRow', status: 'PARTLY_ADOPTED', count: 1 },
    { __typename: 'PublicSummaryRow', status: 'OPEN', count: 1 },
  ],
  opinions: [
    {
      __typename: 'PublicSummaryOpinion',
      quote: '加强应急科技支撑能力建设。',
      body: '建议明确基层应急装备配备标准。',
      identity: 'NPC_DEPUTY',
      status: 'ADOPTED',
      answer: '已在第三章补充装备配备标准。',
    },
    {
      __typename: 'PublicSummaryOpinion',
      quote: null,
      body: '总体赞成，建议加快出台。',
      identity: 'CITIZEN',
      status: 'OPEN',
      answer: null,
    },
  ],
};

/** The page at /public/tech-2021/summary, with the server answering `summary` (null: no such round). */
async function mountPage(summary: typeof SUMMARY | null) {
  const apollo = recordingApollo((op) => {
    if (op.operationName !== 'PublicSummary') throw new Error(`unexpected operation ${op.operationName}`);
    return { __typename: 'Query', publicSummary: summary };
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/public/:slug', name: 'public-draft', component: empty },
      { path: '/public/:slug/summary', name: 'public-summary', component: empty },
    ],
  });
  await router.push('/public/tech-2021/summary');
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(PublicSummaryPage, {
    global: { ...globals, plugins: [...globals.plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  return { wrapper, operations: apollo.operations };
}

const $ = (w: Awaited<ReturnType<typeof mountPage>>['wrapper'], id: string) => w.find(`[data-testid="${id}"]`);
const all = (w: Awaited<ReturnType<typeof mountPage>>['wrapper'], id: string) =>
  w.findAll(`[data-testid="${id}"]`).map((e) => e.text());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PublicSummaryPage', () => {
  it('asks for the round’s summary by its slug alone, and nothing about who is reading', async () => {
    const { operations } = await mountPage(SUMMARY);
    expect(operations.map((o) => [o.operationName, o.variables])).toEqual([['PublicSummary', { slug: 'tech-2021' }]]);
  });

  it('shows the totals and how the accepted opinions were answered, by name', async () => {
    const { wrapper } = await mountPage(SUMMARY);
    expect($(wrapper, 'summary-title').text()).toBe(SUMMARY.title);
    expect($(wrapper, 'summary-state').text()).toBe('已结束');
    expect($(wrapper, 'summary-received').text()).toBe('1280');
    expect($(wrapper, 'summary-accepted').text()).toBe('3');
    expect(all(wrapper, 'summary-disposition')).toEqual(['采纳 1', '部分采纳 1', '办理中 1']);
  });

  it('lists each accepted opinion with its passage or 全文, identity, outcome and answer, and no name', async () => {
    const { wrapper } = await mountPage(SUMMARY);
    expect(all(wrapper, 'summary-quote')).toEqual(['加强应急科技支撑能力建设。', '全文']);
    expect(all(wrapper, 'summary-body')).toEqual(['建议明确基层应急装备配备标准。', '总体赞成，建议加快出台。']);
    expect(all(wrapper, 'summary-identity')).toEqual(['人大代表', '公众']);
    expect(all(wrapper, 'summary-status')).toEqual(['采纳', '办理中']);
    expect(all(wrapper, 'summary-answer')).toEqual(['已在第三章补充装备配备标准。', '尚未答复']);
    expect(wrapper.text()).not.toContain('匿名');
    expect(wrapper.text()).toContain('本页不公开提意见人的姓名和联系方式。');
  });

  it('links to the summary’s Word and Excel files and back to the draft', async () => {
    const { wrapper } = await mountPage(SUMMARY);
    expect($(wrapper, 'summary-docx').attributes('href')).toBe('/public-api/consultations/tech-2021/summary.docx');
    expect($(wrapper, 'summary-xlsx').attributes('href')).toBe('/public-api/consultations/tech-2021/summary.xlsx');
    expect($(wrapper, 'summary-docx').text()).toBe('下载 Word 文档（.docx）');
    expect(wrapper.find('a[href="/public/tech-2021"]').text()).toBe('返回征求意见稿');
  });

  it('says so while no opinion has been accepted yet', async () => {
    const { wrapper } = await mountPage({ ...SUMMARY, accepted: 0, byDisposition: [], opinions: [] });
    expect($(wrapper, 'summary-none').text()).toBe('尚无采纳转办的意见。');
    expect($(wrapper, 'summary-accepted').text()).toBe('0');
  });

  it('says so when there is no such round', async () => {
    const { wrapper } = await mountPage(null);
    expect($(wrapper, 'summary-not-found').text()).toContain('未找到该征求意见的采纳情况');
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import PublicDraftPage from './PublicDraftPage.vue';
import type { PublicDraft } from './public-draft';

// The widget's proof-of-work runs in the browser e2e test; here it is a stand-in.
vi.mock('./PublicAltcha.vue', () => ({
  __esModule: true,
  default: defineComponent({ emits: ['verified', 'unverified'], setup: () => () => h('span', 'altcha') }),
}));

const block = (id: string, kind: PublicDraft['blocks'][number]['kind'], text: string, level = 0) => ({
  id,
  kind,
  level,
  text,
  label: null,
  marks: [],
});
const view = (over: Partial<PublicDraft> = {}): PublicDraft => ({
  slug: 'tech-2021',
  title: '浙江省应急管理科技与装备“十四五”规划（征求意见稿）',
  planTitle: '浙江省应急管理科技与装备“十四五”规划',
  intro: '现向社会公开征求意见。',
  opensOn: '2020-11-16',
  closesOn: '2020-12-15',
  state: 'OPEN',
  blocks: [block('b1', 'HEADING', '一、发展基础', 1), block('b2', 'PARAGRAPH', '加强应急科技支撑能力建设。')],
  ...over,
});

/** The page, reading `answer` as the server's snapshot of the round (null: 404). */
async function mountPage(answer: PublicDraft | null) {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      return answer
        ? new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } })
        : new Response(JSON.stringify({ error: 'NOT_FOUND' }), { status: 404 });
    }),
  );
  // The page sends no GraphQL: any operation fails the test.
  const apollo = recordingApollo((op) => {
    throw new Error(`unexpected operation ${op.operationName}`);
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/public/:slug', name: 'public-draft', component: defineComponent({ render: () => null }) },
      { path: '/public/:slug/summary', name: 'public-summary', component: defineComponent({ render: () => null }) },
    ],
  });
  await router.push('/public/tech-2021');
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(PublicDraftPage, {
    global: { ...globals, plugins: [...globals.plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  return { wrapper, fetched, asked: () => apollo.operations.map((o) => o.operationName) };
}

const $ = (w: Awaited<ReturnType<typeof mountPage>>['wrapper'], id: string) => w.find(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('PublicDraftPage', () => {
  it('reads the draft’s cacheable snapshot by its slug alone, asking nothing about who is reading', async () => {
    const { wrapper, asked, fetched } = await mountPage(view());
    expect(fetched).toEqual(['/public-api/consultations/tech-2021']);
    expect(asked()).toEqual([]);
    expect($(wrapper, 'public-title').text()).toBe('浙江省应急管理科技与装备“十四五”规划（征求意见稿）');
    expect($(wrapper, 'public-state').text()).toBe('征求意见中');
    expect($(wrapper, 'public-dates').text()).toBe('征求意见时间：2020-11-16 至 2020-12-15');
    expect($(wrapper, 'public-intro').text()).toBe('现向社会公开征求意见。');
    expect(wrapper.findAll('[data-testid="draft-block"]')).toHaveLength(2);
    expect($(wrapper, 'public-summary-link').text()).toBe('查看意见采纳情况');
    expect($(wrapper, 'public-summary-link').attributes('href')).toBe('/public/tech-2021/summary');
  });

  it('says so when there is no such draft open to the public', async () => {
    const { wrapper } = await mountPage(null);
    expect($(wrapper, 'public-not-found').text()).toContain('未找到该征求意见稿');
    expect($(wrapper, 'public-opinion-form').exists()).toBe(false);
  });

  it('chooses a whole paragraph with a tap, and the whole text with its button', async () => {
    const { wrapper } = await mountPage(view());
    expect($(wrapper, 'public-opinion-form').exists()).toBe(false);
    await wrapper.find('[data-block-id="b2"] [data-testid="block-text"]').trigger('click');
    await flushPromises();
    expect($(wrapper, 'public-opinion-quote').text()).toBe('加强应急科技支撑能力建设。');
    expect($(wrapper, 'public-chosen-bar').text()).toContain('已选：加强应急科技支撑能力建设。');
    await $(wrapper, 'public-whole').trigger('click');
    await flushPromises();
    expect($(wrapper, 'public-opinion-quote').text()).toBe('全文');
  });

  it.each([
    ['CLOSED', '已结束', '本次征求意见已于 2020-12-15 结束，不再接收意见。感谢您的关注。'],
    ['SCHEDULED', '未开始', '征求意见将于 2020-11-16 开始，届时可提交意见。'],
  ] as const)('hides the form of a round %s and says why', async (state, label, note) => {
    const { wrapper } = await mountPage(view({ state }));
    expect($(wrapper, 'public-state').text()).toBe(label);
    expect($(wrapper, 'public-not-open').text()).toBe(note);
    await wrapper.find('[data-block-id="b2"] [data-testid="block-text"]').trigger('click');
    await flushPromises();
    expect($(wrapper, 'public-opinion-form').exists()).toBe(false);
    expect($(wrapper, 'public-whole').exists()).toBe(false);
  });
});

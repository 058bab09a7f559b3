import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { type Answer, answeringApollo, type Sent } from '../../components/plans/test-fixtures';
import { appGlobals } from '../../test-support/mount';
import PublicOpinionForm from './PublicOpinionForm.vue';
import type { ChosenPassage } from './passage';

// The real widget solves a proof-of-work in workers (the browser e2e test runs it): here a stand-in
// at the component's boundary says "verified" with a payload when its button is pressed.
const widget = vi.hoisted(() => ({ reset: vi.fn() }));
vi.mock('./PublicAltcha.vue', () => ({
  // As a bundler's module: defineAsyncComponent takes its default export.
  __esModule: true,
  default: defineComponent({
    emits: ['verified', 'unverified'],
    setup(_, { emit, expose }) {
      expose({
        reset: () => {
          widget.reset();
          emit('unverified');
        },
      });
      return () =>
        h('button', { type: 'button', 'data-testid': 'altcha-stub', onClick: () => emit('verified', 'PAYLOAD-1') });
    },
  }),
}));

const passage: ChosenPassage = { blockId: 'b7', start: 4, end: 12, quote: '加强应急科技支撑' };
const receipt = {
  data: {
    __typename: 'Mutation',
    submitPublicOpinion: { __typename: 'SubmitPublicOpinionPayload', receipt: 'GB-7Q4K-9XPM', clientMutationId: null },
  },
};

function mountForm(props: { passage: ChosenPassage | null }, respond: (op: Sent) => Answer = () => receipt) {
  const apollo = answeringApollo(respond);
  const wrapper = mount(PublicOpinionForm, {
    props: { slug: 'tech-2021', ...props },
    global: appGlobals({ apollo: apollo.client }),
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

type Wrapper = ReturnType<typeof mountForm>['wrapper'];
const field = (w: Wrapper, id: string) => w.find(`[data-testid="public-opinion-${id}"]`);
const submitButton = (w: Wrapper) => field(w, 'submit').element as HTMLButtonElement;
async function verify(w: Wrapper) {
  await flushPromises();
  await w.find('[data-testid="altcha-stub"]').trigger('click');
}

beforeEach(() => widget.reset.mockClear());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('PublicOpinionForm', () => {
  it('keeps 提交 disabled until the check is verified, then sends the passage, the identity and the widget’s payload', async () => {
    const { wrapper, sent } = mountForm({ passage });
    expect(field(wrapper, 'quote').text()).toBe('加强应急科技支撑');
    await field(wrapper, 'body').setValue('建议增加基层应急装备配备标准。');
    await field(wrapper, 'identity').setValue('NPC_DEPUTY');
    await field(wrapper, 'name').setValue('李明');
    await field(wrapper, 'contact').setValue('13800138000');
    expect(submitButton(wrapper).disabled).toBe(true);
    expect(field(wrapper, 'need-verify').text()).toBe('完成人机验证后即可提交');

    await verify(wrapper);
    expect(submitButton(wrapper).disabled).toBe(false);
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(sent.map((s) => s.operationName)).toEqual(['SubmitPublicOpinion']);
    expect(sent[0]?.variables.input).toMatchObject({
      slug: 'tech-2021',
      anchor: { blockId: 'b7', start: 4, end: 12, quote: '加强应急科技支撑' },
      body: '建议增加基层应急装备配备标准。',
      identity: 'NPC_DEPUTY',
      authorName: '李明',
      contact: '13800138000',
      challenge: 'PAYLOAD-1',
    });
    expect(wrapper.emitted('submitted')).toEqual([['GB-7Q4K-9XPM']]);
    // The solution is spent: the widget starts over for the next opinion.
    expect(widget.reset).toHaveBeenCalledTimes(1);
  });

  it('offers the seven identities, 公众 first', () => {
    const { wrapper } = mountForm({ passage });
    expect(
      field(wrapper, 'identity')
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['公众', '企业', '人大代表', '政协委员', '专家', '组织', '其他']);
    expect((field(wrapper, 'identity').element as HTMLSelectElement).value).toBe('CITIZEN');
  });

  it('clears and disables the name when 匿名 is ticked, and sends no name for the whole text', async () => {
    const { wrapper, sent } = mountForm({ passage: null });
    expect(field(wrapper, 'quote').text()).toBe('全文');
    await field(wrapper, 'name').setValue('王芳');
    await field(wrapper, 'anonymous').setValue(true);
    const name = field(wrapper, 'name').element as HTMLInputElement;
    expect(name.value).toBe('');
    expect(name.disabled).toBe(true);

    await field(wrapper, 'body').setValue('总体赞成。');
    await verify(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent[0]?.variables.input).toMatchObject({
      anchor: null,
      authorName: null,
      contact: null,
      identity: 'CITIZEN',
    });
  });

  it('counts the characters against the 5,000 allowed', async () => {
    const { wrapper } = mountForm({ passage });
    expect(field(wrapper, 'body').attributes('maxlength')).toBe('5000');
    await field(wrapper, 'body').setValue('建议修改本段');
    expect(field(wrapper, 'counter').text()).toContain('6 / 5000');
    expect(field(wrapper, 'counter').text()).toContain('已输入 6 字，最多 5000 字');
  });

  it('sends nothing while the contact is neither a phone number nor an e-mail address', async () => {
    const { wrapper, sent } = mountForm({ passage });
    await field(wrapper, 'body').setValue('意见');
    await field(wrapper, 'contact').setValue('找我');
    await verify(wrapper);
    expect(field(wrapper, 'contact-problem').text()).toBe('请填写有效的手机号码或电子邮箱');
    expect(submitButton(wrapper).disabled).toBe(true);
    await field(wrapper, 'contact').setValue('li@example.cn');
    expect(submitButton(wrapper).disabled).toBe(false);
    expect(sent).toEqual([]);
  });

  it.each([
    ['RATE_LIMITED', '提交过于频繁，请稍后再试。'],
    ['CHALLENGE_INVALID', '人机验证已失效，请重新验证后再提交。'],
    ['CONSULTATION_CLOSED', '本次征求意见已结束，不再接收意见。'],
  ])('says what a refusal coded %s means, and asks for a new check', async (code, text) => {
    const { wrapper } = mountForm({ passage }, () => ({ errors: [{ message: 'refused', extensions: { code } }] }));
    await field(wrapper, 'body').setValue('意见');
    await verify(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(field(wrapper, 'error').text()).toBe(text);
    expect(wrapper.emitted('submitted')).toBeUndefined();
    expect(widget.reset).toHaveBeenCalledTimes(1);
    expect(submitButton(wrapper).disabled).toBe(true);
    // What was written stays, to send again once checked.
    expect((field(wrapper, 'body').element as HTMLTextAreaElement).value).toBe('意见');
  });
});

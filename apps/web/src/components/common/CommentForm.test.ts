import { CombinedGraphQLErrors } from '@apollo/client';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { appGlobals } from '../../test-support/mount';
import CommentForm from './CommentForm.vue';

type Props = InstanceType<typeof CommentForm>['$props'];

function mountForm(props: Partial<Props> = {}, extraField?: () => unknown) {
  return mount(CommentForm, {
    props: {
      label: '意见内容',
      requiredMessage: '请填写意见内容',
      bodyTestid: 'body',
      submitTestid: 'submit',
      ...props,
    },
    slots: extraField ? { default: extraField } : {},
    global: appGlobals(),
  });
}

const errors = (w: ReturnType<typeof mountForm>) => w.findAll('.el-form-item__error').map((e) => e.text());
// Element Plus shows a form item's message a moment after it turns to error.
const expectErrors = (w: ReturnType<typeof mountForm>, expected: string[]) =>
  vi.waitFor(() => expect(errors(w)).toEqual(expected));

describe('CommentForm', () => {
  it('refuses an empty body and says so, then sends the text without surrounding blanks', async () => {
    const wrapper = mountForm();
    await wrapper.get('[data-testid="submit"]').trigger('click');
    await expectErrors(wrapper, ['请填写意见内容']);
    expect(wrapper.emitted('submit')).toBeUndefined();

    await wrapper.get('[data-testid="body"]').setValue('  建议补充量化指标。 \n');
    await wrapper.get('[data-testid="submit"]').trigger('click');
    expect(wrapper.emitted('submit')).toEqual([['建议补充量化指标。']]);
    expect(wrapper.find('.el-form-item.is-error').exists()).toBe(false);
  });

  it('checks the caller’s own fields with the body, so every gap shows at once', async () => {
    let asked = 0;
    const wrapper = mountForm(
      {
        validate: () => {
          asked++;
          return false;
        },
      },
      () => h('p', { class: 'own-field' }, '提出人'),
    );
    expect(wrapper.find('.own-field').exists()).toBe(true);
    await wrapper.get('[data-testid="submit"]').trigger('click');
    expect(asked).toBe(1);
    await expectErrors(wrapper, ['请填写意见内容']);
    await wrapper.get('[data-testid="body"]').setValue('意见');
    await wrapper.get('[data-testid="submit"]').trigger('click');
    expect(asked).toBe(2);
    expect(wrapper.emitted('submit')).toBeUndefined();
  });

  it('lets an optional body go empty, shows why the last try failed, and cancels', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'This draft closed for comments.', extensions: { code: 'FORBIDDEN' } }],
    });
    const wrapper = mountForm({ required: false, error: refusal, cancelLabel: '关闭' });
    expect(wrapper.find('[data-testid="error-note"]').exists()).toBe(true);
    await wrapper.get('[data-testid="submit"]').trigger('click');
    expect(wrapper.emitted('submit')).toEqual([['']]);
    const cancel = wrapper.findAll('button').find((b) => b.text() === '关闭');
    await cancel?.trigger('click');
    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });
});

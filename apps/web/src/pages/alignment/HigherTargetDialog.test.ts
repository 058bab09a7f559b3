import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloKey } from '../../graphql/apollo';
import { createAppI18n } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';
import HigherTargetDialog from './HigherTargetDialog.vue';

const field = (testid: string) => {
  const el = document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
  return el instanceof HTMLInputElement ? el : (el?.querySelector('input') ?? null);
};
async function type(testid: string, value: string) {
  const input = field(testid);
  if (!input) throw new Error(`no field ${testid}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('HigherTargetDialog', () => {
  it('records a higher plan’s target for the programme, and asks for what is missing first', async () => {
    const apollo = recordingApollo((op) => ({
      __typename: 'Mutation',
      defineHigherTarget: {
        __typename: 'DefineHigherTargetPayload',
        higherTarget: {
          __typename: 'HigherTarget',
          id: 'ht-2',
          ...(op.variables.input as Record<string, unknown>),
        },
      },
    }));
    const wrapper = mount(HigherTargetDialog, {
      props: { open: true, programId: 'program-1' },
      global: { plugins: [createAppI18n('zh-CN', catalogs)], provide: { [ApolloKey as symbol]: apollo.client } },
      attachTo: document.body,
    });
    await flushPromises();
    document.body.querySelector<HTMLElement>('[data-testid="higher-target-submit"]')?.click();
    await flushPromises();
    expect(document.body.textContent).toContain('请填写上位规划、指标名称、目标值和目标年份');
    expect(apollo.operations).toHaveLength(0);

    await type('higher-target-document', '《“十四五”国家应急体系规划》');
    await type('higher-target-name', '应急救援力量覆盖率');
    await type('higher-target-unit', '%');
    await type('higher-target-target', '90');
    await type('higher-target-year', '2025');
    document.body.querySelector<HTMLElement>('[data-testid="higher-target-submit"]')?.click();
    await flushPromises();
    expect(apollo.operations[0]?.variables.input).toMatchObject({
      programId: 'program-1',
      document: '《“十四五”国家应急体系规划》',
      name: '应急救援力量覆盖率',
      unit: '%',
      target: 90,
      targetYear: 2025,
      direction: 'AT_LEAST',
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });
});

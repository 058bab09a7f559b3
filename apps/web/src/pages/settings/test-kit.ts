// Builders and mounting for the settings dialogs' component tests (imported by *.test.ts only, never shipped).
import type { SettingsPersonFragment, SettingsPlanFragment, SettingsUnitFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { ElSelect } from 'element-plus';
import type { Component } from 'vue';
import { type Answer, answeringApollo, type Sent } from '../../components/plans/test-fixtures';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';

export type { Answer, Sent };

export const unit = (id: string, shortName: string): SettingsUnitFragment => ({
  __typename: 'Unit',
  id,
  name: `浙江省应急管理厅${shortName}`,
  shortName,
});
export const GUICAI = unit('u-guicai', '规财处');
export const KEXIN = unit('u-kexin', '科信处');
export const JIUYUAN = unit('u-jiuyuan', '救援处');
export const UNITS = [GUICAI, KEXIN, JIUYUAN];

export function buildPlan(over: Partial<SettingsPlanFragment> = {}): SettingsPlanFragment {
  return {
    __typename: 'Plan',
    id: 'plan-tech',
    title: '浙江省应急管理科技与装备发展“十四五”规划',
    kind: 'SPECIAL',
    stage: 'CONSULTATION',
    issuance: '厅印发',
    version: 3,
    leadUnit: KEXIN,
    coUnits: [GUICAI],
    ...over,
  };
}

export function buildPerson(over: Partial<SettingsPersonFragment> = {}): SettingsPersonFragment {
  return {
    __typename: 'Person',
    id: 'p-expert',
    name: '陈立',
    title: '研究员',
    role: 'EXPERT',
    unit: null,
    memberships: [],
    ...over,
  };
}

/** A dialog mounted against a server that is `respond`; what it sent is recorded. */
export function mountDialog(component: Component, props: Record<string, unknown>, respond: (op: Sent) => Answer) {
  const apollo = answeringApollo(respond);
  const wrapper = mount(component, {
    props,
    global: { ...appGlobals({ apollo: apollo.client }), provide: { [ApolloKey as symbol]: apollo.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

// The dialogs are teleported to the body.
export const $ = <E extends HTMLElement = HTMLElement>(testId: string, within: ParentNode = document.body) =>
  within.querySelector<E>(`[data-testid="${testId}"]`);

export async function type(testId: string, text: string, within: ParentNode = document.body) {
  const input = $(testId, within);
  const field =
    input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement ? input : input?.querySelector('input');
  if (!field) throw new Error(`no ${testId}`);
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await flushPromises();
}

/** What a text field shows (Element Plus puts the test id on the input itself, or on its wrapper). */
export function shownIn(testId: string, within: ParentNode = document.body): string | undefined {
  const el = $(testId, within);
  const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : el?.querySelector('input');
  return field?.value;
}

export async function click(testId: string, within: ParentNode = document.body) {
  const target = $(testId, within);
  if (!target) throw new Error(`no ${testId}`);
  target.click();
  await flushPromises();
}

/** Chooses in the `index`th select of the dialog, as picking from its drop-down does. */
export async function choose(wrapper: ReturnType<typeof mount>, index: number, value: unknown) {
  const select = wrapper.findAllComponents(ElSelect)[index];
  if (!select) throw new Error(`no select ${index}`);
  select.vm.$emit('update:modelValue', value);
  await flushPromises();
}

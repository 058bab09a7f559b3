import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloKey } from '../../graphql/apollo';
import { createAppI18n } from '../../i18n';
import { catalogs } from '../../test-support/mount';
import IndicatorDialog, { type KeptPlan } from './IndicatorDialog.vue';
import { buildIndicator, buildSpecial } from './test-fixtures';

/** The expectedVersion the nth updateIndicator was sent with. */
const expectedVersion = (sent: Sent[], n: number) =>
  (sent.filter((s) => s.name === 'UpdateIndicator')[n]?.variables.input as { expectedVersion?: number } | undefined)
    ?.expectedVersion;

interface Sent {
  name: string | undefined;
  variables: Record<string, unknown>;
}

/** A server that answers each operation by name: data, or a refusal (errors with extensions). */
function server(answers: Record<string, () => { data?: unknown; errors?: unknown[] }>) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, variables: operation.variables });
        const answer = answers[operation.operationName ?? '']?.();
        if (!answer) observer.error(new Error(`unexpected ${operation.operationName}`));
        else {
          observer.next(answer as ApolloLink.Result);
          observer.complete();
        }
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const PLANS: KeptPlan[] = [
  { id: 'plan-tech', title: '应急管理科技与装备规划', kind: 'SPECIAL', currentDraft: { id: 'draft-tech' } },
];
const SUGGESTION = {
  __typename: 'IndicatorSuggestion',
  name: '重点行业领域监测预警覆盖率',
  unit: '%',
  baseline: 70,
  baselineYear: 2020,
  target: 98,
  targetYear: 2025,
  kind: 'BINDING',
  direction: 'AT_LEAST',
  source: { __typename: 'Anchor', blockId: 'b8', start: 4, end: 20, quote: '重点行业领域监测预警覆盖率达到98%' },
};

function mountDialog(apollo: ApolloClient, indicator: ReturnType<typeof buildIndicator> | null) {
  return mount(IndicatorDialog, {
    props: { open: true, indicator, plans: PLANS, masters: [buildIndicator()], higherTargets: [] },
    global: { plugins: [createAppI18n('zh-CN', catalogs)], provide: { [ApolloKey as symbol]: apollo } },
    attachTo: document.body,
  });
}
const inDialog = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
// Element Plus puts a text input's attributes on the <input>, a number input's on its wrapper.
const shownValue = (testid: string) => {
  const el = inDialog(testid);
  return (el instanceof HTMLInputElement ? el : el?.querySelector('input'))?.value;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('IndicatorDialog', () => {
  it('fills the form from an indicator found in the draft, for the person to confirm, and sends its passage', async () => {
    const api = server({
      SuggestIndicators: () => ({ data: { __typename: 'Query', suggestIndicators: [SUGGESTION] } }),
      DefineIndicator: () => ({
        data: {
          __typename: 'Mutation',
          defineIndicator: { __typename: 'DefineIndicatorPayload', indicator: buildSpecial(false) },
        },
      }),
    });
    const wrapper = mountDialog(api.client, null);
    await flushPromises();
    expect(api.sent.find((s) => s.name === 'SuggestIndicators')?.variables).toEqual({ draftId: 'draft-tech' });
    const suggestion = inDialog('indicator-suggestion');
    expect(suggestion?.textContent).toContain('重点行业领域监测预警覆盖率');
    suggestion?.querySelector('button')?.click();
    await flushPromises();
    expect(shownValue('indicator-name-input')).toBe('重点行业领域监测预警覆盖率');
    expect(shownValue('indicator-unit')).toBe('%');
    expect(shownValue('indicator-target-input')).toBe('98');
    expect(shownValue('indicator-target-year')).toBe('2025');
    expect(inDialog('indicator-source-input')?.textContent).toContain('重点行业领域监测预警覆盖率达到98%');
    expect(inDialog('indicator-picked')?.textContent).toContain('请核对后保存');
    inDialog('indicator-save')?.click();
    await flushPromises();
    const define = api.sent.find((s) => s.name === 'DefineIndicator');
    expect(define?.variables.input).toMatchObject({
      indicator: {
        planId: 'plan-tech',
        name: '重点行业领域监测预警覆盖率',
        unit: '%',
        baseline: 70,
        baselineYear: 2020,
        target: 98,
        targetYear: 2025,
        kind: 'BINDING',
        direction: 'AT_LEAST',
        source: { blockId: 'b8', start: 4, end: 20, quote: '重点行业领域监测预警覆盖率达到98%' },
        supportsId: null,
      },
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('asks for the name, target and year before sending anything', async () => {
    const api = server({ SuggestIndicators: () => ({ data: { __typename: 'Query', suggestIndicators: [] } }) });
    mountDialog(api.client, null);
    await flushPromises();
    inDialog('indicator-save')?.click();
    await flushPromises();
    expect(inDialog('indicator-problem')?.textContent).toBe('请选择规划并填写指标名称、目标值和目标年份');
    expect(api.sent.map((s) => s.name)).not.toContain('DefineIndicator');
  });

  it('says in words why the server refused, without closing', async () => {
    const api = server({
      SuggestIndicators: () => ({ data: { __typename: 'Query', suggestIndicators: [SUGGESTION] } }),
      DefineIndicator: () => ({
        errors: [
          {
            message: 'Only the plan’s lead unit or the working group may keep its indicators.',
            extensions: { code: 'FORBIDDEN', reason: 'INDICATOR_ROLE', facts: {} },
          },
        ],
      }),
    });
    const wrapper = mountDialog(api.client, null);
    await flushPromises();
    inDialog('indicator-suggestion-use')?.click();
    await flushPromises();
    inDialog('indicator-save')?.click();
    await flushPromises();
    expect(inDialog('error-text')?.textContent).toBe('只有该规划的牵头单位或工作专班可以维护其目标指标');
    expect(wrapper.emitted('saved')).toBeUndefined();
    expect(wrapper.emitted('stale')).toBeUndefined();
  });

  it('says when someone else changed the indicator meanwhile, then shows their version and sends from it', async () => {
    const api = server({
      SuggestIndicators: () => ({ data: { __typename: 'Query', suggestIndicators: [] } }),
      UpdateIndicator: () => ({
        errors: [
          {
            message: 'Someone else changed this indicator meanwhile (now version 3).',
            extensions: { code: 'CONFLICT', reason: 'INDICATOR_CHANGED', facts: { version: '3' } },
          },
        ],
      }),
    });
    const mine = buildSpecial(true);
    const wrapper = mountDialog(api.client, mine);
    await flushPromises();
    expect(shownValue('indicator-target-input')).toBe('90');
    inDialog('indicator-save')?.click();
    await flushPromises();
    expect(expectedVersion(api.sent, 0)).toBe(2);
    expect(inDialog('error-text')?.textContent).toBe('该指标已被他人修改（现为第 3 版），请刷新后再改');
    expect(wrapper.emitted('stale')).toHaveLength(1);
    expect(wrapper.emitted('saved')).toBeUndefined();

    // The page loads it again: the form shows what is saved now.
    await wrapper.setProps({ indicator: buildSpecial(false) });
    await flushPromises();
    expect(shownValue('indicator-target-input')).toBe('96');
    expect(inDialog('indicator-reloaded')?.textContent).toBe('已载入他人修改后的内容，请核对后再保存。');
    inDialog('indicator-save')?.click();
    await flushPromises();
    expect(expectedVersion(api.sent, 1)).toBe(3);
  });
});

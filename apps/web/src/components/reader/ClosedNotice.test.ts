import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { appGlobals } from '../../test-support/mount';
import ClosedNotice from './ClosedNotice.vue';

function mountNotice(props: { reason: 'ROLE' | 'STAGE_CLOSED'; waiting?: number }) {
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'overview', component: empty }],
  });
  const globals = appGlobals();
  return mount(ClosedNotice, {
    props: { stage: 'REVIEW', deadline: null, newestId: null, ...props },
    global: { plugins: [...globals.plugins, router], provide: globals.provide },
  });
}

describe('ClosedNotice', () => {
  it('tells a lead unit refused a comment on its 送审稿 how many opinions wait for its answer, linking to the list', () => {
    const wrapper = mountNotice({ reason: 'ROLE', waiting: 10 });
    expect(wrapper.text()).toContain('您的角色不能对“送审稿”阶段的文稿提出意见');
    const hint = wrapper.get('[data-testid="waiting-opinions"]');
    expect(hint.text()).toBe('本单位有 10 条意见待答复');
    expect(hint.attributes('href')).toBe('/#sec-todo');
  });

  it('says nothing of waiting opinions when none wait', () => {
    expect(mountNotice({ reason: 'ROLE', waiting: 0 }).find('[data-testid="waiting-opinions"]').exists()).toBe(false);
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { type Answer, answeringApollo, type Sent } from '../../components/plans/test-fixtures';
import { appGlobals } from '../../test-support/mount';
import ModerationCard from './ModerationCard.vue';
import { buildOpinion } from './test-fixtures';

function mountCard(opinion = buildOpinion(), respond: (op: Sent) => Answer = () => ({ data: null })) {
  const apollo = answeringApollo(respond);
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/:rest(.*)*', component: empty },
    ],
  });
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(ModerationCard, {
    props: {
      opinion,
      draftId: 'draft-3',
      candidates: [{ id: 'po-9', label: '已采纳 · 王芳 · 建议增加装备标准' }],
    },
    global: { ...globals, plugins: [...globals.plugins, router] },
  });
  return { wrapper, sent: apollo.sent };
}

const moderated = (opinion: ReturnType<typeof buildOpinion>) => ({
  data: {
    __typename: 'Mutation',
    moderatePublicOpinion: { __typename: 'ModeratePublicOpinionPayload', opinion, clientMutationId: null },
  },
});

describe('ModerationCard', () => {
  it('shows the passage, the body, the identity and 匿名 for an opinion sent without a name', () => {
    const { wrapper } = mountCard(buildOpinion({ authorName: null, identity: 'CPPCC_MEMBER' }));
    expect(wrapper.find('[data-testid="moderation-quote"]').text()).toBe('加强应急科技支撑');
    expect(wrapper.find('[data-testid="moderation-identity"]').text()).toBe('政协委员');
    expect(wrapper.find('[data-testid="moderation-author"]').text()).toBe('匿名');
  });

  it('will not reject without a note, then rejects with it at the version it was shown', async () => {
    const opinion = buildOpinion();
    const { wrapper, sent } = mountCard(opinion, () => moderated({ ...opinion, status: 'REJECTED', version: 4 }));
    await wrapper.find('[data-testid="moderation-reject"]').trigger('click');
    await wrapper.find('[data-testid="moderation-confirm-reject"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="moderation-problem"]').text()).toBe('请填写不予采纳的理由');
    expect(sent).toEqual([]);

    await wrapper.find('textarea').setValue('与规划定位不符');
    await wrapper.find('[data-testid="moderation-confirm-reject"]').trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.operationName)).toEqual(['ModeratePublicOpinion']);
    expect(sent[0]?.variables.input).toMatchObject({
      opinionId: 'po-1',
      decision: 'REJECT',
      note: '与规划定位不符',
      duplicateOfId: null,
      expectedVersion: 3,
    });
    expect(wrapper.emitted('decided')?.[0]?.[0]).toMatchObject({ status: 'REJECTED', version: 4 });
  });

  it('will not mark a duplicate until the opinion it repeats is chosen', async () => {
    const { wrapper, sent } = mountCard();
    await wrapper.find('[data-testid="moderation-duplicate"]').trigger('click');
    await wrapper.find('[data-testid="moderation-confirm-duplicate"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="moderation-problem"]').text()).toBe('请选择与之重复的意见');
    expect(sent).toEqual([]);
  });

  it('says someone else decided it when the server answers CONFLICT, and asks the page to reload', async () => {
    const { wrapper } = mountCard(buildOpinion(), () => ({
      errors: [
        {
          message: 'This opinion was moderated meanwhile (now version 4).',
          extensions: { code: 'CONFLICT', reason: 'OPINION_CHANGED', facts: { version: '4' } },
        },
      ],
    }));
    await wrapper.find('[data-testid="moderation-accept"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="moderation-conflict"]').text()).toBe('这条意见已由他人处理，已刷新为最新情况。');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('decided')).toBeUndefined();
  });

  it('links an accepted opinion to the thread it became, and offers no decision', () => {
    const { wrapper } = mountCard(
      buildOpinion({
        status: 'ACCEPTED',
        thread: { __typename: 'Thread', id: 't-42' },
        moderatedBy: { __typename: 'Person', id: 'p-w', name: '王志强' },
      }),
    );
    expect(wrapper.find('[data-testid="moderation-thread"]').attributes('href')).toBe('/drafts/draft-3?thread=t-42');
    expect(wrapper.find('[data-testid="moderation-accept"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('王志强 处理');
  });
});

import type { OpinionGrouping, PublicOpinionGroupCardFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { type Answer, answeringApollo, type Sent } from '../../components/plans/test-fixtures';
import { appGlobals } from '../../test-support/mount';
import ModerationGroups from './ModerationGroups.vue';
import { buildGroup, buildOpinion, groupsPage, opinionsPage } from './test-fixtures';

const passage = buildGroup();
const whole = buildGroup({
  key: 'p:',
  blockId: null,
  quote: null,
  count: 3,
  sample: buildOpinion({ id: 'po-w', anchor: null, body: '总体赞成，建议加快出台。' }),
});

const block = (id: string, kind: 'HEADING' | 'PARAGRAPH', text: string) => ({
  __typename: 'Block',
  id,
  kind,
  level: kind === 'HEADING' ? 1 : 0,
  label: null,
  text,
});
const passages = {
  __typename: 'Query',
  consultation: {
    __typename: 'PublicConsultation',
    id: 'pc-1',
    passageCounts: [
      { __typename: 'PassageOpinionCount', blockId: 'b7', received: 20, pending: 12 },
      { __typename: 'PassageOpinionCount', blockId: 'b8', received: 2, pending: 2 },
      { __typename: 'PassageOpinionCount', blockId: 'b9', received: 5, pending: 0 },
    ],
    draft: {
      __typename: 'Draft',
      id: 'draft-3',
      blocks: [
        block('b1', 'HEADING', '一、发展基础'),
        block('b7', 'PARAGRAPH', '加强应急科技支撑能力建设。'),
        block('b8', 'PARAGRAPH', '完善应急物资储备体系。'),
        block('b9', 'PARAGRAPH', '推进应急装备现代化。'),
      ],
    },
  },
};

interface Server {
  groups: PublicOpinionGroupCardFragment[];
  moderate: () => Answer;
}

async function mountGroups(by: OpinionGrouping, server: Server) {
  const apollo = answeringApollo((op: Sent): Answer => {
    switch (op.operationName) {
      case 'ConsultationGroups':
        return { data: groupsPage(server.groups) };
      case 'ConsultationPassages':
        return { data: passages };
      case 'ConsultationOpinions':
        return {
          data: opinionsPage(
            op.variables.group === 'p:b8'
              ? [buildOpinion({ id: 'po-81', body: '储备点布局要考虑山区。' }), buildOpinion({ id: 'po-82' })]
              : [buildOpinion({ id: 'po-s' }), buildOpinion({ id: 'po-2' })],
          ),
        };
      case 'ModeratePublicOpinionGroup':
        return server.moderate();
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/:rest(.*)*', component: empty },
    ],
  });
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(ModerationGroups, {
    props: { consultationId: 'pc-1', by, draftId: 'draft-3', candidates: [] },
    global: { ...globals, plugins: [...globals.plugins, router] },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  const asked = (name: string) => apollo.sent.filter((o) => o.operationName === name);
  return { wrapper, asked };
}

type Wrapper = Awaited<ReturnType<typeof mountGroups>>['wrapper'];
const group = (w: Wrapper, key: string) => w.get(`[data-testid="moderation-group"][data-group-key="${key}"]`);
const within = (w: Wrapper, key: string, id: string) => group(w, key).get(`[data-testid="${id}"]`);

/** Answers the confirmation Element Plus shows in the page body. */
async function confirmBox(expected: string) {
  const box = await vi.waitFor(() => {
    const el = document.querySelector('.el-message-box');
    if (!el) throw new Error('no confirmation shown');
    return el;
  });
  expect(box.textContent).toContain(expected);
  const buttons = [...box.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button')];
  buttons.find((b) => b.className.includes('--primary'))?.click();
  await flushPromises();
}

const decided = (n: number): Answer => ({
  data: {
    __typename: 'Mutation',
    moderatePublicOpinionGroup: {
      __typename: 'ModeratePublicOpinionGroupPayload',
      decided: n,
      clientMutationId: null,
      consultation: {
        __typename: 'PublicConsultation',
        id: 'pc-1',
        slug: 'tech-2021',
        publicUrl: 'https://gongbian.example.cn/public/tech-2021',
        intro: '',
        state: 'OPEN',
        opensOn: '2020-11-16',
        closesOn: '2020-12-15',
        received: 12,
        pending: 0,
        accepted: 0,
        rejected: 12,
        duplicate: 0,
      },
    },
  },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ModerationGroups', () => {
  it('lists the pending opinions by passage, largest group first, with each group’s size, passage and example', async () => {
    const { wrapper, asked } = await mountGroups('PASSAGE', { groups: [passage, whole], moderate: () => decided(0) });
    expect(asked('ConsultationGroups')[0]?.variables).toMatchObject({ id: 'pc-1', by: 'PASSAGE', after: null });
    expect(wrapper.findAll('[data-testid="moderation-group"]').map((g) => g.attributes('data-group-key'))).toEqual([
      'p:b7',
      'p:',
    ]);
    expect(within(wrapper, 'p:b7', 'moderation-group-count').text()).toBe('12 条');
    expect(within(wrapper, 'p:b7', 'moderation-group-quote').text()).toBe('加强应急科技支撑能力建设。');
    expect(within(wrapper, 'p:b7', 'moderation-group-sample').text()).toBe('建议明确基层应急装备配备标准。');
    expect(within(wrapper, 'p:', 'moderation-group-quote').text()).toBe('全文');
    expect(within(wrapper, 'p:', 'moderation-group-count').text()).toBe('3 条');
  });

  it('lists a group’s own opinions when it is opened', async () => {
    const { wrapper, asked } = await mountGroups('SIMILAR_TEXT', {
      groups: [buildGroup({ key: 's:0b7c', by: 'SIMILAR_TEXT', blockId: null, quote: null })],
      moderate: () => decided(0),
    });
    expect(asked('ConsultationGroups')[0]?.variables.by).toBe('SIMILAR_TEXT');
    expect(wrapper.find('[data-testid="moderation-card"]').exists()).toBe(false);
    await within(wrapper, 's:0b7c', 'moderation-group-toggle').trigger('click');
    await flushPromises();
    expect(asked('ConsultationOpinions')[0]?.variables).toMatchObject({ status: 'PENDING', group: 's:0b7c' });
    expect(wrapper.findAll('[data-testid="moderation-card"]').map((c) => c.attributes('data-opinion-id'))).toEqual([
      'po-s',
      'po-2',
    ]);
  });

  it('will not reject a group without a note, then rejects it with the count it showed, and reloads', async () => {
    const { wrapper, asked } = await mountGroups('PASSAGE', { groups: [passage], moderate: () => decided(12) });
    await within(wrapper, 'p:b7', 'moderation-group-reject').trigger('click');
    await within(wrapper, 'p:b7', 'moderation-group-confirm-reject').trigger('click');
    await flushPromises();
    expect(within(wrapper, 'p:b7', 'moderation-group-problem').text()).toBe('请填写不予采纳的理由');
    expect(asked('ModeratePublicOpinionGroup')).toEqual([]);

    await group(wrapper, 'p:b7').get('textarea').setValue('与规划定位不符');
    await within(wrapper, 'p:b7', 'moderation-group-confirm-reject').trigger('click');
    await flushPromises();
    expect(asked('ModeratePublicOpinionGroup')[0]?.variables.input).toMatchObject({
      consultationId: 'pc-1',
      groupKey: 'p:b7',
      decision: 'REJECT',
      note: '与规划定位不符',
      duplicateOfId: null,
      expectedCount: 12,
    });
    expect(wrapper.emitted('decided')).toHaveLength(1);
    expect(asked('ConsultationGroups')).toHaveLength(2);
  });

  it('says the group changed and shows it as it now is when the server answers GROUP_CHANGED', async () => {
    const server: Server = {
      groups: [passage],
      moderate: () => {
        server.groups = [{ ...passage, count: 14 }];
        return {
          errors: [
            {
              message: 'The group has 14 pending opinions now, not 12.',
              extensions: { code: 'CONFLICT', reason: 'GROUP_CHANGED', facts: { count: '14' } },
            },
          ],
        };
      },
    };
    const { wrapper, asked } = await mountGroups('PASSAGE', server);
    await within(wrapper, 'p:b7', 'moderation-group-reject').trigger('click');
    await group(wrapper, 'p:b7').get('textarea').setValue('与规划定位不符');
    await within(wrapper, 'p:b7', 'moderation-group-confirm-reject').trigger('click');
    await flushPromises();
    await flushPromises();
    expect(within(wrapper, 'p:b7', 'moderation-group-changed').text()).toBe(
      '本组待处理的意见已有变化（现为 14 条），已刷新为最新情况，请核对后再处理。',
    );
    expect(asked('ConsultationGroups')).toHaveLength(2);
    expect(within(wrapper, 'p:b7', 'moderation-group-count').text()).toBe('14 条');
  });

  it('merges a group into its example once confirmed', async () => {
    const { wrapper, asked } = await mountGroups('PASSAGE', { groups: [passage], moderate: () => decided(11) });
    await within(wrapper, 'p:b7', 'moderation-group-merge').trigger('click');
    await confirmBox('保留示例意见，本组其余 11 条标为与它重复。确定合并吗？');
    expect(asked('ModeratePublicOpinionGroup')[0]?.variables.input).toMatchObject({
      groupKey: 'p:b7',
      decision: 'DUPLICATE',
      duplicateOfId: 'po-s',
      note: null,
      expectedCount: 12,
    });
  });

  it('offers to accept each opinion of a group of at most 50, and says to merge a larger one', async () => {
    const { wrapper, asked } = await mountGroups('SIMILAR_TEXT', {
      groups: [
        buildGroup({ key: 's:big', by: 'SIMILAR_TEXT', blockId: null, quote: null, count: 51 }),
        buildGroup({ key: 's:fifty', by: 'SIMILAR_TEXT', blockId: null, quote: null, count: 50 }),
      ],
      moderate: () => decided(50),
    });
    const big = within(wrapper, 's:big', 'moderation-group-accept');
    expect(big.attributes('disabled')).toBeDefined();
    expect(within(wrapper, 's:big', 'moderation-group-accept-note').text()).toBe(
      '本组超过 50 条，不能逐条采纳；内容相同的意见请合并为一条',
    );
    await big.trigger('click');
    await flushPromises();
    expect(document.querySelector('.el-message-box')).toBeNull();

    const fifty = within(wrapper, 's:fifty', 'moderation-group-accept');
    expect(fifty.attributes('disabled')).toBeUndefined();
    await fifty.trigger('click');
    await confirmBox('本组 50 条意见将各自转为一条意见');
    expect(asked('ModeratePublicOpinionGroup').map((o) => o.variables.input)).toEqual([
      expect.objectContaining({ groupKey: 's:fifty', decision: 'ACCEPT', expectedCount: 50 }),
    ]);
  });

  it('shows each passage’s counts beside the groups and opens the group of a passage chosen', async () => {
    const { wrapper, asked } = await mountGroups('PASSAGE', { groups: [passage], moderate: () => decided(0) });
    const rows = wrapper.findAll('[data-testid="passage-row"]');
    expect(rows.map((r) => [r.attributes('data-block-id'), r.attributes('data-pending')])).toEqual([
      ['b1', '0'],
      ['b7', '12'],
      ['b8', '2'],
      ['b9', '0'],
    ]);
    expect(rows[1]?.classes()).toContain('has-pending');
    expect(rows[3]?.classes()).not.toContain('has-pending');
    expect(rows[3]?.attributes('disabled')).toBeDefined();
    expect(rows[1]?.text()).toContain('待处理 12');

    // b8's group is on no page loaded yet: it opens all the same, with its opinions.
    await rows[2]?.trigger('click');
    await flushPromises();
    expect(within(wrapper, 'p:b8', 'moderation-group-count').text()).toBe('2 条');
    await wrapper.get('[data-testid="passage-pending-only"]').setValue(true);
    expect(wrapper.findAll('[data-testid="passage-row"]').map((r) => r.attributes('data-block-id'))).toEqual([
      'b7',
      'b8',
    ]);
    expect(within(wrapper, 'p:b8', 'moderation-group-quote').text()).toBe('完善应急物资储备体系。');
    expect(asked('ConsultationOpinions').at(-1)?.variables).toMatchObject({ group: 'p:b8', status: 'PENDING' });
    expect(
      group(wrapper, 'p:b8')
        .findAll('[data-testid="moderation-card"]')
        .map((c) => c.attributes('data-opinion-id')),
    ).toEqual(['po-81', 'po-82']);
  });
});

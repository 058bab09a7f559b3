import { flushPromises } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import TopicDialog from './TopicDialog.vue';
import { $, type Answer, choose, click, GUICAI, JIUYUAN, mountDialog, type, UNITS } from './test-kit';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TopicDialog', () => {
  it('adds a research topic with its content, units and due date', async () => {
    const { wrapper, sent } = mountDialog(
      TopicDialog,
      { open: true, programId: 'program-1', units: UNITS },
      (): Answer => ({
        data: {
          createTopic: {
            __typename: 'CreateTopicPayload',
            clientMutationId: null,
            topic: {
              __typename: 'ResearchTopic',
              id: 't-new',
              number: 7,
              title: '应急救援力量布点研究',
              content: '研究全省救援力量布局。',
              dueOn: '2021-03-31',
              status: 'PLANNED',
              leadUnit: JIUYUAN,
              coUnits: [GUICAI],
            },
          },
        },
      }),
    );
    await flushPromises();
    await type('topic-title-input', '应急救援力量布点研究');
    await type('topic-content-input', '研究全省救援力量布局。');
    await choose(wrapper, 0, JIUYUAN.id);
    await choose(wrapper, 1, [GUICAI.id]);
    wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', '2021-03-31');
    await click('topic-submit');
    expect(sent[0]?.variables.input).toMatchObject({
      programId: 'program-1',
      title: '应急救援力量布点研究',
      content: '研究全省救援力量布局。',
      leadUnitId: JIUYUAN.id,
      coUnitIds: [GUICAI.id],
      dueOn: '2021-03-31',
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('asks for the title, the content and the lead unit before asking the server', async () => {
    const { sent } = mountDialog(TopicDialog, { open: true, programId: 'program-1', units: UNITS }, () => {
      throw new Error('nothing should be sent');
    });
    await flushPromises();
    await type('topic-title-input', '布点研究');
    await click('topic-submit');
    expect($('topic-problem')?.textContent).toBe('请填写带 * 的各项');
    expect(sent).toEqual([]);
  });
});

import type { SettingsTopicFragment } from '@gongbian/graphql-client';
import { flushPromises } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import TopicDialog from './TopicDialog.vue';
import {
  $,
  type Answer,
  choose,
  click,
  GUICAI,
  JIUYUAN,
  KEXIN,
  mountDialog,
  type Sent,
  shownIn,
  type,
  UNITS,
} from './test-kit';

const TOPIC: SettingsTopicFragment = {
  __typename: 'ResearchTopic',
  id: 't-3',
  number: 3,
  title: '应急物资储备布点研究',
  content: '研究全省应急物资储备库布局。',
  dueOn: '2021-03-31',
  status: 'IN_PROGRESS',
  version: 4,
  leadUnit: GUICAI,
  coUnits: [KEXIN],
};

const edited = (topic: SettingsTopicFragment) => (): Answer => ({
  data: { editTopic: { __typename: 'EditTopicPayload', clientMutationId: null, topic } },
});
const editOf = (sent: Sent[]) => sent.filter((s) => s.operationName === 'SettingsEditTopic');

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
              version: 1,
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

  it('edits a topic with the version it was opened at, even once the page has a newer one', async () => {
    const { wrapper, sent } = mountDialog(
      TopicDialog,
      { open: true, topic: TOPIC, programId: 'program-1', units: UNITS },
      edited({ ...TOPIC, title: '应急物资储备布点与调度研究', version: 5 }),
    );
    await flushPromises();
    expect(shownIn('topic-title-input')).toBe(TOPIC.title);
    expect(shownIn('topic-content-input')).toBe(TOPIC.content);
    // Its unit's status update reaches the page while the form is open.
    await wrapper.setProps({ topic: { ...TOPIC, status: 'DONE', version: 5 } });
    await type('topic-title-input', ' 应急物资储备布点与调度研究 ');
    await click('topic-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsEditTopic']);
    expect(editOf(sent)[0]?.variables.input).toMatchObject({
      topicId: TOPIC.id,
      title: '应急物资储备布点与调度研究',
      content: TOPIC.content,
      leadUnitId: GUICAI.id,
      coUnitIds: [KEXIN.id],
      dueOn: '2021-03-31',
      expectedVersion: 4,
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('shows the CONFLICT refusal of a stale edit, takes the topic as it now stands, and asks the page to reload', async () => {
    let asked = 0;
    const { wrapper, sent } = mountDialog(
      TopicDialog,
      { open: true, topic: TOPIC, programId: 'program-1', units: UNITS },
      (): Answer => {
        asked += 1;
        if (asked > 1) return edited({ ...TOPIC, version: 7 })();
        return {
          errors: [
            {
              message:
                'The research topic was changed by someone else meanwhile (now version 6); reload and edit again.',
              extensions: {
                code: 'CONFLICT',
                reason: 'TOPIC_CHANGED',
                facts: { version: '6' },
                current: {
                  version: 6,
                  title: '别人改过的课题名称',
                  content: '别人改过的内容',
                  leadUnitId: JIUYUAN.id,
                  coUnitIds: [],
                  dueOn: null,
                  status: 'IN_PROGRESS',
                },
              },
            },
          ],
        };
      },
    );
    await flushPromises();
    await type('topic-title-input', '我的改动');
    await click('topic-submit');
    expect($('error-text')?.textContent).toBe('该课题已被他人修改（现为第 6 版），请核对后再保存');
    expect($('topic-reloaded')?.textContent).toContain('表单已换成最新内容');
    expect(shownIn('topic-title-input')).toBe('别人改过的课题名称');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('close')).toBeUndefined();

    // Saving again, now from what the server holds, sends its version and its values.
    await click('topic-submit');
    expect(editOf(sent)[1]?.variables.input).toMatchObject({
      expectedVersion: 6,
      title: '别人改过的课题名称',
      leadUnitId: JIUYUAN.id,
      coUnitIds: [],
      dueOn: null,
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});

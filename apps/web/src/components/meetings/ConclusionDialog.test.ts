import type { MeetingConclusionFragment, MeetingDetailFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import { type Answer, answeringApollo, type Sent } from '../plans/test-fixtures';
import ConclusionCard from './ConclusionCard.vue';
import ConclusionDialog from './ConclusionDialog.vue';

const RECORDED: MeetingConclusionFragment = {
  __typename: 'MeetingConclusion',
  verdict: 'PASSED_WITH_REVISIONS',
  text: '原则通过，按专家意见修改后报审。',
  recordedAt: '2020-11-13T08:00:00.000Z',
  recordedBy: { __typename: 'Person', id: 'p-working', name: '王建国' },
};

function buildMeeting(overrides: Partial<MeetingDetailFragment> = {}): MeetingDetailFragment {
  return {
    __typename: 'Meeting',
    id: 'm-1',
    kind: 'EXPERT_REVIEW',
    title: '总体规划专家论证会',
    startsAt: '2020-11-13T02:00:00.000Z',
    location: null,
    agenda: null,
    minutes: '',
    minutesVersion: 0,
    minutesEditedAt: null,
    hasTakenPlace: true,
    externalAttendees: [],
    minutesEditedBy: null,
    conclusion: null,
    viewerCan: {
      __typename: 'MeetingPermissions',
      edit: true,
      editMinutes: true,
      addActionItem: true,
      recordOpinion: false,
      recordConclusion: true,
    },
    hostUnit: { __typename: 'Unit', id: 'u-1', name: '规划财务处', shortName: '规财处' },
    plans: [],
    attendees: [],
    actionItems: [],
    threads: [],
    ...overrides,
  };
}

function mountDialog(current: MeetingConclusionFragment | null, respond: (op: Sent) => Answer) {
  const apollo = answeringApollo(respond);
  const wrapper = mount(ConclusionDialog, {
    props: { open: true, meetingId: 'm-1', current },
    global: appGlobals({ apollo: apollo.client }),
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

// The dialog is teleported to the body.
const $ = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const click = async (testId: string) => {
  $(testId)?.click();
  await flushPromises();
};
const chooseVerdict = async (verdict: string) => {
  document.body.querySelector<HTMLInputElement>(`[data-testid="conclusion-verdict-${verdict}"] input`)?.click();
  await flushPromises();
};
// Element Plus puts the test id on the textarea itself.
const textArea = () => document.body.querySelector<HTMLTextAreaElement>('textarea[data-testid="conclusion-text"]');
const write = async (text: string) => {
  const area = textArea();
  if (!area) throw new Error('no conclusion text area');
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await flushPromises();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ConclusionDialog', () => {
  it('records the chosen verdict with its text and hands the page the meeting the server answered', async () => {
    const answered = buildMeeting({ conclusion: RECORDED });
    const { wrapper, sent } = mountDialog(null, () => ({
      data: {
        recordMeetingConclusion: { __typename: 'RecordConclusionPayload', clientMutationId: null, meeting: answered },
      },
    }));
    await flushPromises();
    await chooseVerdict('PASSED_WITH_REVISIONS');
    await write('  原则通过，按专家意见修改后报审。 ');
    await click('conclusion-submit');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.operationName).toBe('RecordMeetingConclusion');
    expect(sent[0]?.variables.input).toMatchObject({
      meetingId: 'm-1',
      verdict: 'PASSED_WITH_REVISIONS',
      text: '原则通过，按专家意见修改后报审。',
    });
    expect(wrapper.emitted('recorded')?.[0]?.[0]).toMatchObject({
      id: 'm-1',
      conclusion: { verdict: 'PASSED_WITH_REVISIONS' },
    });
  });

  it('asks for a verdict and a text before sending anything', async () => {
    const { sent } = mountDialog(null, () => {
      throw new Error('nothing should be sent');
    });
    await flushPromises();
    await click('conclusion-submit');
    expect($('conclusion-problem')?.textContent).toBe('请选择会议结论');
    await chooseVerdict('PASSED');
    await write('   ');
    await click('conclusion-submit');
    expect($('conclusion-problem')?.textContent).toBe('请填写结论意见');
    expect(sent).toEqual([]);
  });

  it('starts a change from the recorded conclusion and shows the server’s refusal in words', async () => {
    const { wrapper, sent } = mountDialog(RECORDED, () => ({
      errors: [
        {
          message: 'This meeting takes place on 2020-11-20; its conclusion can be recorded from that day.',
          extensions: { code: 'FORBIDDEN', reason: 'CONCLUSION_BEFORE_MEETING', facts: { date: '2020-11-20' } },
        },
      ],
    }));
    await flushPromises();
    expect(textArea()?.value).toBe(RECORDED.text);
    await chooseVerdict('NOT_PASSED');
    await click('conclusion-submit');
    expect(sent[0]?.variables.input).toMatchObject({ verdict: 'NOT_PASSED', text: RECORDED.text });
    expect($('error-text')?.textContent).toBe('会议定于 2020-11-20 召开，届时方可记录结论');
    expect(wrapper.emitted('recorded')).toBeUndefined();
  });
});

describe('ConclusionCard', () => {
  const mountCard = (meeting: MeetingDetailFragment) =>
    mount(ConclusionCard, { props: { meeting }, global: appGlobals(), attachTo: document.body });

  it('shows the recorded verdict, its text and who recorded it, with a button to change it', () => {
    const card = mountCard(buildMeeting({ conclusion: RECORDED }));
    expect(card.get('[data-testid="conclusion-verdict-shown"]').text()).toBe('修改后通过');
    expect(card.get('[data-testid="conclusion-text-shown"]').text()).toBe(RECORDED.text);
    expect(card.get('[data-testid="conclusion-by"]').text()).toContain('王建国');
    expect(card.get('[data-testid="conclusion-open"]').text()).toBe('修改结论');
  });

  it('offers no button to someone the server does not let record it', () => {
    const meeting = buildMeeting();
    const card = mountCard({ ...meeting, viewerCan: { ...meeting.viewerCan, recordConclusion: false } });
    expect(card.find('[data-testid="conclusion-open"]').exists()).toBe(false);
    expect(card.get('[data-testid="conclusion-none"]').text()).toBe('尚未记录会议结论');
  });

  it('says when the meeting takes place instead of offering the button before it', () => {
    const meeting = buildMeeting({ startsAt: '2020-11-19T16:30:00.000Z', hasTakenPlace: false });
    const card = mountCard({ ...meeting, viewerCan: { ...meeting.viewerCan, recordConclusion: false } });
    expect(card.find('[data-testid="conclusion-open"]').exists()).toBe(false);
    // 16:30 UTC is past midnight in China: the programme's calendar says the 20th.
    expect(card.get('[data-testid="conclusion-not-yet"]').text()).toBe('会议定于 2020-11-20 召开，召开后方可记录结论');
  });
});

import type { ReviewAssignmentItemFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { nth } from '../../test-support/fixtures';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import ReviewForm from './ReviewForm.vue';

function buildAssignment(over: Partial<ReviewAssignmentItemFragment> = {}): ReviewAssignmentItemFragment {
  return {
    __typename: 'ReviewAssignment',
    id: 'ra-1',
    dueOn: '2020-11-30',
    status: 'ACCEPTED',
    overdue: false,
    declineReason: null,
    draft: {
      __typename: 'Draft',
      id: 'd-1',
      version: 2,
      stage: 'REVIEW',
      title: '浙江省应急管理“十四五”规划（送审稿）',
      plan: { __typename: 'Plan', id: 'p-1', title: '浙江省应急管理“十四五”规划' },
    },
    review: null,
    ...over,
  };
}

const SUMMARY = '规划目标总体合理，建议补充基层应急能力建设的量化指标。';

function mountForm(assignment = buildAssignment()) {
  const apollo = recordingApollo((op) => {
    const input = op.variables.input as Record<string, unknown>;
    return {
      __typename: 'Mutation',
      submitReview: {
        __typename: 'SubmitReviewPayload',
        clientMutationId: input.clientMutationId,
        assignment: {
          ...assignment,
          status: 'SUBMITTED',
          review: {
            __typename: 'Review',
            verdict: input.verdict,
            foresight: input.foresight,
            scientific: input.scientific,
            operability: input.operability,
            summary: input.summary,
            submittedAt: '2020-11-16T08:00:00Z',
            threads: [],
          },
        },
      },
    };
  });
  const wrapper = mount(ReviewForm, { props: { assignment }, global: appGlobals({ apollo: apollo.client }) });
  const submits = () => apollo.operations.filter((o) => o.operationName === 'SubmitReview');
  const errors = () => wrapper.findAll('.el-form-item__error').map((e) => e.text());
  /** Chooses score `n` for one criterion, as a click on its radio button would. */
  const score = (criterion: string, n: number) =>
    nth(wrapper.get(`[data-testid="review-score-${criterion}"]`).findAll('input'), n - 1).setValue(true);
  const verdict = (label: string) =>
    wrapper
      .findAll('[data-testid="review-verdict"] .el-radio-button')
      .find((b) => b.text() === label)
      ?.get('input')
      .setValue(true);
  const submit = async () => {
    // the submit button is native-type submit: pressing it submits the form
    expect(wrapper.get('[data-testid="review-submit"]').attributes('type')).toBe('submit');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
  };
  /** Answers the confirmation Element Plus shows in the page body: confirm or cancel. */
  const answer = async (choice: 'confirm' | 'cancel') => {
    const box = await vi.waitFor(() => {
      const el = document.querySelector('.el-message-box');
      if (!el) throw new Error('no confirmation shown');
      return el;
    });
    expect(box.textContent).toContain('提交后不能修改，确定提交？');
    const buttons = [...box.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button')];
    const button = choice === 'confirm' ? buttons.find((b) => b.className.includes('--primary')) : buttons[0];
    button?.click();
    await flushPromises();
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).toBeNull());
  };
  const fillIn = async () => {
    await verdict('修改后同意');
    await score('foresight', 4);
    await score('scientific', 5);
    await score('operability', 3);
    await wrapper.get('[data-testid="review-summary"]').setValue(`  ${SUMMARY}\n`);
  };
  return { wrapper, submits, errors, score, verdict, submit, answer, fillIn };
}

describe('ReviewForm', () => {
  it('refuses to submit without a verdict, all three scores and a summary, and says what is missing', async () => {
    const { wrapper, submits, errors, submit } = mountForm();
    await submit();
    expect(submits()).toHaveLength(0);
    // Element Plus shows a form item's message a moment after it turns to error
    await vi.waitFor(() =>
      expect(errors()).toEqual([
        '请选择评审结论',
        '请打分（1–5 分）',
        '请打分（1–5 分）',
        '请打分（1–5 分）',
        '请填写总体意见',
      ]),
    );
    wrapper.unmount();
  });

  it('still refuses while one score is missing or the summary is only spaces', async () => {
    const { wrapper, submits, errors, score, verdict, submit } = mountForm();
    await verdict('修改后同意');
    await score('foresight', 4);
    await score('operability', 3);
    await wrapper.get('[data-testid="review-summary"]').setValue('   ');
    await submit();
    expect(submits()).toHaveLength(0);
    await vi.waitFor(() => expect(errors()).toEqual(['请打分（1–5 分）', '请填写总体意见']));
    // the message sits under 科学性, the score not given
    const scientific = wrapper.findAll('.el-form-item').find((i) => i.text().startsWith('科学性'));
    expect(scientific?.find('.el-form-item__error').exists()).toBe(true);
    wrapper.unmount();
  });

  it('asks before the final submission, and sends nothing when the expert cancels', async () => {
    const { wrapper, submits, submit, answer, fillIn } = mountForm();
    await fillIn();
    await submit();
    await answer('cancel');
    expect(submits()).toHaveLength(0);
    expect(wrapper.emitted('submitted')).toBeUndefined();
    wrapper.unmount();
  });

  it('submits the verdict, the three scores and the trimmed summary once all are given and confirmed', async () => {
    const { wrapper, submits, errors, submit, answer, fillIn } = mountForm();
    await fillIn();
    await submit();
    expect(submits()).toHaveLength(0);
    await answer('confirm');
    await vi.waitFor(() => expect(wrapper.emitted('submitted')).toHaveLength(1));
    expect(errors()).toEqual([]);
    expect(submits()).toHaveLength(1);
    expect(nth(submits(), 0).variables.input).toMatchObject({
      assignmentId: 'ra-1',
      verdict: 'APPROVE_WITH_REVISIONS',
      foresight: 4,
      scientific: 5,
      operability: 3,
      summary: SUMMARY,
    });
    wrapper.unmount();
  });

  it('shows a submitted review read-only, with nothing left to submit', () => {
    const { wrapper } = mountForm(
      buildAssignment({
        status: 'SUBMITTED',
        review: {
          __typename: 'Review',
          verdict: 'APPROVE',
          foresight: 5,
          scientific: 4,
          operability: 4,
          summary: SUMMARY,
          submittedAt: '2020-11-16T08:00:00Z',
          threads: [],
        },
      }),
    );
    expect(wrapper.find('[data-testid="review-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="review-submit"]').exists()).toBe(false);
    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(wrapper.get('[data-testid="review-verdict-shown"]').text()).toBe('同意');
    expect(wrapper.get('[data-testid="review-score-shown-scientific"]').text()).toContain('4 分');
    expect(wrapper.get('[data-testid="review-readonly"]').text()).toContain(SUMMARY);
    wrapper.unmount();
  });
});

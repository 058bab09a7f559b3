import { describe, expect, it } from 'vitest';
import { closedReason, type DraftOpenFacts } from './closed-reason';

const draft = (over: Partial<DraftOpenFacts> = {}): DraftOpenFacts => ({
  id: 'd2',
  commentsOpen: false,
  commentDeadline: null,
  plan: { currentDraft: { id: 'd2' } },
  ...over,
});
const now = '2020-11-16T08:00:00.000Z';

describe('closedReason', () => {
  it('is null while comments are open', () => {
    expect(closedReason(draft({ commentsOpen: true }), now)).toBeNull();
  });

  it('names a newer version first', () => {
    expect(
      closedReason(draft({ plan: { currentDraft: { id: 'd3' } }, commentDeadline: '2020-01-01T00:00:00Z' }), now),
    ).toBe('NEWER_VERSION');
  });

  it('names a passed deadline, else the stage', () => {
    expect(closedReason(draft({ commentDeadline: '2020-11-15T16:00:00Z' }), now)).toBe('DEADLINE_PASSED');
    expect(closedReason(draft({ commentDeadline: '2020-12-31T16:00:00Z' }), now)).toBe('STAGE_CLOSED');
    expect(closedReason(draft(), now)).toBe('STAGE_CLOSED');
  });
});

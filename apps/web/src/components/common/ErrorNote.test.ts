import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n';
import { appGlobals } from '../../test-support/mount';
import ErrorNote from './ErrorNote.vue';

const refusal = (code: string, reason: string | undefined, facts: Record<string, string>, message: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, reason, facts } }] });

const shown = (error: unknown, locale: Locale) =>
  mount(ErrorNote, { props: { error }, global: appGlobals({ locale }) })
    .get('[data-testid="error-note"]')
    .text();

const CLOSED = refusal(
  'FORBIDDEN',
  'COMMENT_WINDOW_CLOSED',
  { deadline: '2020-11-30T09:00:00.000Z' },
  'Commenting on this draft closed on 2020-11-30T09:00:00.000Z.',
);

describe('ErrorNote', () => {
  it('says a refusal in Chinese from its reason and facts, with no English from the server', () => {
    const text = shown(CLOSED, 'zh-CN');
    expect(text).toMatch(/^本稿已于 2020.11.30 \d\d:\d\d 截止征求意见$/);
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('says the same refusal in English, the deadline in the reader’s format', () => {
    expect(shown(CLOSED, 'en')).toMatch(/^Comments on this draft closed on 11\/30\/2020, \d\d:\d\d\.$/);
  });

  it('translates the codes among the facts: a stage, an opinion’s status, a review’s status', () => {
    const stage = refusal('FORBIDDEN', 'COMMENT_ROLE', { stage: 'REVIEW' }, 'Your role may not comment …');
    expect(shown(stage, 'zh-CN')).toBe('您的角色不能对“送审稿”阶段的文稿提出意见');
    expect(shown(stage, 'en')).toBe('Your role may not comment on a draft at the “Draft for approval” stage.');
    const decided = refusal('CONFLICT', 'ALREADY_DECIDED', { threadStatus: 'PARTLY_ADOPTED' }, 'already decided');
    expect(shown(decided, 'zh-CN')).toBe('这条意见已处理（部分采纳），请先重新打开');
    const answered = refusal('CONFLICT', 'ALREADY_ANSWERED', { reviewStatus: 'DECLINED' }, 'already answered');
    expect(shown(answered, 'en')).toBe('This invitation was already answered (Declined).');
  });

  it('words a wait in the reader’s language', () => {
    const wait = refusal('RATE_LIMITED', 'WRITES_TOO_FAST', { seconds: '90', perMinute: '600' }, 'Wait 2 minutes');
    expect(shown(wait, 'zh-CN')).toBe('修改过于频繁（每分钟最多 600 次），请 2 分钟后再试');
    expect(shown(wait, 'en')).toBe('You are making changes faster than 600 a minute. Wait 2 minutes and try again.');
  });

  it('falls back to the message for the code when the reason is unknown: the server’s English only for English readers', () => {
    const unknown = refusal('FORBIDDEN', 'SOMETHING_NEW', {}, 'A rule this client does not know.');
    expect(shown(unknown, 'zh-CN')).toBe('您没有执行此操作的权限');
    const en = mount(ErrorNote, { props: { error: unknown }, global: appGlobals({ locale: 'en' }) });
    expect(en.get('[data-testid="error-text"]').text()).toBe('You are not allowed to do this.');
    expect(en.get('.detail').text()).toBe('A rule this client does not know.');
  });
});

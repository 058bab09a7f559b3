import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n, type Locale } from '../../i18n';
import { plainText } from '../../i18n/segments';
import { appGlobals, catalogs } from '../../test-support/mount';
import { gateText } from '../dashboard/gate-text';
import { useActivityText, type Worded } from './activity-text';

// Issue 16's entries, notices and gate condition, worded from their facts in each language. The
// server's Chinese summary is only the fallback for a kind the client does not know, so each
// test's summary differs from the expected sentence.

function texts(locale: Locale, global: ReturnType<typeof appGlobals> = appGlobals({ locale })) {
  let api: ReturnType<typeof useActivityText> | undefined;
  mount(
    defineComponent({
      setup() {
        api = useActivityText();
        return () => null;
      },
    }),
    { global },
  );
  if (!api) throw new Error('not mounted');
  return api;
}

const worded = (kind: string, facts: Record<string, string>): Worded => ({
  kind,
  summary: '服务器的摘要',
  facts: Object.entries(facts).map(([name, value]) => ({ name, value })),
});

describe('the activity of adopted opinions', () => {
  it.each([
    ['zh-CN', 'REFLECTED', '已采纳意见在第 3 版中已落实'],
    ['zh-CN', 'NOT_REFLECTED', '已采纳意见在第 3 版中未落实'],
    ['zh-CN', 'PASSAGE_REMOVED', '已采纳意见的原文在第 3 版中已删除'],
    ['en', 'REFLECTED', 'An adopted opinion was carried out in version 3'],
    ['en', 'NOT_REFLECTED', 'An adopted opinion was not carried out in version 3'],
    ['en', 'PASSAGE_REMOVED', 'The passage of an adopted opinion was deleted in version 3'],
  ] as const)('(%s) words a check that found it %s', (locale, state, expected) => {
    expect(texts(locale).activityText(worded('thread.adoption-checked', { version: '3', state }))).toBe(expected);
  });

  it.each([
    ['zh-CN', '李明 确认已采纳意见已落实：在第三章第二节体现'],
    ['en', '李明 confirmed an adopted opinion carried out: 在第三章第二节体现'],
  ] as const)('(%s) words a confirmation with who and where', (locale, expected) => {
    const item = worded('thread.adoption-confirmed', { actor: '李明', note: '在第三章第二节体现' });
    expect(texts(locale).activityText(item)).toBe(expected);
    // The note is the lead unit's own words: data, kept as written.
    expect(
      texts(locale)
        .activityParts(item)
        .filter((s) => s.data)
        .map((s) => s.text),
    ).toEqual(['李明', '在第三章第二节体现']);
  });
});

describe('a Chinese page that has not yet loaded the adoption messages', () => {
  it('shows the server’s own Chinese for issue 16’s entries and notices', () => {
    // As on the overview: the signed-in pages' messages, none of zh-CN.adoption.ts.
    const { adoption: _left, ...withoutAdoption } = catalogs['zh-CN'];
    const global = {
      ...appGlobals(),
      plugins: [createAppI18n('zh-CN', { 'zh-CN': withoutAdoption as (typeof catalogs)['zh-CN'] })],
    };
    const api = texts('zh-CN', global);
    expect(api.activityText(worded('thread.adoption-checked', { version: '3', state: 'REFLECTED' }))).toBe(
      '服务器的摘要',
    );
    expect(api.noticeText(worded('adoption-gap', { version: '3', count: '2' }))).toBe('服务器的摘要');
    // and everything else as before
    expect(api.activityText(worded('thread.disposed', { actor: '李明', status: 'ADOPTED' }))).toBe(
      '李明 将意见处理为「采纳」',
    );
  });
});

describe('the notices of adopted opinions', () => {
  it.each([
    ['zh-CN', { version: '3', state: 'REFLECTED' }, '你被采纳的意见已在第 3 版中落实'],
    ['zh-CN', { state: 'REFLECTED', note: '在第三章第二节体现' }, '你被采纳的意见已落实：在第三章第二节体现'],
    ['en', { version: '3', state: 'REFLECTED' }, 'Your adopted opinion was carried out in version 3'],
    [
      'en',
      { state: 'REFLECTED', note: '在第三章第二节体现' },
      'Your adopted opinion was carried out: 在第三章第二节体现',
    ],
  ] as const)('(%s) tell the author %j', (locale, facts, expected) => {
    expect(texts(locale).noticeText(worded('adoption', facts))).toBe(expected);
  });

  it.each([
    ['zh-CN', '第 3 版仍有 2 条已采纳意见未落实'],
    ['en', 'Version 3 leaves 2 adopted opinions not carried out'],
  ] as const)('(%s) tell the lead unit what a version leaves unchanged', (locale, expected) => {
    expect(texts(locale).noticeText(worded('adoption-gap', { version: '3', count: '2' }))).toBe(expected);
  });
});

describe('the phase-3 gate condition ADOPTIONS_REFLECTED', () => {
  const condition = {
    code: 'ADOPTIONS_REFLECTED',
    label: '送审稿落实全部采纳意见',
    met: false,
    detail: '总体规划：2 条未落实；物资规划：1 条未落实',
    facts: [
      { name: 'plan', value: '总体规划' },
      { name: 'count', value: '2' },
      { name: 'plan', value: '物资规划' },
      { name: 'count', value: '1' },
    ],
  };
  it.each([
    ['zh-CN', '送审稿落实全部采纳意见', '总体规划：2 条未落实；物资规划：1 条未落实'],
    [
      'en',
      'Every adopted opinion carried out in the drafts for approval',
      '总体规划: 2 not carried out; 物资规划: 1 not carried out',
    ],
  ] as const)('(%s) says which plans leave how many unchanged', (locale, label, missing) => {
    const i18n = createAppI18n(locale, catalogs).global;
    const words = gateText({ t: i18n.t, te: (key) => i18n.te(key) });
    expect(words.label(condition)).toBe(label);
    expect(plainText(words.missing(condition))).toBe(missing);
    expect(words.missing({ ...condition, met: true, facts: [] })).toEqual([]);
  });
});

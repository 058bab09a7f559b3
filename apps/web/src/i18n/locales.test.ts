import { describe, expect, it } from 'vitest';
import { catalogs } from '../test-support/mount';
import { createAppI18n } from './index';

// The whole catalog of each language: the app's first messages, its pages' and the refusals.
const zhAll = catalogs['zh-CN'];
const enAll = catalogs.en;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const zh = leaves(zhAll);
  const english = leaves(enAll);

  it('have exactly the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('leave no message empty', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('compile every message in both languages', () => {
    const i18n = createAppI18n('zh-CN', { en: enAll, 'zh-CN': zhAll });
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale;
      for (const key of zh.keys()) {
        const shown = i18n.global.t(key, { date: 'D', n: 1, start: 'S', end: 'E', time: 'T' });
        expect(shown, `${locale}: ${key}`).not.toBe(key);
      }
    }
  });
});

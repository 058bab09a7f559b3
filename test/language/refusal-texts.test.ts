import { describe, expect, it } from 'vitest';
import { REFUSALS } from '../../apps/server/src/refusals.js';
import en from '../../apps/web/src/i18n/refusals.en.js';
import zhCN from '../../apps/web/src/i18n/refusals.zh-CN.js';

// The server declares each reason it may refuse with and the facts it sends for it
// (apps/server/src/refusals.ts); the web writes the sentence (`refusals.<REASON>`). These two lists
// are kept in two apps: this checks they agree, so no refusal reaches a reader as a bare code.

const texts = { 'zh-CN': zhCN, en } as Record<string, Record<string, unknown>>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
const reasons = Object.entries(REFUSALS) as [string, readonly string[]][];

describe('refusal texts', () => {
  it('exist in Chinese and English for every reason the server declares', () => {
    for (const [locale, messages] of Object.entries(texts)) {
      const missing = reasons.map(([reason]) => reason).filter((reason) => typeof messages[reason] !== 'string');
      expect(missing, `${locale} has no text for`).toEqual([]);
    }
  });

  it('use only the facts the server sends for their reason', () => {
    for (const [locale, messages] of Object.entries(texts)) {
      for (const [reason, facts] of reasons) {
        const unknown = placeholders(String(messages[reason] ?? '')).filter((name) => !facts.includes(name));
        expect(unknown, `${locale} refusals.${reason} names facts the server does not send`).toEqual([]);
      }
    }
  });

  it('name no reason the server does not declare (a text nobody can reach is a typo)', () => {
    for (const [locale, messages] of Object.entries(texts)) {
      const strays = Object.keys(messages).filter((key) => key !== 'wait' && !(key in REFUSALS));
      expect(strays, locale).toEqual([]);
    }
  });
});

import { createI18n } from 'vue-i18n';
import en from './en';
import zhCN, { type Messages } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = 'gongbian.locale';

function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // no storage: default
  }
  return 'zh-CN';
}

export function createAppI18n(locale: Locale = storedLocale()) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

declare module 'vue-i18n' {
  // Key completion for t() and $t() in editors.
  export interface DefineLocaleMessage extends Messages {}
}

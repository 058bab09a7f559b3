import { createI18n } from 'vue-i18n';
import zhCN, { type Messages } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = 'gongbian.locale';

/** The language chosen on an earlier visit in this browser, or the default. */
export function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // no storage: default
  }
  return 'zh-CN';
}

// Chinese, the default, comes with the app; English is fetched the first time it is chosen, so
// the first load does not carry a second copy of every message.
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': async () => zhCN,
  en: async () => (await import('./en')).default,
};

/** Chinese, and the messages of `loaded` (tests pass `{ en }`); other languages come with setLocale. */
export function createAppI18n(locale: Locale = 'zh-CN', loaded: Partial<Record<Locale, Messages>> = {}) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    // Typed as if every language were there: vue-i18n falls back to Chinese for one that is not yet.
    messages: { ...loaded, 'zh-CN': zhCN } as Record<Locale, Messages>,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Shows the app in `locale`, fetching its messages first if they have not been. */
export async function setLocale(i18n: AppI18n['global'], locale: Locale): Promise<void> {
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, await LOADERS[locale]());
  i18n.locale.value = locale;
}

declare module 'vue-i18n' {
  // Key completion for t() and $t() in editors.
  export interface DefineLocaleMessage extends Messages {}
}

import { createI18n } from 'vue-i18n';
import type { RefusalMessages } from './refusals.zh-CN';
import zhCN, { type ShellMessages } from './zh-CN';
import type { AdoptionMessages } from './zh-CN.adoption';
import type { AlignmentMessages } from './zh-CN.alignment';
import type { ConsultationMessages } from './zh-CN.consultation';
import type { InviteMessages } from './zh-CN.invite';
import type { PageMessages } from './zh-CN.pages';
import type { SettingsMessages } from './zh-CN.settings';

/**
 * Every message: the app's first ones, which come with it; the pages', which come with them
 * (page-messages.ts); and the refusals', fetched once it has started.
 */
export type Messages = ShellMessages &
  PageMessages &
  ConsultationMessages &
  AlignmentMessages &
  AdoptionMessages &
  InviteMessages &
  SettingsMessages & { refusals: RefusalMessages };

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

// Chinese, the default, comes with the app (its pages' messages with the pages); English is
// fetched whole the first time it is chosen, so the first load carries no second copy of it.
const LOADERS: Record<Locale, () => Promise<ShellMessages | Omit<Messages, 'refusals'>>> = {
  'zh-CN': async () => zhCN,
  en: async () => (await import('./en.all')).default,
};

// The server's refusals, in their own chunks: a first load only needs them when something is
// refused, and until they are here the message for the refusal's code stands in (refusal-text.ts).
const REFUSALS: Record<Locale, () => Promise<RefusalMessages>> = {
  'zh-CN': async () => (await import('./refusals.zh-CN')).default,
  en: async () => (await import('./refusals.en')).default,
};

/**
 * Chinese, and the messages of `loaded` (tests pass whole catalogs with their pages' messages and
 * refusals: test-support/mount.ts); other languages and the refusals come with setLocale, the
 * Chinese pages' messages with the first page (page-messages.ts).
 */
export function createAppI18n(locale: Locale = 'zh-CN', loaded: Partial<Record<Locale, Messages>> = {}) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    // Typed as if every language were there: vue-i18n falls back to Chinese for one that is not yet.
    messages: { ...loaded, 'zh-CN': { ...zhCN, ...loaded['zh-CN'] } } as Record<Locale, Messages>,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Adds the refusal texts of `locale` (a no-op once they are there). */
export async function loadRefusals(i18n: AppI18n['global'], locale: Locale): Promise<void> {
  if (i18n.te('refusals.wait.seconds', locale)) return;
  i18n.mergeLocaleMessage(locale, { refusals: await REFUSALS[locale]() });
}

/**
 * Shows the app in `locale`, fetching its messages first if they have not been. The refusals of
 * it and of Chinese, the fallback, are fetched meanwhile; nothing waits for them (`refusals`
 * resolves when they are here, or could not be fetched).
 */
export async function setLocale(i18n: AppI18n['global'], locale: Locale): Promise<{ refusals: Promise<void> }> {
  const fallback = loadRefusals(i18n, 'zh-CN');
  // Merged after the language's own messages: setting those replaces whatever the language held.
  if (!i18n.availableLocales.includes(locale)) {
    // Without its refusals until loadRefusals below: vue-i18n falls back to Chinese meanwhile.
    i18n.setLocaleMessage(locale, (await LOADERS[locale]()) as Messages);
  }
  i18n.locale.value = locale;
  const refusals = Promise.all([fallback, loadRefusals(i18n, locale)]).then(
    () => {},
    () => {},
  );
  return { refusals };
}

declare module 'vue-i18n' {
  // Key completion for t() and $t() in editors.
  export interface DefineLocaleMessage extends Messages {}
}

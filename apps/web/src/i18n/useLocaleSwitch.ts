import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { type AppI18n, LOCALE_STORAGE_KEY, type Locale, setLocale } from './index';

/** The current language and a way to change it that is remembered across visits. */
export function useLocaleSwitch() {
  const i18n = useI18n({ useScope: 'global' }) as unknown as AppI18n['global'];
  return {
    locale: computed(() => i18n.locale.value as Locale),
    async switchTo(next: Locale) {
      await setLocale(i18n, next);
      document.documentElement.lang = next;
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // the choice then lasts for this tab only
      }
    },
  };
}

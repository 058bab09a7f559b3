import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALE_STORAGE_KEY, type Locale } from './index';

/** The current language and a way to change it that is remembered across visits. */
export function useLocaleSwitch() {
  const { locale } = useI18n({ useScope: 'global' });
  return {
    locale: computed(() => locale.value as Locale),
    switchTo(next: Locale) {
      locale.value = next;
      document.documentElement.lang = next;
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // the choice then lasts for this tab only
      }
    },
  };
}

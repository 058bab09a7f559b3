import { useI18n } from 'vue-i18n';
import zhAdoption from './zh-CN.adoption';

const merged = new WeakSet<object>();

/**
 * Adds the Chinese messages of 采纳即落实 (issue 16), once: the components that show an adopted
 * opinion's 落实情况 call it in their setup, and come in chunks of their own, so no page's first
 * load carries them. English brings them with the rest of its messages when chosen (index.ts).
 */
export function useAdoptionMessages(): void {
  const i18n = useI18n({ useScope: 'global' });
  if (merged.has(i18n)) return;
  merged.add(i18n);
  i18n.mergeLocaleMessage('zh-CN', zhAdoption);
}

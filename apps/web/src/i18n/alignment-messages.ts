import { useI18n } from 'vue-i18n';
import zhAlignment from './zh-CN.alignment';

const merged = new WeakSet<object>();

/**
 * Adds the Chinese messages of 指标衔接, once: its page calls it in its setup, so no other page
 * carries them. English brings them with the rest of its messages when chosen (index.ts).
 */
export function useAlignmentMessages(): void {
  const i18n = useI18n({ useScope: 'global' });
  if (merged.has(i18n)) return;
  merged.add(i18n);
  i18n.mergeLocaleMessage('zh-CN', zhAlignment);
}

import { useI18n } from 'vue-i18n';
import zhPages from './zh-CN.pages';

const merged = new WeakSet<object>();

/**
 * Adds the Chinese messages of the signed-in pages (and the header) to the app's, once. Every page
 * behind the sign-in calls it first thing in its setup, so the messages are part of each page's
 * own scripts and none of the sign-in page's (issue 11: its first load stays small). English
 * brings its pages' messages whole when chosen (index.ts).
 */
export function usePageMessages(): void {
  const i18n = useI18n({ useScope: 'global' });
  if (merged.has(i18n)) return;
  merged.add(i18n);
  i18n.mergeLocaleMessage('zh-CN', zhPages);
}

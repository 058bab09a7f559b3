import { useI18n } from 'vue-i18n';

/**
 * A hook that adds a catalog's Chinese messages to the app's, once. The components that need them
 * call it first thing in their setup, so a catalog is part of those components' own scripts and of
 * no other page's first load (issue 11). English brings every catalog whole when chosen (index.ts).
 */
export function messagesHook(catalog: Record<string, unknown>): () => void {
  const merged = new WeakSet<object>();
  return () => {
    const i18n = useI18n({ useScope: 'global' });
    if (merged.has(i18n)) return;
    merged.add(i18n);
    i18n.mergeLocaleMessage('zh-CN', catalog);
  };
}

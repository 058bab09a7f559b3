import { useI18n } from 'vue-i18n';
import zhConsultation from './zh-CN.consultation';

const merged = new WeakSet<object>();

/**
 * Adds the Chinese messages of public consultation, once: the public's pages and the working
 * group's consultation pages call it in their setup, so no other page carries them. English brings
 * them with the rest of its messages when chosen (index.ts).
 */
export function useConsultationMessages(): void {
  const i18n = useI18n({ useScope: 'global' });
  if (merged.has(i18n)) return;
  merged.add(i18n);
  i18n.mergeLocaleMessage('zh-CN', zhConsultation);
}

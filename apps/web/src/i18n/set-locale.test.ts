import { describe, expect, it } from 'vitest';
import { createAppI18n, setLocale } from './index';

describe('setLocale', () => {
  it('starts with Chinese alone and fetches English the first time it is chosen', async () => {
    const i18n = createAppI18n();
    expect(i18n.global.availableLocales).toEqual(['zh-CN']);
    expect(i18n.global.t('header.logout')).toBe('退出登录');

    await setLocale(i18n.global, 'en');
    expect(i18n.global.availableLocales).toContain('en');
    expect(i18n.global.t('header.logout')).toBe('Sign out');

    await setLocale(i18n.global, 'zh-CN');
    expect(i18n.global.t('header.logout')).toBe('退出登录');
  });
});

import { describe, expect, it } from 'vitest';
import { createAppI18n, setLocale } from './index';
import enRefusals from './refusals.en';
import zhRefusals from './refusals.zh-CN';

describe('setLocale', () => {
  it('starts with Chinese alone and fetches English the first time it is chosen, and the refusals after the start', async () => {
    const i18n = createAppI18n();
    expect(i18n.global.availableLocales).toEqual(['zh-CN']);
    expect(i18n.global.t('header.logout')).toBe('退出登录');
    // The refusals are not in the first load: they come after it starts.
    expect(i18n.global.te('refusals.SIGN_IN_REQUIRED')).toBe(false);

    const { refusals } = await setLocale(i18n.global, 'en');
    expect(i18n.global.availableLocales).toContain('en');
    expect(i18n.global.t('header.logout')).toBe('Sign out');
    await refusals;
    expect(i18n.global.t('refusals.SIGN_IN_REQUIRED')).toBe(enRefusals.SIGN_IN_REQUIRED);

    await setLocale(i18n.global, 'zh-CN');
    expect(i18n.global.t('header.logout')).toBe('退出登录');
    expect(i18n.global.t('refusals.SIGN_IN_REQUIRED')).toBe(zhRefusals.SIGN_IN_REQUIRED);
  });
});

import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { createAppI18n, setLocale } from './index';
import { usePageMessages } from './page-messages';
import enRefusals from './refusals.en';
import zhRefusals from './refusals.zh-CN';

describe('setLocale', () => {
  it('starts with Chinese alone and fetches English the first time it is chosen, and the refusals after the start', async () => {
    const i18n = createAppI18n();
    expect(i18n.global.availableLocales).toEqual(['zh-CN']);
    expect(i18n.global.t('login.title')).toBe('登录');
    // The refusals are not in the first load: they come after it starts.
    expect(i18n.global.te('refusals.SIGN_IN_REQUIRED')).toBe(false);

    const { refusals } = await setLocale(i18n.global, 'en');
    expect(i18n.global.availableLocales).toContain('en');
    // English comes whole, its pages' messages too.
    expect(i18n.global.t('login.title')).toBe('Sign in');
    expect(i18n.global.t('header.logout')).toBe('Sign out');
    await refusals;
    expect(i18n.global.t('refusals.SIGN_IN_REQUIRED')).toBe(enRefusals.SIGN_IN_REQUIRED);

    await setLocale(i18n.global, 'zh-CN');
    expect(i18n.global.t('login.title')).toBe('登录');
    expect(i18n.global.t('refusals.SIGN_IN_REQUIRED')).toBe(zhRefusals.SIGN_IN_REQUIRED);
  });
});

describe('usePageMessages', () => {
  it('brings the Chinese messages of the signed-in pages with the first page, not with the sign-in page', () => {
    const i18n = createAppI18n();
    expect(i18n.global.te('header.logout')).toBe(false);
    const Page = defineComponent({
      setup() {
        usePageMessages();
        const { t } = useI18n();
        return () => h('p', t('header.logout'));
      },
    });
    expect(mount(Page, { global: { plugins: [i18n] } }).text()).toBe('退出登录');
  });
});

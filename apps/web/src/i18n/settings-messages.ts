import { messagesHook } from './messages-hook';
import zhSettings from './zh-CN.settings';

/** 规划管理's messages: the settings page alone. */
export const useSettingsMessages = messagesHook(zhSettings);

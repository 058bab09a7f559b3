import { messagesHook } from './messages-hook';
import zhAlignment from './zh-CN.alignment';

/** 指标衔接's messages: its page alone. */
export const useAlignmentMessages = messagesHook(zhAlignment);

import { messagesHook } from './messages-hook';
import zhInvite from './zh-CN.invite';

/** The invitation page's messages: that page alone. */
export const useInviteMessages = messagesHook(zhInvite);

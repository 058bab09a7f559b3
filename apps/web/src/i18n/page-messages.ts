import { messagesHook } from './messages-hook';
import zhPages from './zh-CN.pages';

/** The signed-in pages' messages (and the header's): none of the sign-in page's scripts. */
export const usePageMessages = messagesHook(zhPages);

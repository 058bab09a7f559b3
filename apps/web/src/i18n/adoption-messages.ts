import { messagesHook } from './messages-hook';
import zhAdoption from './zh-CN.adoption';

/** 采纳即落实's messages: the components that show an adopted opinion's 落实情况, in chunks of their own. */
export const useAdoptionMessages = messagesHook(zhAdoption);

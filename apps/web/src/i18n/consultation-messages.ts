import { messagesHook } from './messages-hook';
import zhConsultation from './zh-CN.consultation';

/** Public consultation's messages: the public's pages and the working group's list and queue. */
export const useConsultationMessages = messagesHook(zhConsultation);

/** The notification module: each person's notices (mentions, replies, dispositions, reviews). */
import type { GongbianModule } from '../../module.js';
import './notification.events.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationEventResolver, NotificationResolver } from './notification.resolver.js';
import { ReminderSentEntity } from './reminder-sent.entity.js';

export { NOTICE_KINDS, type NoticeKind } from './notice-kinds.js';
export * from './notification.entity.js';
export { Notification } from './notification.resolver.js';
export { type Notice, notify } from './notification.service.js';
export { sendOverdueReminders, sendWeeklyDigests } from './reminders.js';

export const notificationModule: GongbianModule = {
  name: 'notification',
  entities: [NotificationEntity, ReminderSentEntity],
  resolvers: [NotificationResolver, NotificationEventResolver],
};

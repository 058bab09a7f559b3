/** The notification module's public face: what other modules may use of it. */
export * from './notification.entity.js';
export { type Notice, notify } from './notification.service.js';
export { notificationFacts } from './notification-facts.js';

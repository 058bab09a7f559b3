/** The meeting module's public face: what other modules may use of it. */
export * from './meeting.entity.js';

/** The thread module's public face: what other modules may use of it. */
export * from './thread.entity.js';

/** The topic module's public face: what other modules may use of it. */
export * from './topic.entity.js';

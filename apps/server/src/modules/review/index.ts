/** The review module's public face: what other modules may use of it. */
export * from './review.entity.js';

/** The plan module's public face: what other modules may use of it. */
export * from './plan.entity.js';

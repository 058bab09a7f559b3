/** The programme module's public face: what other modules may use of it. */
export * from './program.entity.js';

/** The person module's public face: what other modules may use of it. */
export * from './person.entity.js';

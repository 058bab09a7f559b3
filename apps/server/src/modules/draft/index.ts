/** The draft module's public face: what other modules may use of it. */
export * from './draft.entity.js';
export { commentWindowRefusal, reviewWindowRefusal } from './draft-permissions.js';

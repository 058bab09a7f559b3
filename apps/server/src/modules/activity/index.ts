/** The activity module's public face: facts, the named values a sentence is written from. */
export { excerpt, Fact, toFacts } from './fact.types.js';
export { rowsById } from './fact-loaders.js';

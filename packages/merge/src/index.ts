export { type Conflict, type MergeResult, merge3 } from './merge3.js';

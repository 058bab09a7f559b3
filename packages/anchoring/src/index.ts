export { alignBlocks, type BlockPairing, PAIR_MIN_SIMILARITY } from './align.js';
export {
  type Anchor,
  type AnchorState,
  CONTEXT_LENGTH,
  makeAnchor,
  type Relocation,
  type TextBlock,
} from './anchor.js';
export { type BlockChange, compareBlocks, type DiffPart } from './compare.js';
export {
  MAX_ERRORS_CAP,
  MIN_CONTEXT,
  MIN_SCORE,
  PHRASE_QUOTE_MAX,
  POSITION_WEIGHT,
  PREFIX_WEIGHT,
  QUOTE_WEIGHT,
  SHORT_QUOTE_MAX,
  SUFFIX_WEIGHT,
} from './match.js';
export {
  comparable,
  NEAR_DUPLICATE,
  SIGNATURE_SIZE,
  signatureBands,
  signatureSimilarity,
  textSignature,
} from './near-duplicates.js';
export { type NormalizedText, normalize } from './normalize.js';
export { createRelocator, relocate } from './relocate.js';

import { inflateRawSync } from 'node:zlib';
import { DocumentError } from './blocks.js';
import { entryData, type ZipEntry } from './zip.js';

/**
 * What a Word package may unpack to before it is read. A .docx is a zip: a few hundred kilobytes
 * can inflate to gigabytes (a "zip bomb"), and mammoth would hold all of it in memory.
 */
export interface UnpackLimits {
  maxEntries: number;
  /** All parts together, inflated. */
  maxUnpackedBytes: number;
  /** Inflated : compressed, for parts above ratioFloorBytes (small XML parts may compress any amount). */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

// A 300-page plan with its images unpacks to a few tens of megabytes, its XML at 5–30 : 1.
export const DOCX_UNPACK_LIMITS: Readonly<UnpackLimits> = Object.freeze({
  maxEntries: 2_000,
  maxUnpackedBytes: 100 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
});

const STORED = 0;
const DEFLATED = 8;

/**
 * Refuses a package whose directory declares too much, then inflates every part with a cap on
 * what it may produce: the directory's sizes are the sender's word and can lie, so the cap, not
 * the declaration, bounds the memory. Inflating twice (here, then in mammoth) costs milliseconds
 * for an ordinary file.
 */
export function checkUnpackLimits(file: Uint8Array, entries: readonly ZipEntry[], limits: UnpackLimits): void {
  if (entries.length > limits.maxEntries) throw new DocumentError('TOO_MANY_PARTS');
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (declared > limits.maxUnpackedBytes) throw new DocumentError('UNPACKS_TOO_LARGE');
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new DocumentError('UNPACKS_TOO_LARGE');
    }
  }
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(file, entry);
    if (!data) throw new DocumentError('UNREADABLE');
    if (entry.method === STORED) {
      if (data.length !== entry.uncompressedSize) throw new DocumentError('UNREADABLE');
      inflated += data.length;
    } else if (entry.method === DEFLATED) {
      // One byte past the declared size: more than that and the directory lied.
      const cap = Math.min(entry.uncompressedSize, limits.maxUnpackedBytes - inflated) + 1;
      let size: number;
      try {
        size = inflateRawSync(data, { maxOutputLength: cap }).length;
      } catch (cause) {
        const overflow = cause instanceof RangeError || (cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
        throw new DocumentError(overflow ? 'UNPACKS_TOO_LARGE' : 'UNREADABLE', { cause });
      }
      if (size > entry.uncompressedSize) throw new DocumentError('UNPACKS_TOO_LARGE');
      inflated += size;
    } else {
      // Word writes only these two methods, and they are all mammoth's zip reader understands.
      throw new DocumentError('UNREADABLE');
    }
  }
}

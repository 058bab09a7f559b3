import { inflateRawSync } from 'node:zlib';
import { listZipEntries } from './zip.js';

/** A part of a zip package as text, for tests that inspect the XML docx and exceljs write. */
export function readZipText(zip: Uint8Array, name: string): string {
  const { start, length, method } = zipEntryData(zip, name);
  const data = zip.subarray(start, start + length);
  return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data);
}

/** Where a part's compressed bytes begin and how many there are, for tests that damage them. */
export function zipEntryData(zip: Uint8Array, name: string): { start: number; length: number; method: number } {
  const entry = listZipEntries(zip)?.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not in the zip`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return { start, length: entry.compressedSize, method: entry.method };
}

import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { entryData, listZipEntries } from './zip.js';

/** A part of a zip package as text, for tests that inspect the XML docx and exceljs write. */
export function readZipText(zip: Uint8Array, name: string): string {
  const { start, length, method } = zipEntryData(zip, name);
  const data = zip.subarray(start, start + length);
  return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data);
}

/** Where a part's compressed bytes begin and how many there are, for tests that damage them. */
export function zipEntryData(zip: Uint8Array, name: string): { start: number; length: number; method: number } {
  const entry = listZipEntries(zip)?.find((candidate) => candidate.name === name);
  const data = entry && entryData(zip, entry);
  if (!entry || !data) throw new Error(`${name} is not in the zip`);
  return { start: data.byteOffset - zip.byteOffset, length: data.length, method: entry.method };
}

export interface ZipPart {
  name: string;
  /** The part's bytes, or its deflated bytes already (`deflated`), with `size` its inflated length. */
  data: Uint8Array;
  deflated?: { size: number; crc: number };
  /** What the directory claims the part inflates to, when a test wants it to lie. */
  declaredSize?: number;
}

/** A zip package, deflating each part: enough of the format to build hostile files in tests. */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const data = part.deflated ? part.data : deflateRawSync(part.data);
    const size = part.declaredSize ?? part.deflated?.size ?? part.data.length;
    const crc = part.deflated?.crc ?? crc32(part.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, Buffer.from(data));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const WORD_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const WORD_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word package around a body of WordprocessingML, plus any extra parts. */
export function wordPackage(body: string | ZipPart, extra: readonly ZipPart[] = []): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const document =
    typeof body === 'string'
      ? {
          name: 'word/document.xml',
          data: text(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
        }
      : body;
  return buildZip([
    { name: '[Content_Types].xml', data: text(WORD_TYPES) },
    { name: '_rels/.rels', data: text(WORD_RELS) },
    document,
    ...extra,
  ]);
}

/**
 * A part of `size` zero bytes, deflated without ever holding them: deflate's best ratio is about
 * 1000 : 1, so 400 MiB become about 400 KiB. The shape of the 1.8 MB file that unpacked to 400 MB.
 */
export async function zerosPart(name: string, size: number): Promise<ZipPart> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, data: new Uint8Array(Buffer.concat(out)), deflated: { size, crc } };
}

import { crc32, deflateRawSync } from 'node:zlib';
import { importDocx } from './import-docx.js';
import { importMarkdown } from './import-markdown.js';

/**
 * A fresh thread reads its first Word files several times slower than later ones: V8 has yet to
 * compile mammoth's code, its zip inflater and XML reader, and ours. Measured here, a 300-paragraph
 * file took a just-loaded worker 250–1,000 ms and one that had first read this sample three times
 * 50–500 ms. A worker kept for imports reads the sample before its first real file.
 */
export async function warmUpImport(rounds = 3): Promise<void> {
  const file = sampleDocx();
  for (let i = 0; i < rounds; i++) await importDocx(file);
  importMarkdown(SAMPLE_MARKDOWN);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const paragraph = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;
const SENTENCE = '健全应急管理体系，强化风险防控能力，重点任务完成率达到95%，确保各项任务落地见效。';

/** The kinds of blocks a plan has: headings, paragraphs with runs of mixed formatting, a table. */
const BODY = [
  paragraph('全省应急管理“十四五”规划', 'Heading1'),
  ...Array.from({ length: 4 }, (_, i) =>
    [
      paragraph(`第${i + 1}章 主要任务`, 'Heading2'),
      paragraph(SENTENCE.repeat(3)),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加快</w:t></w:r><w:r><w:t xml:space="preserve"> ${SENTENCE}</w:t></w:r></w:p>`,
    ].join(''),
  ),
  `<w:tbl>${['<w:tr>', cell('任务'), cell('目标'), '</w:tr><w:tr>', cell('储备库'), cell('12个'), '</w:tr>'].join('')}</w:tbl>`,
].join('');

const SAMPLE_MARKDOWN = `# 规划\n\n## 第一章\n\n${SENTENCE}\n\n- ${SENTENCE}\n- ${SENTENCE}\n\n| 任务 | 目标 |\n| --- | --- |\n| 储备库 | 12个 |\n`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The sample as a Word package: its three parts, deflated, as Word writes them. */
export function sampleDocx(): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${BODY}</w:body></w:document>`;
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
    ['word/document.xml', document],
  ]);
}

function zip(parts: readonly [name: string, text: string][]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [nameText, text] of parts) {
    const name = Buffer.from(nameText);
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const crc = crc32(raw);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
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

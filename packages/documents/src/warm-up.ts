import JSZip from 'jszip';
import { importDocx } from './import-docx.js';
import { importMarkdown } from './import-markdown.js';

/**
 * A fresh thread reads its first Word files several times slower than later ones: V8 has yet to
 * compile mammoth's code, its zip inflater and XML reader, and ours. Measured here, a 300-paragraph
 * file took a just-loaded worker 250–1,000 ms and one that had first read this sample three times
 * 50–500 ms. A worker kept for imports reads the sample before its first real file.
 */
export async function warmUpImport(rounds = 3): Promise<void> {
  const file = await sampleDocx();
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

/** The sample as a Word package: its three parts, deflated, as Word writes them (by mammoth's own zip library). */
export function sampleDocx(): Promise<Uint8Array> {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${BODY}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

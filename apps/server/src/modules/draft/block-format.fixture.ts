import { wordPackage } from '@gongbian/documents/test-support';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const text = (s: string) => new TextEncoder().encode(s);
const run = (t: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const styled = (style: string, body: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${body}</w:p>`;
const numbered = (ilvl: number, body: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${body}</w:p>`;

/**
 * A 送审稿 as a Word template writes it, in raw WordprocessingML: a Title, Heading 1, a 一、/（一）
 * list and a bold run.
 */
export function formattedDraftDocx(): Uint8Array {
  const styles = `<?xml version="1.0"?><w:styles xmlns:w="${W}">
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  </w:styles>`;
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${W}">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  </w:numbering>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
  </Relationships>`;
  const body = [
    styled('Title', run('杭州市应急管理“十四五”规划')),
    styled('Heading1', run('第一章 总体要求')),
    numbered(0, run('指导思想')),
    numbered(1, run('坚持') + run('人民至上', true)),
    numbered(1, run('坚持系统观念')),
    numbered(0, run('发展目标')),
  ].join('');
  return wordPackage(body, [
    { name: 'word/styles.xml', data: text(styles) },
    { name: 'word/numbering.xml', data: text(numbering) },
    { name: 'word/_rels/document.xml.rels', data: text(rels) },
  ]);
}

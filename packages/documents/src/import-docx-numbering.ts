import { Parser } from 'htmlparser2';
import JSZip from 'jszip';

/**
 * The numbers and bullets Word draws before numbered paragraphs ("1.", "(1)", "一、", "（一）", "•").
 * mammoth keeps only whether a list is ordered, so the labels are worked out here from
 * numbering.xml and the paragraphs' numbering properties, in document order.
 */

interface LevelFormat {
  numFmt: string;
  lvlText: string;
  start: number;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<string, LevelFormat>>;
  /** numId → its abstractNum and the levels it restarts (w:startOverride). */
  nums: Map<string, { abstractId: string; starts: Map<string, number> }>;
  /** A paragraph style numbered by a level's w:pStyle. */
  byStyle: Map<string, { abstractId: string; ilvl: string }>;
  /** abstractNum → numbering style it follows (w:numStyleLink), and that style's numId. */
  styleLinks: Map<string, string>;
  styleNums: Map<string, string>;
}

/** One numbered paragraph: its list level (as mammoth reports it) and the label Word shows. */
export interface NumberedParagraph {
  ilvl: string;
  label: string;
}

function xmlWalk(
  xml: string,
  handlers: { open(name: string, attrs: Record<string, string>): void; close?(name: string): void },
) {
  const parser = new Parser(
    { onopentag: handlers.open, onclosetag: handlers.close ?? (() => {}) },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const numbering: Numbering = {
    abstract: new Map(),
    nums: new Map(),
    byStyle: new Map(),
    styleLinks: new Map(),
    styleNums: new Map(),
  };
  let abstractId: string | undefined;
  let level: (LevelFormat & { ilvl: string }) | undefined;
  let num: { abstractId: string; starts: Map<string, number> } | undefined;
  let overrideLevel: string | undefined;
  xmlWalk(numberingXml, {
    open(name, a) {
      if (name === 'w:abstractNum') {
        abstractId = a['w:abstractNumId'] ?? '';
        numbering.abstract.set(abstractId, new Map());
      } else if (name === 'w:lvl' && abstractId !== undefined) {
        level = { ilvl: a['w:ilvl'] ?? '0', numFmt: 'decimal', lvlText: '', start: 1 };
      } else if (level && name === 'w:numFmt') level.numFmt = a['w:val'] ?? 'decimal';
      else if (level && name === 'w:lvlText') level.lvlText = a['w:val'] ?? '';
      else if (level && name === 'w:start') level.start = Number(a['w:val'] ?? 1) || 0;
      else if (level && name === 'w:pStyle' && abstractId !== undefined && a['w:val']) {
        numbering.byStyle.set(a['w:val'], { abstractId, ilvl: level.ilvl });
      } else if (name === 'w:numStyleLink' && abstractId !== undefined && a['w:val']) {
        numbering.styleLinks.set(abstractId, a['w:val']);
      } else if (name === 'w:num') {
        num = { abstractId: '', starts: new Map() };
        numbering.nums.set(a['w:numId'] ?? '', num);
      } else if (num && name === 'w:abstractNumId') num.abstractId = a['w:val'] ?? '';
      else if (num && name === 'w:lvlOverride') overrideLevel = a['w:ilvl'];
      else if (num && overrideLevel !== undefined && name === 'w:startOverride') {
        num.starts.set(overrideLevel, Number(a['w:val'] ?? 1) || 0);
      }
    },
    close(name) {
      if (name === 'w:lvl' && level && abstractId !== undefined) {
        numbering.abstract.get(abstractId)?.set(level.ilvl, level);
        level = undefined;
      } else if (name === 'w:abstractNum') abstractId = undefined;
      else if (name === 'w:num') num = undefined;
      else if (name === 'w:lvlOverride') overrideLevel = undefined;
    },
  });
  // Numbering styles name the list that abstractNums with a w:numStyleLink really use.
  let numberingStyle: string | undefined;
  xmlWalk(stylesXml, {
    open(name, a) {
      if (name === 'w:style') numberingStyle = a['w:type'] === 'numbering' ? a['w:styleId'] : undefined;
      else if (numberingStyle && name === 'w:numId' && a['w:val']) numbering.styleNums.set(numberingStyle, a['w:val']);
    },
  });
  return numbering;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1–9999 as Chinese counting (十一, 二十, 一百零五), as Word's chineseCounting writes them. */
function chineseCounting(n: number, digits: readonly string[], units: readonly string[]): string {
  if (n <= 0 || n >= 10_000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i] ?? '';
    if (d === 0) zero = out !== '';
    else {
      out += `${zero ? (digits[0] ?? '') : ''}${digits[d] ?? ''}${unit}`;
      zero = false;
    }
  });
  // 十一, not 一十一, for 10–19 in everyday counting.
  return units[1] === '十' && out.startsWith(`${digits[1]}十`) ? out.slice(1) : out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
    case 'upperRoman': {
      let rest = n;
      let roman = '';
      for (const [value, glyph] of ROMAN) {
        while (rest >= value) {
          roman += glyph;
          rest -= value;
        }
      }
      return numFmt === 'upperRoman' ? roman.toUpperCase() : roman;
    }
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return chineseCounting(n, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// Bullets drawn from the Symbol or Wingdings fonts are private-use characters; show a plain bullet.
const PRIVATE_USE = /[\ue000-\uf8ff]/u;

function levelLabel(format: LevelFormat, counters: readonly number[], formats: Map<string, LevelFormat>): string {
  if (format.numFmt === 'bullet')
    return PRIVATE_USE.test(format.lvlText) || format.lvlText === '' ? '•' : format.lvlText;
  return format.lvlText.replace(/%([1-9])/g, (_, k: string) => {
    const at = Number(k) - 1;
    const numFmt = formats.get(String(at))?.numFmt ?? format.numFmt;
    return formatNumber(counters[at] ?? 1, numFmt);
  });
}

/** Where a paragraph's numbering points, as mammoth resolves it (body-reader's readNumberingProperties). */
function resolve(numbering: Numbering, p: { styleId?: string; numId?: string; ilvl?: string }) {
  const followed = (numId: string, ilvl: string, seen = new Set<string>()) => {
    if (seen.has(numId)) return undefined;
    seen.add(numId);
    const num = numbering.nums.get(numId);
    if (!num || !numbering.abstract.has(num.abstractId)) return undefined;
    const link = numbering.styleLinks.get(num.abstractId);
    const linkedNum = link === undefined ? undefined : numbering.styleNums.get(link);
    if (linkedNum !== undefined) return followed(linkedNum, ilvl, seen);
    if (!numbering.abstract.get(num.abstractId)?.has(ilvl)) return undefined;
    // A num that restarts a level counts on its own; the others share their abstractNum's count, as in Word.
    return {
      key: num.starts.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`,
      abstractId: num.abstractId,
      ilvl,
      starts: num.starts,
    };
  };
  if (p.numId !== undefined && p.ilvl !== undefined) return followed(p.numId, p.ilvl);
  const styled = p.styleId === undefined ? undefined : numbering.byStyle.get(p.styleId);
  if (styled) return { key: `abs:${styled.abstractId}`, ...styled, starts: new Map<string, number>() };
  if (p.numId !== undefined) return followed(p.numId, '0');
  return undefined;
}

/** The body's paragraphs as mammoth reads them: revisions' deleted text and AlternateContent's Choice skipped. */
function numberedParagraphs(documentXml: string, numbering: Numbering): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  const counters = new Map<string, number[]>();
  const open: { styleId?: string; numId?: string; ilvl?: string; deletedMark?: boolean }[] = [];
  let skipped = 0;
  let pPr = 0;
  let rPrInPPr = 0;
  const SKIP = new Set(['mc:Choice', 'w:del', 'w:moveFrom', 'w:pPrChange']);
  xmlWalk(documentXml, {
    open(name, a) {
      if (skipped > 0 || SKIP.has(name)) {
        if (skipped > 0 || name !== 'w:del' || rPrInPPr === 0) skipped++;
        // A w:del in the paragraph mark's run properties deletes the mark: mammoth joins the paragraph to the next.
        else if (open.at(-1)) (open.at(-1) as { deletedMark?: boolean }).deletedMark = true;
        return;
      }
      const p = open.at(-1);
      if (name === 'w:p') open.push({});
      else if (name === 'w:pPr') pPr++;
      else if (pPr > 0 && name === 'w:rPr') rPrInPPr++;
      else if (p && pPr > 0 && name === 'w:pStyle') p.styleId = a['w:val'];
      else if (p && pPr > 0 && name === 'w:numId') p.numId = a['w:val'];
      else if (p && pPr > 0 && name === 'w:ilvl') p.ilvl = a['w:val'];
    },
    close(name) {
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (name === 'w:pPr') pPr--;
      else if (pPr > 0 && name === 'w:rPr') rPrInPPr--;
      else if (name === 'w:p') {
        const p = open.pop();
        if (!p || p.deletedMark) return;
        const at = resolve(numbering, p);
        if (!at) return;
        const formats = numbering.abstract.get(at.abstractId) ?? new Map<string, LevelFormat>();
        const format = formats.get(at.ilvl);
        if (!format) return;
        const depth = Number(at.ilvl) || 0;
        const counts = counters.get(at.key) ?? [];
        counters.set(at.key, counts);
        const startOf = (k: number) => at.starts.get(String(k)) ?? formats.get(String(k))?.start ?? 1;
        for (let k = 0; k < depth; k++) counts[k] ??= startOf(k);
        counts[depth] = counts[depth] === undefined ? startOf(depth) : (counts[depth] as number) + 1;
        // A higher level's item restarts the levels below it.
        counts.length = depth + 1;
        out.push({ ilvl: at.ilvl, label: levelLabel(format, counts, formats) });
      }
    },
  });
  return out;
}

/** Labels of the main part's numbered paragraphs, in order; empty when the package has no numbering. */
export async function numberingLabels(file: Uint8Array, mainPart: string): Promise<NumberedParagraph[]> {
  const zip = await JSZip.loadAsync(file);
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  if (!numberingXml) return [];
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const documentXml = (await zip.file(mainPart)?.async('string')) ?? '';
  return numberedParagraphs(documentXml, readNumbering(numberingXml, stylesXml));
}

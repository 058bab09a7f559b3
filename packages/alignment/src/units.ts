/**
 * Units of target indicators as Chinese plans write them (`%`, `个`, `万人`, `小时`, `人/万人` …).
 *
 * Two units are the same measure only when they are spellings of one unit. Nothing converts: 万人 and
 * 人, 小时 and 分钟, % and 个百分点 are different units, and comparing their numbers would compare
 * different things (issue 15: "万人 vs 人 is a mismatch, not a conversion").
 */

/**
 * Full-width ASCII (U+FF01–U+FF5E: ９５％，（）) to half-width and the ideographic space to a space.
 * One UTF-16 unit in, one out, so an offset into the folded text is an offset into the original.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/**
 * Spellings folded to one canonical unit. Each is the same measure written another way; none is a
 * conversion:
 * - 小时 ← h, hr, 个小时; 分钟 ← min; 秒 ← 秒钟; 天 ← 日, 个工作日 is NOT folded (working days differ);
 * - 公里 ← km, 千米; 平方公里 ← km², km2, 平方千米; 平方米 ← m², m2, 平米; 米 ← m; 公斤 ← kg, 千克;
 * - 人 ← 名 (both count persons: 100名 = 100人); 个百分点 ← 百分点;
 * and the same folds behind 万 or 亿 (万名 → 万人) and on each side of a rate (名/万人 → 人/万人).
 * `分` is not folded to 分钟: in plans it is as often a score (90分).
 */
const FOLDS: Readonly<Record<string, string>> = {
  h: '小时',
  hr: '小时',
  个小时: '小时',
  min: '分钟',
  秒钟: '秒',
  日: '天',
  km: '公里',
  千米: '公里',
  'km²': '平方公里',
  km2: '平方公里',
  平方千米: '平方公里',
  'm²': '平方米',
  m2: '平方米',
  平米: '平方米',
  m: '米',
  kg: '公斤',
  千克: '公斤',
  名: '人',
  百分点: '个百分点',
};

/** Canonical units written after a number in running text (in addition to the FOLDS spellings). */
const BASE_UNITS = [
  '%',
  '‰',
  '个百分点',
  '个',
  '项',
  '次',
  '人次',
  '支',
  '座',
  '家',
  '所',
  '处',
  '台',
  '套',
  '架',
  '艘',
  '辆',
  '户',
  '起',
  '人',
  '元',
  '吨',
  '小时',
  '分钟',
  '秒',
  '天',
  '周',
  '个月',
  '平方米',
  '平方公里',
  '公里',
  '米',
  '公斤',
  '张',
  '床',
  '册',
  '件',
  '条',
  '部',
  '批',
  '类',
  '种',
  '倍',
];

/** Per-population and per-output rates as indicator tables write them. */
const RATE_UNITS = ['人/万人', '人/十万人', '人/百万人', '人/亿元', '人/万车', '张/千人', '个/万人', '次/年'];

const MULTIPLIERS = ['万', '亿'];

function foldPart(part: string): string {
  const direct = FOLDS[part];
  if (direct !== undefined) return direct;
  const head = part.charAt(0);
  if (MULTIPLIERS.includes(head) && part.length > 1) {
    const rest = part.slice(1);
    return head + (FOLDS[rest] ?? rest);
  }
  return part;
}

/**
 * The canonical spelling of a unit: width folded (％ → %), whitespace removed, ASCII lower-cased, an
 * enclosing bracket pair and a leading 单位： dropped ("（万人）" → 万人), then the FOLDS above, on each
 * side of a `/`. An empty or blank unit is ''.
 */
export function normalizeUnit(unit: string): string {
  let u = foldWidth(unit).replace(/\s+/gu, '').toLowerCase();
  const bracketed = /^[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/u.exec(u);
  if (bracketed) u = bracketed[1] ?? '';
  u = u.replace(/^单位:?/u, '');
  return u.split('/').map(foldPart).join('/');
}

/** Whether two units are the same measure (the same after normalizeUnit); never a conversion. */
export function sameUnit(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}

const SPELLINGS: readonly string[] = (() => {
  const all = new Set<string>([...BASE_UNITS, ...RATE_UNITS, ...Object.keys(FOLDS)]);
  for (const unit of [...BASE_UNITS, ...Object.keys(FOLDS)]) {
    if (/^\p{Script=Han}/u.test(unit)) {
      for (const m of MULTIPLIERS) all.add(m + unit);
    }
  }
  return [...all].sort((a, b) => b.length - a.length);
})();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const UNIT_AT = new RegExp(`(?:${SPELLINGS.map(escapeRegExp).join('|')})`, 'uy');

/**
 * The longest known unit spelling at `pos` of width-folded text, or undefined. An ASCII unit must not
 * run on into more letters (5mm is not 5 m).
 */
export function unitAt(folded: string, pos: number): string | undefined {
  UNIT_AT.lastIndex = pos;
  const match = UNIT_AT.exec(folded);
  if (!match) return undefined;
  const unit = match[0];
  if (/[a-z²2]$/iu.test(unit) && /^[a-z]/iu.test(folded.charAt(pos + unit.length))) return undefined;
  return unit;
}

/** Whether normalizeUnit gives a unit this package knows (used to tell "（个）" from "（街道）"). */
export function isKnownUnit(unit: string): boolean {
  const u = normalizeUnit(unit);
  return u !== '' && SPELLINGS.includes(u);
}

/** A target as plans print it: 95%, 0.5‰, 10小时, 30项 (no space; trailing zeros dropped). */
export function formatTarget(value: number, unit: string): string {
  const number = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  return `${number}${unit.trim()}`;
}

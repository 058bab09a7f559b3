/**
 * Hostile input values, for GraphQL literals and for variables: right-shaped values built from
 * the schema's input types (so resolvers are reached) and wrong ones (types, sizes, depths).
 */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import type { Tape } from './tape.js';

/** Real ids and cursors read from the server, and the hostile strings fast-check drew for this case. */
export interface Pools {
  ids: readonly string[];
  cursors: readonly string[];
  strings: readonly string[];
}

/** An enum value: a bare name in a literal, a string in variables. */
export class EnumVal {
  constructor(readonly name: string) {}
}
/** A number written as-is in a literal (1e400, -0, 0x1F); a number or string in variables. */
export class NumText {
  constructor(readonly text: string) {}
}
/** Fields in order (a literal may repeat a name, which JSON cannot). */
export class ObjVal {
  constructor(readonly fields: [string, Val][]) {}
}
export type Val = null | boolean | number | string | EnumVal | NumText | ObjVal | Val[];

const KB = 1024;
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '-1',
  '0',
  '1',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '/dev/zero',
  '\u0000',
  'a\u0000b',
  '%00',
  "' OR 1=1 --",
  "'; DROP TABLE event; --",
  '\\',
  '"',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the log4j probe, literally
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1d1c1e-2b7e-4c1b-9a53-3a1f00000000',
  '6F1D1C1E-2B7E-4C1B-9A53-3A1F00000000',
  '{6f1d1c1e-2b7e-4c1b-9a53-3a1f00000000}',
  '6f1d1c1e2b7e4c1b9a533a1f00000000',
  'VGhyZWFkOjE=',
  '\u202eevil',
  '\ud800',
  '\udfff\ud800',
  '\ufeff',
  '😀'.repeat(50),
  'Z̷͙̔a̶̰͝l̸̡͆g̵̛͔o̶̟͝',
  '\r\n\r\nHTTP/1.1 200 OK',
  '共编'.repeat(100),
  'x'.repeat(10 * KB),
  'é'.repeat(40 * KB),
  '\u0000'.repeat(KB),
];

const HOSTILE_CURSORS: readonly string[] = [
  '',
  'garbage',
  '0',
  '-1',
  '-1:-1',
  '0:0',
  '99999999999999999999:99999999999999999999',
  '1:2:3',
  ':',
  'eyJ0eGlkIjoiLTEiLCJpZCI6Ii0xIn0=',
  Buffer.from('{"txid":"x","id":null}').toString('base64'),
  Buffer.from('9223372036854775807:9223372036854775807').toString('base64'),
  Buffer.from('-9223372036854775809:1').toString('base64'),
];

const INTS: readonly (number | NumText)[] = [
  0,
  1,
  -1,
  10,
  100,
  1000,
  1_000_000,
  2147483647,
  -2147483648,
  new NumText('2147483648'),
  new NumText('-2147483649'),
  new NumText('9007199254740993'),
  new NumText('1.5'),
  new NumText('1e400'),
  new NumText('-0'),
];
const FLOATS: readonly (number | NumText)[] = [0, -1, 0.5, 1e308, 5e-324, new NumText('1e400'), new NumText('-0')];
const DATES = [
  '2020-11-16',
  '2020-12-31',
  '2020-02-30',
  '2020-13-01',
  '0000-01-01',
  '1900-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2020-11-16T00:00:00Z',
  'tomorrow',
  '',
];
const DATE_TIMES = [
  '2020-11-16T08:00:00Z',
  '2020-11-16T08:00:00+08:00',
  '2020-11-20T00:00:00.000Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2020-11-16T25:61:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  '2020-11-16',
  'yesterday',
  '',
];
const EMAILS = [
  'working@gongbian.test',
  'admin@gongbian.test',
  'nobody@gongbian.test',
  'x@y',
  '@',
  '',
  `${'a'.repeat(300)}@gongbian.test`,
  'WORKING@GONGBIAN.TEST',
  ' working@gongbian.test ',
];
const PASSWORDS = ['gongbian', 'wrong', '', 'x'.repeat(10 * KB), 'x'.repeat(1024 * KB)];
const TEXTS = [
  '意见：建议补充应急物资储备的具体指标。',
  'x',
  '# 标题\n\n段落一。\n\n- 列表\n- 列表',
  `# ${'深'.repeat(2000)}\n\n${'| a | b |\n|---|---|\n| 1 | 2 |\n'.repeat(200)}`,
  '@张三 @李四 请看',
  `${'@'.repeat(5000)}`,
  '[x](javascript:alert(1)) <img src=x onerror=alert(1)>',
  'UEsDBBQAAAAIAA==',
  Buffer.from('PK\u0003\u0004 not really a zip').toString('base64'),
  `${'#'.repeat(1000)} ${'>'.repeat(10_000)}`,
  `${'*'.repeat(20_000)}x${'_'.repeat(20_000)}`,
  `${'['.repeat(20_000)}${']('.repeat(5_000)}`,
];

/** Which hint table a named argument or input field draws from. */
function hintFor(name: string): 'email' | 'password' | 'newPassword' | 'cursor' | 'text' | 'token' | null {
  const n = name.toLowerCase();
  if (n.includes('email')) return 'email';
  // A demo account whose password the fuzz changed could not be signed in again: keep it.
  if (n === 'newpassword') return 'newPassword';
  if (n.includes('password')) return 'password';
  if (n === 'after' || n === 'before' || n.endsWith('cursor')) return 'cursor';
  if (n === 'token') return 'token';
  if (['body', 'content', 'minutes', 'summary', 'reason', 'agenda', 'query', 'title', 'quote'].includes(n))
    return 'text';
  return null;
}

export class ValueBuilder {
  constructor(
    private readonly tape: Tape,
    private readonly pools: Pools,
  ) {}

  /** A string: fast-check's hostile strings, the known-bad list, or plain text. */
  string(hint: ReturnType<typeof hintFor> = null): string {
    const t = this.tape;
    if (hint === 'newPassword') return 'gongbian';
    if (hint && t.next(3) > 0) {
      switch (hint) {
        case 'email':
          return t.pick(EMAILS);
        case 'password':
          return t.pick(PASSWORDS);
        case 'cursor':
          return this.cursor();
        case 'token':
          return t.pick([...HOSTILE_STRINGS, 'a'.repeat(64), 'invitation-token']);
        case 'text':
          return t.pick(TEXTS);
      }
    }
    switch (t.next(4)) {
      case 0:
        return t.pick(TEXTS.slice(0, 3));
      case 1:
        return this.pools.strings.length ? t.pick(this.pools.strings) : 'x';
      case 2:
        return t.pick(HOSTILE_STRINGS);
      default:
        return this.id();
    }
  }

  /** Mostly ids that exist; else ids that cannot, or that are not ids at all. */
  id(): string {
    const t = this.tape;
    switch (t.next(5)) {
      case 0:
      case 1:
      case 2:
        return this.pools.ids.length ? t.pick(this.pools.ids) : '00000000-0000-0000-0000-000000000000';
      case 3:
        return t.pick(HOSTILE_STRINGS);
      default: {
        // A real id, mangled: case, truncation, padding, a type prefix.
        const real = this.pools.ids.length ? t.pick(this.pools.ids) : '6f1d1c1e-2b7e-4c1b-9a53-3a1f00000000';
        return t.pick([
          real.toUpperCase(),
          real.slice(0, -1),
          `${real}0`,
          ` ${real}`,
          `Thread:${real}`,
          Buffer.from(`Thread:${real}`).toString('base64'),
          real.replace(/-/g, ''),
          `${real}\u0000`,
          `${real},${real}`,
        ]);
      }
    }
  }

  cursor(): string {
    const t = this.tape;
    if (this.pools.cursors.length && t.next(2) === 0) {
      const real = t.pick(this.pools.cursors);
      return t.pick([real, `${real}0`, real.slice(1), `-${real}`, `${real}:1`]);
    }
    return t.pick(HOSTILE_CURSORS);
  }

  /** Anything at all, of any type: for the wrong-type cases. */
  anything(): Val {
    const t = this.tape;
    switch (t.next(14)) {
      case 0:
        return null;
      case 1:
        return t.next(2) === 0;
      case 2:
        return t.pick(INTS);
      case 3:
        return t.pick(FLOATS);
      case 4:
        return this.string();
      case 5:
        return [];
      case 6:
        return new ObjVal([]);
      case 7:
        return [this.id(), this.string()];
      case 8: {
        // Deep nesting: arrays or objects, up to 1000 levels (this process's JSON.stringify must
        // still manage; far deeper JSON goes as raw bodies, see cases.ts).
        const depth = t.pick([10, 100, 500, 1000]);
        let v: Val = 'x';
        if (t.next(2) === 0) for (let i = 0; i < depth; i++) v = [v];
        else for (let i = 0; i < depth; i++) v = new ObjVal([['a', v]]);
        return v;
      }
      case 9: {
        // Huge arrays of ids: IN lists past PostgreSQL's 65,535 parameters, loaders of thousands.
        const n = t.pick([100, 1000, 10_000, 70_000]);
        const picked = this.id();
        const id = picked.length <= 64 ? picked : '00000000-0000-0000-0000-000000000000';
        return Array.from({ length: n }, () => id);
      }
      case 10:
        return new EnumVal(t.pick(['OPEN', 'ADOPTED', 'true', 'null', 'ADMIN', 'DOCX', 'NOPE', '__proto__']));
      case 11:
        return new ObjVal([
          ['__proto__', new ObjVal([['isAdmin', true]])],
          ['constructor', new ObjVal([['prototype', new ObjVal([['x', 1]])]])],
        ]);
      case 12:
        return 'x'.repeat(t.pick([64 * KB, 1024 * KB]));
      default:
        return new NumText(t.pick(['1e400', '-0', '0.0000000001', '123456789012345678901234567890']));
    }
  }

  /** A value for `type`: usually the right shape with hostile contents; sometimes anything. */
  of(type: GraphQLInputType, name = '', depth = 0): Val {
    const t = this.tape;
    if (t.rare(10)) return this.anything();
    if (type instanceof GraphQLNonNull) {
      if (t.rare(12)) return null;
      return this.of(type.ofType, name, depth);
    }
    if (type instanceof GraphQLList) {
      switch (t.next(5)) {
        case 0:
        case 1:
          return [this.of(type.ofType, name, depth + 1)];
        case 2:
          return [];
        case 3: {
          const n = 2 + t.next(6);
          return Array.from({ length: n }, () => this.of(type.ofType, name, depth + 1));
        }
        default:
          // GraphQL coerces a single value to a one-item list.
          return this.of(type.ofType, name, depth + 1);
      }
    }
    if (type instanceof GraphQLEnumType) {
      const values = type.getValues();
      if (t.rare(8)) return t.pick(['NOPE', values[0]?.name.toLowerCase() ?? 'x', '']);
      return new EnumVal(t.pick(values).name);
    }
    if (type instanceof GraphQLInputObjectType) {
      const fields: [string, Val][] = [];
      for (const f of Object.values(type.getFields())) {
        const required = f.type instanceof GraphQLNonNull;
        if (required ? !t.rare(10) : t.next(2) === 1 && depth < 6)
          fields.push([f.name, this.of(f.type, f.name, depth + 1)]);
      }
      if (t.rare(8))
        fields.push([t.pick(['nope', '__proto__', 'constructor', 'id', 'clientMutationId']), this.anything()]);
      return new ObjVal(fields);
    }
    if (type instanceof GraphQLScalarType) {
      const hint = hintFor(name);
      switch (type.name) {
        case 'ID':
          return hint === 'cursor' ? this.cursor() : this.id();
        case 'String':
          if (name === 'clientMutationId' && t.next(2) === 0)
            return t.pick(['m1', 'm1', 'm2', '', 'x'.repeat(10 * KB)]);
          return this.string(hint);
        case 'Int':
          return t.pick(INTS);
        case 'Float':
          return t.pick(FLOATS);
        case 'Boolean':
          return t.next(2) === 0;
        case 'Date':
          return t.pick(DATES);
        case 'DateTime':
          return t.pick(DATE_TIMES);
        default:
          return this.string(hint);
      }
    }
    return this.anything();
  }
}

/** GraphQL literal syntax; strings JSON-quoted (GraphQL's escapes are JSON's), enums bare. */
export function printLiteral(v: Val): string {
  // Iterative for arrays and objects: a 3000-deep value must not exhaust this process's stack.
  const out: string[] = [];
  const stack: (Val | { close: string } | { sep: string })[] = [v];
  while (stack.length) {
    const x = stack.pop() as Val | { close: string } | { sep: string };
    if (x !== null && typeof x === 'object' && 'close' in x && !(x instanceof ObjVal) && !Array.isArray(x)) {
      out.push(x.close);
      continue;
    }
    if (x !== null && typeof x === 'object' && 'sep' in x && !(x instanceof ObjVal) && !Array.isArray(x)) {
      out.push(x.sep);
      continue;
    }
    const val = x as Val;
    if (val === null) out.push('null');
    else if (typeof val === 'boolean' || typeof val === 'number') out.push(Number.isFinite(val) ? String(val) : 'null');
    else if (typeof val === 'string') out.push(JSON.stringify(val));
    else if (val instanceof EnumVal) out.push(val.name);
    else if (val instanceof NumText) out.push(val.text);
    else if (Array.isArray(val)) {
      out.push('[');
      stack.push({ close: ']' });
      for (let i = val.length - 1; i >= 0; i--) {
        stack.push(val[i] as Val);
        if (i > 0) stack.push({ sep: ', ' });
      }
    } else {
      out.push('{');
      stack.push({ close: '}' });
      for (let i = val.fields.length - 1; i >= 0; i--) {
        const [k, fv] = val.fields[i] as [string, Val];
        stack.push(fv);
        stack.push({ sep: `${i > 0 ? ', ' : ''}${k}: ` });
      }
    }
  }
  return out.join('');
}

/** The JSON a client would send as a variable's value. */
export function toJson(v: Val): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  if (v instanceof EnumVal) return v.name;
  if (v instanceof NumText) {
    const n = Number(v.text);
    return Number.isFinite(n) ? n : v.text;
  }
  // Iterative, for the same reason as printLiteral.
  const root: { v: unknown } = { v: undefined };
  const work: { src: Val; set: (x: unknown) => void }[] = [{ src: v, set: (x) => (root.v = x) }];
  while (work.length) {
    const { src, set } = work.pop() as { src: Val; set: (x: unknown) => void };
    if (src === null || typeof src !== 'object' || src instanceof EnumVal || src instanceof NumText) {
      set(src === null || typeof src !== 'object' ? src : toJson(src));
    } else if (Array.isArray(src)) {
      const arr: unknown[] = new Array(src.length);
      set(arr);
      src.forEach((item, i) => {
        work.push({
          src: item,
          set: (x) => {
            arr[i] = x;
          },
        });
      });
    } else {
      const obj: Record<string, unknown> = {};
      set(obj);
      for (const [k, fv] of src.fields)
        work.push({
          src: fv,
          // A JSON body may carry "__proto__" as an own key; so must this object.
          set: (x) => Object.defineProperty(obj, k, { value: x, enumerable: true, writable: true, configurable: true }),
        });
    }
  }
  return root.v;
}

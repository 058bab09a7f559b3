/**
 * Hostile GraphQL documents built from the real schema (apps/server/schema.graphql): random root
 * fields with right, wrong and missing arguments, literals and variables, and the shapes that
 * strain a server — many aliases, deep nesting, fragment cycles and bombs, directive piles,
 * thousands of operations or tokens, introspection, garbage and corrupted text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLInterfaceType,
  type GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLUnionType,
  getNamedType,
  isCompositeType,
  isLeafType,
} from 'graphql';
import { Tape } from './tape.js';
import { type Pools, printLiteral, toJson, type Val, ValueBuilder } from './values.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_FILE = path.resolve(here, '../../apps/server/schema.graphql');

export function loadSchema(file = SCHEMA_FILE): GraphQLSchema {
  return buildSchema(fs.readFileSync(file, 'utf8'));
}

export type OperationType = 'query' | 'mutation' | 'subscription';

export interface BuiltOperation {
  query: string;
  /** What a client would send; usually an object, but whatever the case chose. */
  variables: Record<string, unknown>;
  operationName?: string;
  opType: OperationType;
  /** The root fields asked for, for grouping failures. */
  roots: string[];
  shape: string;
}

const SHAPES = [
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'aliases',
  'deep',
  'fragments',
  'directives',
  'operations',
  'tokens',
  'introspection',
  'garbage',
] as const;

const WRONG_VARIABLE_TYPES = ['String', 'Int', 'ID!', '[ID!]!', 'Boolean', 'JSON', 'DateTime', '[[String]]', 'Nope!'];

type Composite = GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType;

/** The fields of `type` that return objects and need no arguments. */
function compositeFields(type: Composite): GraphQLField<unknown, unknown>[] {
  if (type instanceof GraphQLUnionType) return [];
  return Object.values(type.getFields()).filter(
    (f) => isCompositeType(getNamedType(f.type)) && !f.args.some((a) => a.type instanceof GraphQLNonNull),
  );
}

const endlessCache = new WeakMap<GraphQLSchema, Set<string>>();

/** Types from which a chain of object fields can go on for ever (they reach a cycle). */
function endlessTypes(schema: GraphQLSchema): Set<string> {
  const cached = endlessCache.get(schema);
  if (cached) return cached;
  const all = Object.values(schema.getTypeMap()).filter(
    (t): t is Composite => isCompositeType(t) && !t.name.startsWith('__'),
  );
  const set = new Set(all.map((t) => t.name));
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of all) {
      if (set.has(t.name) && !compositeFields(t).some((f) => set.has(getNamedType(f.type).name))) {
        set.delete(t.name);
        changed = true;
      }
    }
  }
  endlessCache.set(schema, set);
  return set;
}

class DocumentBuilder {
  private readonly values: ValueBuilder;
  private readonly varDefs: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private nVars = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly t: Tape,
    private readonly pools: Pools,
  ) {
    this.values = new ValueBuilder(t, pools);
  }

  private rootType(op: OperationType): GraphQLObjectType {
    const root =
      op === 'query'
        ? this.schema.getQueryType()
        : op === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    return root ?? (this.schema.getQueryType() as GraphQLObjectType);
  }

  /** One argument's value: a literal, a variable of the right type, or a mismatched one. */
  private argument(name: string, type: GraphQLInputType): string {
    const t = this.t;
    const mode = t.next(10);
    if (mode <= 5) return printLiteral(this.values.of(type, name));
    if (mode === 9) return printLiteral(this.values.anything());
    const v = `v${this.nVars++}`;
    if (mode === 8 && t.next(2) === 0) return `$undeclared${v}`;
    const declared = mode === 8 ? t.pick(WRONG_VARIABLE_TYPES) : String(type);
    const withDefault = t.rare(8) ? ` = ${printLiteral(this.values.of(type, name))}` : '';
    this.varDefs.push(`$${v}: ${declared}${withDefault}`);
    if (!t.rare(10)) this.variables[v] = toJson(mode === 7 ? this.values.anything() : this.values.of(type, name));
    return `$${v}`;
  }

  private args(defs: readonly GraphQLArgument[]): string {
    const t = this.t;
    const parts: string[] = [];
    for (const a of defs) {
      const required = a.type instanceof GraphQLNonNull;
      if (required ? t.rare(12) : t.next(2) === 0) continue;
      parts.push(`${a.name}: ${this.argument(a.name, a.type)}`);
      if (t.rare(20)) parts.push(`${a.name}: ${this.argument(a.name, a.type)}`); // duplicate argument
    }
    if (t.rare(12))
      parts.push(`${t.pick(['nope', 'id', 'first', '__proto__'])}: ${printLiteral(this.values.anything())}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private alias(): string {
    if (!this.t.rare(8)) return '';
    return `${this.t.pick(['a', 'id', '__typename', '_', 'data', 'errors', 'constructor', '__proto__'])}: `;
  }

  private directives(): string {
    const t = this.t;
    if (!t.rare(10)) return '';
    const n = t.pick([1, 1, 2, 100, 1000]);
    const one = t.pick([
      () => `@include(if: ${this.argument('if', this.schemaBoolean())})`,
      () => `@skip(if: ${this.argument('if', this.schemaBoolean())})`,
      () => '@deprecated',
      () => `@nope(x: ${printLiteral(this.values.anything())})`,
      () => '@include',
      () => '@specifiedBy(url: "x")',
    ])();
    return ` ${Array.from({ length: within(n, one.length + 1) }, () => one).join(' ')}`;
  }

  private schemaBoolean(): GraphQLInputType {
    return new GraphQLNonNull(this.schema.getType('Boolean') as GraphQLInputType);
  }

  /** A field of `parent`, with arguments and a selection set. */
  private field(f: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    return `${this.alias()}${f.name}${this.args(f.args)}${this.directives()}${this.selectionSet(f.type, depth + 1, maxDepth)}`;
  }

  private leafFieldOf(type: Composite): string {
    if (type instanceof GraphQLUnionType) return '__typename';
    const leaves = Object.values(type.getFields()).filter(
      (f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => a.type instanceof GraphQLNonNull),
    );
    return leaves.length ? this.t.pick(leaves).name : '__typename';
  }

  selectionSet(type: GraphQLOutputType, depth: number, maxDepth: number): string {
    const t = this.t;
    const named = getNamedType(type) as GraphQLNamedType;
    if (!isCompositeType(named)) {
      return t.rare(25) ? ' { id }' : '';
    }
    if (t.rare(30)) return ''; // a composite field with no selection
    if (depth >= maxDepth || t.exhausted) return ` { ${this.leafFieldOf(named)} }`;
    const items: string[] = [];
    const n = 1 + t.next(4);
    for (let i = 0; i < n; i++) {
      const kind = t.next(12);
      if (named instanceof GraphQLUnionType || kind === 9) {
        items.push('__typename');
      } else if (kind === 10) {
        // An inline fragment: on a type it may be, or on any type at all.
        const possible =
          named instanceof GraphQLInterfaceType
            ? this.schema.getPossibleTypes(named)
            : [named, ...Object.values(this.schema.getTypeMap()).filter((x) => x instanceof GraphQLObjectType)];
        const on = t.rare(5) ? (t.pick(possible) as GraphQLObjectType) : (possible[0] as GraphQLObjectType);
        items.push(`... on ${on.name}${this.directives()}${this.selectionSet(on, depth, maxDepth)}`);
      } else if (kind === 11) {
        items.push(t.pick(['nope', 'id(x: 1)', '__schema { queryType { name } }', '__type(name: "Query") { name }']));
      } else {
        const fields = Object.values(named.getFields());
        items.push(this.field(t.pick(fields), depth, maxDepth));
      }
    }
    return ` { ${items.join(' ')} }`;
  }

  /** A chain of object fields `depth` deep, built without recursion. */
  private deepChain(start: GraphQLObjectType, depth: number): string {
    const open: string[] = [];
    let type: Composite = start;
    for (let i = 0; i < depth; i++) {
      if (type instanceof GraphQLUnionType) break;
      const next = compositeFields(type);
      if (!next.length) break;
      // Prefer fields that lead into a cycle, so the chain reaches its depth rather than a dead end.
      const endless = endlessTypes(this.schema);
      const onward = next.filter((f) => endless.has(getNamedType(f.type).name));
      const f = this.t.pick(onward.length && !this.t.rare(10) ? onward : next);
      open.push(f.name);
      type = getNamedType(f.type) as Composite;
    }
    return `${open.join(' { ')} { ${this.leafFieldOf(type)} ${' }'.repeat(open.length)}`;
  }

  private rootField(op: OperationType, maxDepth: number): { text: string; name: string } {
    const fields = Object.values(this.rootType(op).getFields());
    const f = this.t.pick(fields);
    return { text: this.field(f, 0, maxDepth), name: f.name };
  }

  private operation(op: OperationType, name: string | undefined, body: string): string {
    const vars = this.varDefs.length ? `(${this.varDefs.join(', ')})` : '';
    const head =
      name || vars || this.t.rare(6)
        ? `${op} ${name ?? ''}${vars}${this.directives()} `
        : op === 'query'
          ? ''
          : `${op} `;
    return `${head}{ ${body} }`;
  }

  build(forceOp?: OperationType): BuiltOperation {
    const t = this.t;
    const op: OperationType = forceOp ?? t.pick(['query', 'query', 'mutation', 'subscription'] as const);
    const shape = t.pick(SHAPES);
    const roots: string[] = [];
    let query: string;
    let operationName: string | undefined = t.rare(6) ? t.pick(['Q', 'q0', '', 'nope', 'x'.repeat(1000)]) : undefined;

    switch (shape) {
      case 'aliases': {
        const root = this.rootField(op, 2 + t.next(3));
        roots.push(root.name);
        const n = within(t.pick([10, 100, 1000, 5000, 20_000]), root.text.length + 8);
        const body = Array.from({ length: n }, (_, i) => `a${i}: ${root.text}`).join(' ');
        query = this.operation(op, operationName, body);
        break;
      }
      case 'deep': {
        const depth = t.pick([20, 50, 100, 300, 1000, 3000]);
        const root = this.rootType(op);
        const first = this.rootField(op, 1);
        roots.push(first.name);
        const chain = this.deepChain(root, depth);
        roots.push(chain.split(' ')[0] ?? '');
        query = this.operation(op, operationName, `${first.text} ${chain}`);
        break;
      }
      case 'fragments': {
        const root = this.rootField(op, 3);
        roots.push(root.name);
        const typeName = this.rootType(op).name;
        const variant = t.next(6);
        let body = root.text;
        if (variant === 0) {
          body += ' ...A';
          this.fragments.push(`fragment A on ${typeName} { __typename ...B }`, `fragment B on ${typeName} { ...A }`);
        } else if (variant === 1) {
          body += ' ...A';
          this.fragments.push(`fragment A on ${typeName} { ...A }`);
        } else if (variant === 2) {
          // The fragment bomb: each level spreads the next twice.
          const levels = t.pick([5, 10, 20, 30, 50]);
          body += ' ...F0';
          for (let i = 0; i < levels; i++)
            this.fragments.push(`fragment F${i} on ${typeName} { ...F${i + 1} ...F${i + 1} }`);
          this.fragments.push(`fragment F${levels} on ${typeName} { __typename ${root.text} }`);
        } else if (variant === 3) {
          body += ' ...Missing';
        } else if (variant === 4) {
          body += ' ...Wrong';
          this.fragments.push(`fragment Wrong on ${t.pick(['Thread', 'Nope', 'String', 'Node'])} { id }`);
        } else {
          const n = t.pick([10, 1000, 5000]);
          body += ' ...G0';
          for (let i = 0; i < n; i++) this.fragments.push(`fragment G${i} on ${typeName} { __typename }`);
        }
        query = this.operation(op, operationName, body);
        break;
      }
      case 'directives': {
        const root = this.rootField(op, 3);
        roots.push(root.name);
        const n = t.pick([1, 10, 1000, 5000]);
        const d = t.pick(['@include(if: true)', '@skip(if: false)', '@nope', '@deprecated(reason: "x")']);
        query = this.operation(op, operationName, `${root.text} ${Array.from({ length: n }, () => d).join(' ')}`);
        if (t.next(2) === 0) query = `${query.replace('{', `@include(if: true) {`)}`;
        break;
      }
      case 'operations': {
        const root = this.rootField(op, 2);
        const n = within(t.pick([2, 10, 1000, 5000]), root.text.length + 16);
        roots.push(root.name);
        const ops = Array.from({ length: n }, (_, i) => `${op} q${i} { ${root.text} }`);
        if (t.next(2) === 0) ops.push(`{ ${root.text} }`); // an anonymous one among named ones
        query = ops.join('\n');
        operationName = t.pick([undefined, 'q0', `q${n - 1}`, `q${n}`, '']);
        break;
      }
      case 'tokens': {
        const n = t.pick([1000, 10_000, 100_000]);
        const v = t.next(4);
        query =
          v === 0
            ? `{ ${'__typename '.repeat(n)}}`
            : v === 1
              ? `${'# comment\n'.repeat(n)}{ __typename }`
              : v === 2
                ? `${'{'.repeat(n)}`
                : `{ clock { now } ${' '.repeat(n * 10)}}`;
        roots.push('__typename');
        break;
      }
      case 'introspection': {
        const depth = t.pick([3, 10, 30]);
        roots.push('__schema');
        query = t.pick([
          `{ __schema { types { name fields(includeDeprecated: true) { name type { ${'ofType { '.repeat(depth)}name${' }'.repeat(depth)} } } } } }`,
          `{ __type(name: ${printLiteral(this.values.string())}) { name fields { name } } }`,
          `{ __schema { queryType { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
        ]);
        break;
      }
      case 'garbage': {
        roots.push('(garbage)');
        query = t.pick([
          () => (this.pools.strings.length ? t.pick(this.pools.strings) : ''),
          () => '',
          () => '{',
          () => '}',
          () => 'query',
          () => '{ }',
          () => '\u0000{ me { id } }',
          () => '{ me { id } }\u0000',
          () => '\ufeff{ me { id } }',
          () => '{ "me" }',
          () => 'subscription { a: programEvents(programId: "x") { cursor } b: threadEvents(draftId: "x") { cursor } }',
          () => 'query { ...on Query { ...on Query { me { id } } } }',
          () => `"""${'x'.repeat(100_000)}""" { me { id } }`,
          () => 'mutation { logout logout logout }',
        ])();
        break;
      }
      default: {
        const maxDepth = 2 + t.next(5);
        const n = 1 + t.next(3);
        const fields: string[] = [];
        for (let i = 0; i < n; i++) {
          const root = this.rootField(op, maxDepth);
          roots.push(root.name);
          fields.push(root.text);
        }
        query = this.operation(op, operationName, fields.join(' '));
      }
    }
    if (this.fragments.length) query = `${query}\n${this.fragments.join('\n')}`;
    if (t.rare(6)) query = corrupt(query, t, this.pools);
    return { query, variables: this.variables, operationName, opType: op, roots, shape };
  }
}

/** `n` copies of something `size` long, or as many as fit in 4 MB (a document, not a memory test). */
function within(n: number, size: number): number {
  return Math.max(1, Math.min(n, Math.floor(4_000_000 / size)));
}

/** Damages a document's text the ways a broken or malicious client would. */
function corrupt(text: string, t: Tape, pools: Pools): string {
  const at = Math.floor((t.next(101) / 100) * text.length);
  const junk = pools.strings.length ? t.pick(pools.strings) : '\u0000';
  switch (t.next(8)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return `${text.slice(0, at)}\u0000${text.slice(at)}`;
    case 2:
      return `${text.slice(0, at)}${junk}${text.slice(at)}`;
    case 3:
      return `${text.slice(0, at)}${text.slice(at + 1)}`;
    case 4:
      return text.replace(/\}/g, t.pick(['', ')', ']', '}}']));
    case 5:
      return `${text.slice(0, at)}"${text.slice(at)}`;
    case 6:
      return `${text}${text}`;
    default:
      return `${text.slice(0, at)}\ud800\u202e${text.slice(at)}`;
  }
}

/** A document from a choice tape and the case's pools; deterministic, so fast-check can shrink it. */
export function buildOperation(
  schema: GraphQLSchema,
  tape: readonly number[],
  pools: Pools,
  forceOp?: OperationType,
): BuiltOperation {
  return new DocumentBuilder(schema, new Tape(tape), pools).build(forceOp);
}

export type { Val };

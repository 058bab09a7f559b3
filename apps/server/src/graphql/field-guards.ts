import type http from 'node:http';
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isObjectType,
} from 'graphql';
import { badInput } from '../errors.js';
import { logger } from '../log.js';
import type { Refusal } from '../refusals.js';

const UNKNOWN_ID: Refusal = { reason: 'UNKNOWN_ID', message: 'is not an id this server gave out.' };

/**
 * Two guards on the schema's resolvers, wrapped in once when the schema is built:
 * - every ID argument (also inside inputs) must look like an id this server gives out, or the
 *   field fails with BAD_USER_INPUT before any SQL sees it ("-1", a path, a NUL byte, 10 KB);
 * - resolution stops once the request's signal is aborted (its time budget is spent or its client
 *   has gone), so abandoned work ends instead of running on for minutes.
 * Leaf fields without ID arguments are left alone: they never fan out, and a wrapper on every
 * scalar would cost a normal request.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Block ids are the importer's own (b1, b2, …), kept as text; allow any short word.
const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;
// node(id) also takes an event id: a bigint.
const UUID_OR_EVENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[1-9]\d{0,17})$/i;

function shapeOf(parentType: string, fieldName: string, argPath: string): RegExp {
  if (/blockId$/i.test(argPath)) return BLOCK_ID;
  if (parentType === 'Query' && fieldName === 'node') return UUID_OR_EVENT;
  return UUID;
}

/** Returns the path of the first malformed id in `value`, or null. */
type IdCheck = (value: unknown, path: string) => string | null;

function each(value: unknown, path: string, check: (v: unknown, path: string) => string | null): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = check(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  return check(value, path);
}

function idCheck(type: GraphQLInputType, shape: (path: string) => RegExp, path: string, depth = 0): IdCheck | null {
  const named = getNamedType(type);
  if (named === GraphQLID || named.name === 'ID') {
    const re = shape(path);
    return (value, at) => each(value, at, (v, p) => (typeof v === 'string' && re.test(v) ? null : p));
  }
  // Inputs here are shallow; the depth bound only keeps a recursive input type from looping.
  if (!isInputObjectType(named) || depth > 4) return null;
  const fields = Object.values(named.getFields()).flatMap((f) => {
    const check = idCheck(f.type, shape, `${path}.${f.name}`, depth + 1);
    return check ? [{ name: f.name, check }] : [];
  });
  if (fields.length === 0) return null;
  return (value, at) =>
    each(value, at, (v, p) => {
      if (typeof v !== 'object' || v === null) return null;
      for (const f of fields) {
        const bad = f.check((v as Record<string, unknown>)[f.name], `${p}.${f.name}`);
        if (bad) return bad;
      }
      return null;
    });
}

function argsCheck(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
): ((args: Record<string, unknown>) => string | null) | null {
  const checks = field.args.flatMap((a) => {
    const check = idCheck(a.type, (p) => shapeOf(parentType, field.name, p), a.name);
    return check ? [{ name: a.name, check }] : [];
  });
  if (checks.length === 0) return null;
  return (args) => {
    for (const c of checks) {
      const bad = c.check(args[c.name], c.name);
      if (bad) return bad;
    }
    return null;
  };
}

/** What the guards read from a request's context. */
export interface Budgeted {
  signal?: AbortSignal;
}

/** Why a request's signal was aborted: its budget is spent, or its client went away. */
export class RequestAborted extends Error {
  constructor(
    readonly why: 'timeout' | 'gone',
    readonly budgetMs: number,
  ) {
    super(why === 'timeout' ? `The request ran past its ${budgetMs} ms budget.` : 'The client went away.');
    this.name = 'RequestAborted';
  }
}

/**
 * A signal for one HTTP request: aborted after `budgetMs`, or when its connection closes before
 * the response is written.
 */
export function requestSignal(res: http.ServerResponse, budgetMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    logger.warn({ budgetMs }, `A request ran past its ${budgetMs} ms budget; stopping it.`);
    controller.abort(new RequestAborted('timeout', budgetMs));
  }, budgetMs);
  timer.unref();
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new RequestAborted('gone', budgetMs));
  });
  return controller.signal;
}

function aborted(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new RequestAborted('gone', 0);
}

/** Wraps the guards into the schema's resolvers, in place. */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = type === schema.getQueryType() || type === mutation || type === schema.getSubscriptionType();
    for (const field of Object.values(type.getFields())) {
      const checkArgs = argsCheck(type.name, field);
      const fansOut = !isLeafType(getNamedType(field.type));
      if (!checkArgs && !fansOut && !root) continue;
      // In a mutation, stop only before a root field: its payload is small, and its change is made.
      const isMutation = type === mutation;
      const resolve: GraphQLFieldResolver<unknown, Budgeted> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const signal = ctx?.signal;
        if (signal?.aborted && (isMutation || info.operation.operation !== 'mutation')) throw aborted(signal);
        const bad = checkArgs?.(args);
        if (bad) throw badInput(bad, UNKNOWN_ID);
        return resolve(source, args, ctx, info);
      };
      if (field.subscribe && checkArgs) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, ctx, info) => {
          const bad = checkArgs(args);
          if (bad) throw badInput(bad, UNKNOWN_ID);
          return subscribe(source, args, ctx, info);
        };
      }
    }
  }
  return schema;
}

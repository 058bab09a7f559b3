import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { clip, logger } from '../log.js';
import { RequestAborted } from './field-guards.js';
import { parseFailureReason } from './limits.js';

const CONTRACT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

// A request the server could not parse or validate is the caller's to fix.
const CALLER_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // operationName names no operation of the document, or a document of several names none.
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An error graphql-js raised itself about the request, not one a resolver threw: a variable of the
 * wrong type or missing, a directive's bad argument, an operation it cannot pick. Over WebSocket
 * nobody has given these a code, and they are the caller's to fix.
 */
const isRequestError = (error: unknown, code: string) =>
  code === '' &&
  error instanceof GraphQLError &&
  // A variable's coercion error wraps the scalar's own GraphQLError; a resolver's wraps what it threw.
  (error.originalError === undefined || error.originalError instanceof GraphQLError);

/** The SQLSTATE of a failed PostgreSQL statement, if that is what this is. */
function sqlState(err: unknown): string | undefined {
  const code = err instanceof QueryFailedError ? (err.driverError as { code?: unknown })?.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

// Without suggestions, a schema with introspection off does not spell itself out field by field.
const SUGGESTION = / ?Did you mean .+\?$/;

/** One line: where, what (message clipped, it can echo input), and the stack as a field (log.ts). */
function logUnexpected(original: unknown, path: readonly (string | number)[] | undefined) {
  const err = original instanceof Error ? original : new Error(String(original));
  const state = sqlState(err);
  const where = path?.length ? clip(path.join('.'), 60) : undefined;
  logger.error(
    { err, ...(where ? { field: where } : {}), ...(state ? { sqlState: state } : {}) },
    `Unexpected error${where ? ` in ${where}` : ''}: ${err.name}: ${clip(err.message, 160)}`,
  );
}

function flatten(errors: ValidationError[], prefix: string): { field: string; rules: Record<string, string> }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: e.constraints }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Every error leaves with one of the contract's codes and a message a person can act on;
 * a validation error names each field and rule; a stack trace only in development.
 */
export function formatError(showStack: boolean, hideSuggestions = false) {
  const say = (message: string) => (hideSuggestions ? message.replace(SUGGESTION, '') : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const stack = showStack && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};
    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors as ValidationError[], 'input');
      return {
        message: problems.map((p) => `${p.field}: ${Object.values(p.rules).join('; ')}`).join('\n'),
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: problems.map((p) => ({
            field: p.field,
            rules: Object.keys(p.rules),
            messages: Object.values(p.rules),
          })),
          ...stack,
        },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (CONTRACT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: say(formatted.message), extensions: { ...extensions, ...stack } };
    }
    if (CALLER_MISTAKES.has(code) || isRequestError(error, code)) {
      // A limit (graphql/limits.ts) names itself in reason and limit; other mistakes by their code.
      const limit = parseFailureReason(formatted.message);
      const reason = formatted.extensions?.reason ?? limit?.reason ?? (code || 'INVALID_REQUEST');
      const bound = formatted.extensions?.limit ?? limit?.limit;
      return {
        message: say(formatted.message),
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', reason, ...(bound === undefined ? {} : { limit: bound }), ...stack },
      };
    }
    const state = sqlState(original);
    if (original instanceof RequestAborted || state === '57014' || state === '55P03') {
      // A statement past statement_timeout, or a request past its budget: a clear answer, not a
      // hang. A spent budget is logged once, when it runs out (field-guards.ts), not per field.
      if (!(original instanceof RequestAborted)) {
        const field = formatted.path ? clip(formatted.path.join('.'), 60) : undefined;
        logger.warn(
          { ...(field ? { field } : {}), sqlState: state },
          `Statement timeout${field ? ` in ${field}` : ''}`,
        );
      }
      return {
        message:
          'The server stopped this request because it took too long; a change it carried was not saved. Ask for less at once, or try again in a moment.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT', ...stack },
      };
    }
    if (state?.startsWith('22')) {
      // PostgreSQL's data exceptions (a malformed uuid, a NUL byte, a number out of range) are
      // the caller's: ids are checked before SQL (field-guards.ts), this catches what slips past.
      return {
        message: 'A value in this request is not one the server can use (not an id it gave out, or out of range).',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', ...stack },
      };
    }
    logUnexpected(original, formatted.path);
    return {
      message: 'Something went wrong on the server; the change was not saved. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...stack },
    };
  };
}

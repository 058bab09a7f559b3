import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

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
]);

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
export function formatError(showStack: boolean) {
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
      return { ...formatted, extensions: { ...extensions, ...stack } };
    }
    if (CALLER_MISTAKES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', reason: code, ...stack },
      };
    }
    console.error('Unexpected error:', original);
    return {
      message: 'Something went wrong on the server; the change was not saved. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...stack },
    };
  };
}

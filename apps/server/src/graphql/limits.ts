import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  type ParseOptions,
  parse,
  specifiedRules,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.js';

/**
 * The one source of the limits on a GraphQL operation, for HTTP (Apollo) and WebSocket
 * (graphql-ws) alike. The rules are graphql-armor's; the token count is graphql-js's own, made
 * during the one parse every operation gets anyway.
 */
export type OperationLimits = Pick<Config, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxCost'>;

/** Which limit refused an operation: `extensions.reason` of its BAD_USER_INPUT error. */
export type LimitReason = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_DIRECTIVES' | 'MAX_COST';

export interface Limits {
  /** Added to graphql's specified rules. */
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

// graphql-armor reports each refusal here instead of throwing out of validation, as one
// BAD_USER_INPUT error that names the limit (its own message says "Syntax Error", which it is not).
function report(reason: LimitReason, limit: number) {
  return [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      ctx?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'BAD_USER_INPUT', reason, limit },
        }),
      );
    },
  ];
}

export function operationLimits(limits: OperationLimits): Limits {
  const reject = (reason: LimitReason, n: number) => ({ propagateOnRejection: false, onReject: report(reason, n) });
  const { validationRules } = new ApolloArmor({
    // Fragments count by the fields they hold, so how the web app splits its documents into
    // fragments never changes what an operation may do.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reject('MAX_DEPTH', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...reject('MAX_ALIASES', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reject('MAX_DIRECTIVES', limits.maxDirectives) },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...reject('MAX_COST', limits.maxCost) },
    // graphql-js counts tokens in its own parse (parseOptions); armor's plugin would parse twice.
    maxTokens: { enabled: false },
    // formatError hides suggestions, on both transports.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens/;

/** The reason and limit of a parse failure that was the token limit, if it was. */
export function parseFailureReason(message: string): { reason: LimitReason; limit: number } | null {
  const m = TOO_MANY_TOKENS.exec(message);
  return m ? { reason: 'MAX_TOKENS', limit: Number(m[1]) } : null;
}

/**
 * Parses and validates one operation received over a WebSocket, as Apollo does for HTTP: the
 * document, or the errors to send for this operation alone (a bad one never closes the socket).
 */
export function checkOperation(
  schema: GraphQLSchema,
  limits: Limits,
  query: unknown,
  options: { introspection: boolean; valid?: ValidDocuments },
): DocumentNode | GraphQLError[] {
  if (typeof query !== 'string') {
    return [new GraphQLError('The operation has no query.', { extensions: { code: 'BAD_USER_INPUT' } })];
  }
  const known = options.valid?.get(query);
  if (known) return known;
  const checked = parseAndValidate(schema, limits, query, options.introspection);
  if (!Array.isArray(checked)) options.valid?.set(query, checked);
  return checked;
}

/**
 * Documents that passed, by their text: a thousand sockets sending the web app's few operations
 * hold one parsed document each, not one per subscription (as Apollo keeps documents for HTTP).
 * One cache per set of rules (introspection allowed or not).
 */
export type ValidDocuments = LRUCache<string, DocumentNode>;
export const validDocuments = (): ValidDocuments => new LRUCache<string, DocumentNode>({ max: 500 });

function parseAndValidate(
  schema: GraphQLSchema,
  limits: Limits,
  query: string,
  introspection: boolean,
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, limits.parseOptions);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const limit = parseFailureReason(message);
    return [
      new GraphQLError(message, {
        extensions: { code: 'BAD_USER_INPUT', ...(limit ?? { reason: 'GRAPHQL_PARSE_FAILED' }) },
      }),
    ];
  }
  const rules = introspection
    ? [...specifiedRules, ...limits.validationRules]
    : [...specifiedRules, NoSchemaIntrospectionCustomRule, ...limits.validationRules];
  let errors: readonly GraphQLError[];
  try {
    errors = validate(schema, document, rules);
  } catch (err) {
    // graphql-js's SingleFieldSubscriptionsRule evaluates @include/@skip and throws on a bad `if`.
    if (!(err instanceof GraphQLError)) throw err;
    errors = [err];
  }
  if (errors.length === 0) return document;
  return errors.map((e) =>
    e.extensions.code
      ? e
      : new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: { ...e.extensions, code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
        }),
  );
}

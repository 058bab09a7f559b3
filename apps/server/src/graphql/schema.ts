import 'reflect-metadata';
import { type ValidationError, validateOrReject } from 'class-validator';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, type NonEmptyArray } from 'type-graphql';
import { guardFields } from './field-guards.js';
import { DateTimeScalar } from './scalars.js';

// Subscriptions come from the event log (realtime/live.ts), never from an in-memory PubSub;
// type-graphql insists on one, so it gets one that refuses to be used.
const noPubSub = {
  publish: () => {
    throw new Error('Publish events by writing them to the event log.');
  },
  subscribe: () => {
    throw new Error('Subscribe through the event log.');
  },
};

/**
 * type-graphql's own argument validation (class-validator on input objects; missing properties
 * skipped, unknown values allowed; nulls and scalars not validated), with class-validator
 * imported once: type-graphql imports it with `await import()` for every argument it validates,
 * which cost a mutation more CPU than its SQL (test/load/writes.bench.ts).
 */
async function validateArgs(value: unknown): Promise<void> {
  const options = { skipMissingProperties: true, forbidUnknownValues: false };
  const validated = (v: unknown): v is object => v !== null && typeof v === 'object';
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((v) => validateOrReject(v, options)));
    else if (validated(value)) await validateOrReject(value, options);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
type ResolverClass = Function;

/** The schema of these resolvers (the house's, composed in house.ts), without the field guards. */
export function buildUnguardedSchema(resolvers: readonly ResolverClass[]): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<ResolverClass>,
    validateFn: validateArgs,
    pubSub: noPubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}

/** The schema the server serves: every field guarded (field-guards.ts). */
export async function buildGuardedSchema(resolvers: readonly ResolverClass[]): Promise<GraphQLSchema> {
  return guardFields(await buildUnguardedSchema(resolvers));
}

export function printSchemaOf(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

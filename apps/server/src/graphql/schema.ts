import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
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

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
type ResolverClass = Function;

/** The schema of these resolvers (the house's, composed in house.ts), without the field guards. */
export function buildUnguardedSchema(resolvers: readonly ResolverClass[]): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<ResolverClass>,
    validate: { forbidUnknownValues: false },
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

import type { DocumentNode } from 'graphql';

/**
 * An operation that carries its result and variables types, as codegen writes it for the tests
 * (test/support/generated). The same shape as @graphql-typed-document-node/core's, which the root
 * package does not depend on.
 */
export interface TypedDocumentNode<Result = unknown, Variables = Record<string, unknown>> extends DocumentNode {
  /** Never present at runtime: it only carries the types. */
  __apiType?: (variables: Variables) => Result;
}

export type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;

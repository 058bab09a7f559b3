// Typed documents and result types for every operation in apps/web/src/**/*.graphql.
// Regenerate with `pnpm --filter @gongbian/graphql-client codegen` after changing an operation
// or when apps/server/schema.graphql changes.
export * from './generated/graphql';

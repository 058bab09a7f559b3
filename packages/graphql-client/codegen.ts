import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// The tests' target names its plugins; they are the client preset's own, so they load from there.
const presetRequire = createRequire(createRequire(import.meta.url).resolve('@graphql-codegen/client-preset'));

// Paths are relative to this package (pnpm runs the script here). The schema is the file the
// server prints of itself, so codegen never needs a running server.
const config: CodegenConfig = {
  schema: '../../apps/server/schema.graphql',
  overwrite: true,
  pluginLoader: (name) => presetRequire(name),
  generates: {
    './src/generated/': {
      documents: ['../../apps/web/src/**/*.graphql'],
      preset: 'client',
      // __typename goes into the documents themselves, so the types are true for results that
      // arrive over graphql-ws too (Apollo's cache adds it on its own path, the socket does not).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        // Components read plain objects; each one's needs are spelled out in its own fragment.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string', Date: 'string' },
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
        // Apollo Client always adds __typename, and a null means "absent", never undefined.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
    // The server's and the system tests' operations (test/README.md says where they live). A target
    // of its own: its operation names cannot clash with the web's, and the web never ships them.
    // Plain plugins rather than the preset: no gql() map, and the one type import points at
    // test/support (the tests' package has no @graphql-typed-document-node/core of its own).
    '../../test/support/generated/graphql.ts': {
      documents: ['../../apps/server/src/**/*.test.graphql', '../../test/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string', Date: 'string' },
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false },
        documentNodeImport: '../typed-document.js#TypedDocumentNode',
      },
    },
  },
};

export default config;

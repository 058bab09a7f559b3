import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Paths are relative to this package (pnpm runs the script here). The schema is the file the
// server prints of itself, so codegen never needs a running server.
const config: CodegenConfig = {
  schema: '../../apps/server/schema.graphql',
  documents: ['../../apps/web/src/**/*.graphql'],
  overwrite: true,
  generates: {
    './src/generated/': {
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
  },
};

export default config;

import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's schema: the top-level *.graphql files and
// graph/ent.graphql (the types entgql generates), the same list as gqlgen.yml.
const config: CodegenConfig = {
  schema: ['../*.graphql', '../graph/ent.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: {
          Date: 'string',
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;

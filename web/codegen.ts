// Generates the client's types from the server's schema. The schema is the repository's
// `schema.graphql` (what `codebot schema` prints), so a schema change that breaks an
// operation of the dashboard breaks `npm run build`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.DASHBOARD_SCHEMA ?? '../schema.graphql',
  documents: 'src/api/operations/*.graphql',
  errorsOnly: true,
  generates: {
    'src/api/generated.ts': {
      // typescript-operations writes the enums and inputs the operations use.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown', Position: 'number' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;

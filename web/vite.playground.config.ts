import { defineConfig } from 'vite';

// The GraphQL playground (`playground.html`, GraphiQL with React), served by the server
// at `GET /graphql` to browsers. A second build into the same dist/, after the
// dashboard's (`vite.config.ts`), so that the dashboard stays one script and one
// stylesheet (Rollup cannot inline dynamic imports with more than one entry, and the two
// pages would share chunks). Its assets land in dist/assets/ beside the dashboard's.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The dashboard's build has just filled dist/.
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    // Monaco (GraphiQL's editor) is large; it is served from this binary, not a CDN.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { playground: 'playground.html' },
      onwarn(warning, warn) {
        // React libraries mark modules "use client"; a bundle for the browser has no server side.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Monaco's workers (the editor, JSON, GraphQL) are module workers from this origin.
  worker: { format: 'es' },
});

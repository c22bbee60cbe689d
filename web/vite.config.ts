import { defineConfig } from 'vitest/config';

// The server the dev server forwards the API to (`codebot serve` with CODEBOT_ADDR).
const api = process.env.DASHBOARD_API_URL ?? 'http://127.0.0.1:8100';

export default defineConfig({
  // Assets are addressed from the root, so deep links like /integrations/ID load them.
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // One script and one stylesheet: fewer files to embed and nothing to preload.
        inlineDynamicImports: true,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
      '/healthz': api,
      '/readyz': api,
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});

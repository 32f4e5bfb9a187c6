import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build is committed (web/dist) and embedded in the Go binary, so it must
// be reproducible: no timestamps, content-hashed names, stable chunking.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // No inline data: assets for scripts/styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: {
    // `npm run dev` next to `go run ./cmd/ruankao serve --demo`.
    proxy: {
      '/graphql': 'http://127.0.0.1:8080',
      '/files': 'http://127.0.0.1:8080',
      '/tickets': 'http://127.0.0.1:8080',
      '/receipts': 'http://127.0.0.1:8080',
      '/certificates': 'http://127.0.0.1:8080',
    },
  },
});

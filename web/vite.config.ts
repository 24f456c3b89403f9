import { defineConfig } from 'vitest/config';
import SummaryLineReporter from './tools/summaryLineReporter.ts';

// The C# API listens here during development (see api/); another address can
// be given with OBSERVATOIRES_API_URL=http://127.0.0.1:5000 npm run dev.
// (process is read through globalThis so that this file needs no Node types.)
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const apiTarget = env['OBSERVATOIRES_API_URL'] ?? 'http://127.0.0.1:8080';
const proxiedPrefixes = ['/api', '/ogc', '/health', '/openapi', '/scalar'];

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // MapLibre is one chunk of about 1 MB, loaded only with a map: the budgets that matter (what a first view loads)
    // are checked after the build by tools/bundle-size.mjs.
    chunkSizeWarningLimit: 1100,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxiedPrefixes.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false }])),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: Object.fromEntries(proxiedPrefixes.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false }])),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    reporters: ['default', new SummaryLineReporter()],
    unstubGlobals: true,
  },
});

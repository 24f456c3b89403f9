import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import SummaryLineReporter from './tools/summaryLineReporter.ts';

// The C# API listens here during development (see api/); another address can
// be given with OBSERVATOIRES_API_URL=http://127.0.0.1:5000 npm run dev.
// (process is read through globalThis so that this file needs no Node types.)
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const apiTarget = env['OBSERVATOIRES_API_URL'] ?? 'http://127.0.0.1:8080';
const proxiedPrefixes = ['/api', '/ogc', '/health', '/openapi', '/scalar'];

/** The test files that replace a module with vi.mock (or vi.doMock): a replaced module would stay so for the next files. */
const mockingTests = readdirSync(resolve(import.meta.dirname, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `src/${file}`)
  .filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(resolve(import.meta.dirname, file), 'utf8')));

export default defineConfig({
  base: '/',
  // Two documents, one application (one entry, so that the portal's first view stays one bundle): index.html, with the
  // portal's header, menu and footer, and embed.html, an embed page (/embed/…) for a partner's iframe, whose body is
  // its own and whose head is the built index.html's (the same scripts and styles). The API serves each for its paths
  // (Platform/Http/SinglePageApp.cs); the development server serves embed.html for /embed/….
  plugins: [
    {
      name: 'embed-page',
      enforce: 'post',
      configureServer(server) {
        server.middlewares.use((request, _response, next) => {
          if (request.url?.startsWith('/embed/')) request.url = '/embed.html';
          next();
        });
      },
      generateBundle(_options, bundle) {
        const index = bundle['index.html'];
        const head = index?.type === 'asset' ? String(index.source).match(/<head>[\s\S]*<\/head>/)?.[0] : undefined;
        if (!head) throw new Error('embed-page: no <head> in the built index.html');
        const embed = readFileSync(new URL('./embed.html', import.meta.url), 'utf8');
        this.emitFile({ type: 'asset', fileName: 'embed.html', source: embed.replace(/<head>[\s\S]*<\/head>/, () => head) });
      },
    },
  ],
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
    environment: 'node',
    restoreMocks: true,
    reporters: ['default', new SummaryLineReporter()],
    unstubGlobals: true,
    // A file that replaces modules (vi.mock) runs in a module graph and a DOM of its own, as Vitest does by default; the
    // others share their worker's (isolate: false): a fresh happy-dom window and module graph per file were most of the
    // unit tests' time (57 s of CPU for 105 files, 11 s shared). Mocks and stubbed globals are undone after each test.
    projects: [
      { extends: true, test: { name: 'isolated', include: mockingTests, isolate: true } },
      { extends: true, test: { name: 'shared', include: ['src/**/*.test.ts'], exclude: mockingTests, isolate: false } },
    ],
  },
});

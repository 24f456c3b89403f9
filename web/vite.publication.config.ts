import { defineConfig } from 'vite';

// The print bundle of the Baromètre économique's brief: the same renderer as the screen page, built as one classic
// script (IIFE, no module, no chunk) and its stylesheet, which the API inlines in the HTML file Chromium prints to PDF
// (Platform/Export/Pdf/). Run by npm run build after the application's build, into dist/print/ (not emptied).
export default defineConfig({
  build: {
    outDir: 'dist/print',
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/observatories/barometre/publication/print.ts',
      formats: ['iife'],
      name: 'BarometrePublication',
      fileName: () => 'barometre.js',
      cssFileName: 'barometre',
    },
  },
});

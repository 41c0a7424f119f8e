import { defineConfig } from 'vite';

// The renderer is plain React with the automatic JSX runtime; Vite's built-in transform handles TSX.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    reportCompressedSize: false,
    // One bundle on purpose: splitting it measured no faster start-up (the charts are on the first page).
    chunkSizeWarningLimit: 700,
  },
});

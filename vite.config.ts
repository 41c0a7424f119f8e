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
  },
});

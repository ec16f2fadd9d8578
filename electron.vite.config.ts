import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { agGridFrameBudget } from './vite-plugins/ag-grid-frame-budget';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The local user index's worker thread: started from out/main/user-index-worker.js (see worker-entry.ts).
          'user-index-worker': resolve(__dirname, 'src/main/services/user-index/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with its dependencies bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    // 8 ms frames: a fast scroll of the users grid stays free of tasks over 50 ms (vite-plugins/ag-grid-frame-budget.ts).
    plugins: [react(), agGridFrameBudget(8)],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
    },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dashboard tab: served by the bot under /tab from dist/tab (see bot/edge/tab-routes.ts). */
export default defineConfig(({ command }) => ({
  // A build is always a production build, even when started from a test (NODE_ENV=test would pick React's development bundle).
  ...(command === 'build' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/tab', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
}));

import { defineConfig } from 'vite';

// Run from this folder (`npm run build` here), or with the folder as root: `vite build examples/web`.
// No React plugin: esbuild compiles the JSX (no Fast Refresh, one dependency less).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  server: { host: '127.0.0.1', port: 5173 },
});

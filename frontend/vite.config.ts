/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { antdStaticStyle } from './scripts/antd-static-style.ts';

// The gateway serves dist/ at `/` (index.html for every client route) and answers GraphQL at
// POST /graphql, live updates at /graphql/ws (WebSocket), the supervisors' CSV export at /export/
// and open data at /open-data/. `npm run dev` proxies those paths to a gateway on port 8080.
export default defineConfig({
  base: '/',
  plugins: [antdStaticStyle()],
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:8080', changeOrigin: false, ws: true },
      '/export': { target: 'http://127.0.0.1:8080', changeOrigin: false },
      '/open-data': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in what the server ships.
    sourcemap: false,
    // antd is most of the bundle (about 450 kB gzipped in all); every page needs it.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // antd marks its modules "use client" for React Server Components; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
  },
});

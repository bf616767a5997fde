import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    // one preact for all bpmn-io libraries: @bpmn-io/form-js-editor pins its own copy (<=10.15.1) while it renders
    // form-js-viewer's and the properties panel's components, whose hooks use the top-level preact; with two copies
    // the form editor fails on its first render ("Cannot read properties of undefined (reading 'context')")
    dedupe: ['preact'],
  },
  server: {
    proxy: {
      '/api': backend,
      '/engine-rest': backend,
      '/camunda': backend,
      '/actuator': backend,
    },
  },
  build: {
    // Maven copies this into target/classes/static (see pom.xml)
    outDir: 'target/dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // libraries every page needs, in a chunk of their own that stays cached across releases;
        // the page chunks (app/router.tsx) bring bpmn-js, dmn-js, form-js and ECharts where used
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@tanstack|i18next|react-i18next)\//.test(id)) {
            return 'vendor';
          }
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // the build machine has 2 cores and nothing else runs beside the unit tests: one test file per core (antd
    // forms in jsdom are slow; findBy/waitFor allow 5 s, see testing/setup-tests.ts)
    pool: 'threads',
    poolOptions: { threads: { minThreads: 1, maxThreads: 2 } },
    testTimeout: 60000,
  },
});

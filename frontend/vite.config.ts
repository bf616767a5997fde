import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
        // the two big viewers in chunks of their own, loaded only by the pages that use them
        manualChunks(id) {
          if (/node_modules[\\/](bpmn-js|diagram-js|bpmn-moddle|moddle|moddle-xml|saxen|diagram-js-direct-editing)[\\/]/.test(id)) return 'bpmn-js';
          if (/node_modules[\\/](@bpmn-io[\\/]form-js|@bpmn-io[\\/]draggle|feelers|feelin|flatpickr|preact|big\.js|showdown|@codemirror|@lezer|lezer-feel)/.test(id)) return 'form-js';
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
    // the build machine has 2 shared cores; antd forms in jsdom are slow when it is busy
    pool: 'threads',
    poolOptions: { threads: { singleThread: true } },
    testTimeout: 60000,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers';
import { bankPlugin } from './scripts/vite-plugin-bank';

export default defineConfig({
  plugins: [react(), bankPlugin()],
  preview: {
    port: 4173,
    headers: securityHeaders,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});

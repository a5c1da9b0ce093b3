// Test projects: unit (node), components (happy-dom), server (real SQLite and PostgreSQL), e2e (real Chromium).
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  define: { __APP_VERSION__: JSON.stringify('test'), __BUNDLED_PACK_VERSION__: JSON.stringify('0000-00-00-test') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/shared/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/house/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'happy-dom', include: ['tests/app/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: { name: 'server', environment: 'node', include: ['tests/server/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page the CI machine is slow to draw still gets its title focused: wait up to 5 s, not 1.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config'

// The built app (out/), run after `electron-vite build` in `npm test`; the unit run does not need a build.
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})

import { defineConfig } from 'vitest/config';

const browserProject = (name: string, include: string[], exclude: string[] = []) => ({
  test: {
    name,
    include,
    exclude,
    environment: 'node' as const,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time: two software-rendered browsers on two cores slow each other down.
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // What a person sees, presses and clicks.
      browserProject('e2e', ['tests/e2e/**/*.test.ts'], ['tests/e2e/screens.test.ts']),
      // The screenshot matrix (3 screen sizes × 2 languages × 5 screens) for people to look at.
      browserProject('screens', ['tests/e2e/screens.test.ts']),
    ],
  },
});

import { defineConfig } from "vitest/config";

/**
 * Tests that measure time as a ratio (`*.timing.test.ts`) are left out here: files run in
 * parallel, and a neighbour's hashing or compiling would be measured with the server. They
 * run alone, after the rest, with vitest.timing.config.ts (npm test does both).
 */
export const timingTests = ["apps/*/src/**/*.timing.test.ts"];

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.{ts,tsx}", "apps/*/src/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", ...timingTests],
    // Style sheets as Vite builds them: a widget's `styles` hold its CSS text, not "".
    css: true,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

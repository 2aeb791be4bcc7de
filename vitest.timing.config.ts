import { defineConfig } from "vitest/config";
import base, { timingTests } from "./vitest.config.ts";

/** The timing tests, one file at a time on an otherwise idle machine (see vitest.config.ts). */
export default defineConfig({
  test: {
    ...base.test,
    include: timingTests,
    exclude: ["**/node_modules/**"],
    fileParallelism: false,
  },
});

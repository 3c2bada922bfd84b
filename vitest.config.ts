import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Snapshot and date formatting must not depend on the machine.
    env: { TZ: "UTC" },
    include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts", "tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium and one server; run files one at a time.
    fileParallelism: false,
  },
});

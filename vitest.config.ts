import { defineConfig } from "vitest/config";

// Two projects: fast unit and snapshot tests, and browser tests on the built
// site (their global setup builds it first unless SKIP_BUILD=1).
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          env: { TZ: "UTC" },
          include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          env: { TZ: "UTC" },
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium and one static server; files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

// Two projects: fast unit and snapshot tests, and browser tests on the built
// site (their global setup builds it first unless SKIP_BUILD=1).
// Time limits are generous on purpose: they only catch a hang. CI runs on a shared
// two-core machine, and a test must never fail because the machine was busy.
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          env: { TZ: "UTC" },
          include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "e2e",
          env: { TZ: "UTC" },
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // expect.poll waits for a state (a control shown, a status text); its
          // default 1 s cap fails on a busy machine before the page's script has run.
          expect: { poll: { timeout: 120_000 } },
          // One Chromium and one static server; files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});

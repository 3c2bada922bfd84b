// The command itself: exit 0 and a new release for a good export; exit 1, every
// problem on stderr (file, row, column, check; no value) and nothing written
// for a bad one; exit 1, one line and nothing written for a release that exists
// or is older than the latest.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportAsOf } from "../../../src/lib/tracker/synthetic-asof.ts";
import { cleanup, clone, sampleExport, setCell, snapshot, tempDir, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";

const SCRIPT = new URL("../../../scripts/tracker.ts", import.meta.url).pathname;
// The project's Node 24 (it runs TypeScript), as npm scripts use, whatever node runs the tests.
const LOCAL_NODE = new URL("../../../node_modules/.bin/node", import.meta.url).pathname;
const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath;
const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

const run = (dir: string, out: string, service = "cli-test", today = TODAY) =>
  spawnSync(NODE, [SCRIPT, dir, "--service", service, "--out", out, "--today", today], { encoding: "utf8" });

describe("npm run tracker", () => {
  it("writes the release (named after the period's end) and exits 0 for a good export", () => {
    const dir = writeExport(sampleExport(30, 9), {}, { name: "CLI test", period: { from: "2019-04", to: "2025-03" } });
    const out = join(tempDir("cli"), "cli-test");
    dirs.push(dir, join(out, ".."));
    const r = run(dir, out);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["2025-03"]);
    expect(readdirSync(join(out, "2025-03")).sort()).toEqual([
      "checks.json",
      "datapackage.json",
      "disclosure.json",
      "figures.csv",
      "figures.json",
      "service.json",
    ]);
  }, 60_000);

  it("refuses a release that exists, or one older than the latest: one line, exit 1, every file as it was", () => {
    const full = sampleExport(30, 9);
    const latest = writeExport(full, {}, { name: "CLI test", period: { from: "2019-04", to: "2025-03" } });
    const older = writeExport(exportAsOf(full, "2024-03"), {}, { name: "CLI test", period: { from: "2019-04", to: "2024-03" } });
    const out = join(tempDir("cli"), "cli-test");
    dirs.push(latest, older, join(out, ".."));
    expect(run(latest, out).status).toBe(0);
    const before = snapshot(out);
    for (const [dir, words] of [
      [latest, "tracker: release 2025-03 already exists and a published release is never rewritten"],
      [older, "tracker: release 2024-03 is older than the latest release, 2025-03"],
    ] as const) {
      const r = run(dir, out);
      expect(r.status).toBe(1);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(words);
      expect(r.stderr).toContain("nothing was written");
      expect(snapshot(out)).toEqual(before);
    }
  }, 120_000);

  it("prints every problem, writes nothing and exits 1 for a bad export", () => {
    const ex = clone(sampleExport(30, 9));
    const line = setCell(ex, "parents.csv", 2, "family_id", "someone@example.org");
    const age = setCell(ex, "parents.csv", 4, "age_at_referral", "70");
    const dir = writeExport(ex);
    const out = join(tempDir("cli"), "cli-test");
    dirs.push(dir, join(out, ".."));
    const r = run(dir, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`FAIL TR-IDENT-EMAIL: parents.csv, row ${line}, column "family_id"`);
    expect(r.stderr).toContain(`FAIL TR-VAL-AGE: parents.csv, row ${age}, column "age_at_referral"`);
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr + r.stdout).not.toContain("someone@example.org");
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it.each([
    ["a slug with capitals and an underscore", "North_Town", TODAY, "tracker: --service must be a short name in lower-case letters and digits"],
    ["a month 13", "cli-test", "2025-13", "tracker: --today must be a month written YYYY-MM (for example 2025-03)"],
    ["a day as well as a month", "cli-test", "2025-03-01", "tracker: --today must be a month written YYYY-MM"],
  ])("%s gets one line and exit code 2, not a stack trace", (_, service, today, words) => {
    const dir = writeExport(sampleExport(10, 2));
    const out = join(tempDir("cli"), "cli-test");
    dirs.push(dir, join(out, ".."));
    const r = run(dir, out, service, today);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+|Error:/);
    expect(existsSync(out)).toBe(false);
  });

  it("a folder that does not exist gets one line and exit code 2", () => {
    const out = join(tempDir("cli"), "cli-test");
    dirs.push(join(out, ".."));
    const r = run(join(out, "no-such-folder"), out);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd()).toBe("tracker: the export folder was not found: check its path");
  });
});

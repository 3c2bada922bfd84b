// Nothing in a bundle outside the protected figures may point to one person. An intruder
// holding every release compares bundles: so one person's details must not change
// checks.json, service.json or the data package's period, and the figures a bundle
// holds (their ids) must not depend on the data, only their values and symbols.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { wholeQuarters } from "../../../src/lib/tracker/service.ts";
import { monthNumber } from "../../../src/lib/tracker/columns.ts";
import { applyDegenerate, DEGENERATE_NAMES } from "../../../src/lib/tracker/synthetic-changes.ts";
import { generateExport, type ExportRows } from "../../../src/lib/tracker/synthetic.ts";
import { cleanup, clone, sampleExport, setCell, tempDir, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

async function imported(ex: ExportRows) {
  const dir = writeExport(ex);
  dirs.push(dir);
  const r = await importExport(dir, { slug: "north-town", today: TODAY, vocabulary: realVocabulary() });
  expect(r.problems.filter((p) => p.level === "FAIL").map((p) => p.id)).toEqual([]);
  return { ...r, files: r.files!, figures: r.figures! };
}

describe("wholeQuarters", () => {
  it("rounds the data's first and last months out to whole calendar quarters", () => {
    const q = (from: string, to: string) => wholeQuarters(monthNumber(from), monthNumber(to));
    expect(q("2019-05", "2025-01")).toEqual({ from: "2019-04", to: "2025-03" });
    expect(q("2019-01", "2024-12")).toEqual({ from: "2019-01", to: "2024-12" });
    expect(q("2020-03", "2020-10")).toEqual({ from: "2020-01", to: "2020-12" });
    expect(q("2021-09", "2021-09")).toEqual({ from: "2021-07", to: "2021-09" });
  });
});

describe("one person's details", () => {
  // Referrals and closures up to 2024-12; then one parent, still open, referred in 2025-01 or in 2025-02 (the newest
  // month of the export), and another parent aged 25 or 15. No service.json, so the period comes from the data.
  function variant(newest: string, age: string): ExportRows {
    const ex = clone(generateExport({ seed: 11, parents: 40, from: "2019-05", to: "2024-12", prefix: "SYN" }));
    setCell(ex, "parents.csv", 0, "referral_month", newest);
    setCell(ex, "parents.csv", 0, "closure_month", "");
    setCell(ex, "parents.csv", 0, "closure_reason", "");
    setCell(ex, "parents.csv", 1, "age_at_referral", age);
    return ex;
  }

  it("a parent aged 15 rather than 25, and the newest referral a month later, change no file but the figures", async () => {
    const a = await imported(variant("2025-01", "25"));
    const b = await imported(variant("2025-02", "15"));
    // The analyst is told (the command prints advisories); the bundle is not.
    expect(b.problems.map((p) => p.id)).toContain("TR-AGE-YOUNG");
    expect(a.problems.map((p) => p.id)).not.toContain("TR-AGE-YOUNG");

    for (const name of ["checks.json", "service.json"]) expect(b.files.get(name), name).toBe(a.files.get(name));
    const pkg = (r: typeof a) => JSON.parse(r.files.get("datapackage.json")!) as { temporal: unknown; version: unknown };
    expect(pkg(b).temporal).toEqual(pkg(a).temporal);
    expect(pkg(b).version).toBe(pkg(a).version);
    expect(pkg(a).temporal).toMatchObject({ from: expect.stringMatching(/-(01|04|07|10)$/) as unknown, to: "2025-03" });
    const sections = (r: typeof a) => [...new Set(r.figures.map((f) => f.source.section))];
    expect(sections(b)).toEqual(sections(a));
    // Nowhere in either bundle is the newest person's month.
    for (const [r, month] of [
      [a, "2025-01"],
      [b, "2025-02"],
    ] as const)
      for (const [name, text] of r.files) expect(text.includes(month), `${name} states ${month}`).toBe(false);
  }, 60_000);

  // figures.ts once wrote the IMD editions found in the export into every deprivation figure's notes, so one parent's
  // decile from another edition showed in figures.json, as the TR-IMD-MIXED advisory would have in checks.json.
  it("one parent's IMD edition changes no figure's notes", async () => {
    const base = sampleExport(40, 7);
    const at = base.header["parents.csv"].indexOf("imd_edition");
    const row = base.rows["parents.csv"].findIndex((r) => r[at] === "2019");
    const other = clone(base);
    setCell(other, "parents.csv", row, "imd_edition", "2025");
    const notes = async (ex: ExportRows) => (await imported(ex)).figures.map((f) => `${f.id} ${JSON.stringify(f.notes)}`);
    expect(await notes(other)).toEqual(await notes(base));
  }, 60_000);

  it("a period given in service.json is used as given", async () => {
    const dir = writeExport(variant("2025-02", "25"), {}, { name: "North Town", period: { from: "2019-05", to: "2025-02" } });
    dirs.push(dir);
    const r = await importExport(dir, { slug: "north-town", today: TODAY, vocabulary: realVocabulary() });
    expect(r.service?.period).toEqual({ from: "2019-05", to: "2025-02" });
  }, 60_000);
});

describe("npm run tracker", () => {
  const SCRIPT = new URL("../../../scripts/tracker.ts", import.meta.url).pathname;
  // The project's Node 24 (it runs TypeScript), as npm scripts use, whatever node runs the tests.
  const LOCAL_NODE = new URL("../../../node_modules/.bin/node", import.meta.url).pathname;
  const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath;

  it("shows the analyst an advisory, says it is not written, and writes a checks.json that does not say so", () => {
    const ex = clone(sampleExport(30, 9));
    const row = setCell(ex, "parents.csv", 3, "age_at_referral", "15");
    const dir = writeExport(ex);
    const out = join(tempDir("signals"), "north-town");
    dirs.push(dir, join(out, ".."));
    const r = spawnSync(NODE, [SCRIPT, dir, "--service", "north-town", "--out", out, "--today", TODAY], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`ADVISORY TR-AGE-YOUNG: parents.csv, row ${row}, column "age_at_referral"`);
    expect(r.stderr).toMatch(/advisory message\(s\) above, for you to look at; they are not written into the bundle/);
    // One release, named after its period's last month.
    const [release] = readdirSync(out);
    const checks = readFileSync(join(out, release!, "checks.json"), "utf8");
    expect(checks).not.toContain("raised");
    expect((JSON.parse(checks) as { checks?: unknown[] }).checks).toContainEqual(expect.objectContaining({ id: "TR-AGE-YOUNG", outcome: "not-published" }));
  }, 60_000);
});

describe("the figures a bundle holds", () => {
  const ids = async (ex: ExportRows) => (await imported(ex)).figures.map((f) => f.id).sort();
  let reference: string[] = [];
  const referenceIds = async () => (reference.length ? reference : (reference = await ids(sampleExport(40, 7))));

  it.each(DEGENERATE_NAMES)(
    "%s: the same figure ids as any other export",
    async (name) => {
      expect(await ids(applyDegenerate(sampleExport(40, 7), [name]))).toEqual(await referenceIds());
    },
    60_000,
  );

  it("for exports of any size, seed and unusual shape, the same sorted figure ids (property)", async () => {
    const expected = await referenceIds();
    // School readiness among them: once left out when every child assessed had the same result.
    expect(expected.some((id) => id.startsWith("school-readiness."))).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          parents: fc.integer({ min: 1, max: 120 }),
          seed: fc.integer({ min: 1, max: 100_000 }),
          changes: fc.subarray(DEGENERATE_NAMES, { minLength: 0, maxLength: 3 }),
        }),
        async (e) => {
          expect(await ids(applyDegenerate(sampleExport(e.parents, e.seed), e.changes)), JSON.stringify(e)).toEqual(expected);
        },
      ),
      { numRuns: 15, seed: 2203, endOnFailure: true, examples: [[{ parents: 1, seed: 1, changes: [] }]] },
    );
  }, 180_000);
});

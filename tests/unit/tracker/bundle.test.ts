// The example exports import with one call per release, in order, give the
// committed releases byte for byte, and every published count is exact against an independent
// count of the same rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_SERVICES } from "../../../src/lib/tracker/examples.ts";
import type { BundleFigure } from "../../../src/lib/contract/bundle.ts";
import { runImport } from "../../../src/lib/tracker/import.ts";
import { FILES } from "../../../src/lib/tracker/standard.ts";
import type { ExportRows } from "../../../src/lib/tracker/synthetic.ts";
import { baseKeyOf, countIndependently, keyOf } from "../../fixtures/tracker-count.ts";
import { cleanup, tempDir } from "../../fixtures/tracker-fixture.ts";
import { exampleExport, exampleFile, exampleReleases, readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const ROOT = new URL("../../..", import.meta.url).pathname;
const outs: string[] = [];
afterAll(() => cleanup(...outs));

function readExport(dir: string): ExportRows {
  const ex = { header: {}, rows: {} } as ExportRows;
  for (const file of FILES) {
    const [head, ...lines] = readFileSync(join(dir, file), "utf8").trimEnd().split("\n");
    ex.header[file] = (head as string).split(",");
    ex.rows[file] = lines.map((l) => l.split(","));
  }
  return ex;
}

describe("the synthetic examples", () => {
  for (const ex of EXAMPLE_SERVICES) {
    it(`${ex.slug} imports release by release and gives the committed releases, marked synthetic`, async () => {
      const service = join(tempDir("bundle"), ex.slug);
      outs.push(service);
      expect(exampleReleases(ex.slug)).toEqual(ex.releases);
      for (const release of ex.releases) {
        const r = await runImport(exampleExport(ex.slug, release), service, { slug: ex.slug, today: release, vocabulary: realVocabulary() });
        expect(r.problems.filter((p) => p.level === "FAIL")).toEqual([]);
        expect([r.ok, r.release]).toEqual([true, release]);
        for (const name of ["figures.json", "figures.csv", "checks.json", "disclosure.json", "datapackage.json", "service.json"]) {
          expect(readFileSync(join(service, release, name), "utf8"), `${release}/${name}`).toBe(readExample(ex.slug, name, release));
        }
      }
      const out = join(service, ex.releases.at(-1)!);
      const synthetic = (file: string) => (JSON.parse(readFileSync(join(out, file), "utf8")) as { synthetic?: unknown }).synthetic;
      expect(synthetic("service.json")).toBe(true);
      expect(synthetic("datapackage.json")).toBe(true);
      const figures = JSON.parse(readFileSync(join(out, "figures.json"), "utf8")) as BundleFigure[];
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) expect(f.source.document).toContain("synthetic");
    }, 900_000);
  }
});

describe("a bundle's counts are exact where published", () => {
  const ex = EXAMPLE_SERVICES[1];
  if (!ex) throw new Error("no example service");
  const figures = JSON.parse(readExample(ex.slug, "figures.json")) as BundleFigure[];
  const expected = countIndependently(readExport(exampleExport(ex.slug)));
  const counts = figures.filter((f) => f.measure === "count");

  it("every published count and base equals a plain count of the rows", () => {
    const published = counts.filter((f) => f.value !== null);
    expect(published.length).toBeGreaterThan(80);
    for (const f of published) expect(f.value, f.id).toBe(expected.counts.get(keyOf(f)) ?? 0);
    for (const f of counts.filter((x) => x.base !== null)) expect(f.base, f.id).toBe(expected.bases.get(baseKeyOf(f)) ?? 0);
  });

  it("every category the rows hold has a record", () => {
    const keys = new Set(counts.map(keyOf));
    // (Parents of unknown sex are counted in "all" only, so the independent count has no such group either.)
    // School readiness is published even when every child assessed had the same result, as [c] (src/lib/tracker/model-children.ts).
    expect([...expected.counts.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it("suppressed counts are null with [c]; shares appear only where count and base are both published", () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    expect(counts.some((f) => f.value === null)).toBe(true);
    for (const f of counts) {
      if (f.value === null) expect(f.symbol).toBe("c");
      const share = byId.get(f.id.replace(/\.count$/, ".percent"));
      if (!share) throw new Error(`no share for ${f.id}`);
      if (f.value !== null && f.base) {
        // A percentage to one decimal, halves up: s tenths holds for s - ½ ≤ 1000 × count / base < s + ½,
        // checked in whole numbers, so it is not the writer's rounding done again.
        const tenths = Math.round((share.value ?? NaN) * 10);
        expect(tenths / 10, share.id).toBe(share.value);
        expect((2 * tenths - 1) * f.base, share.id).toBeLessThanOrEqual(2000 * f.value);
        expect((2 * tenths + 1) * f.base, share.id).toBeGreaterThan(2000 * f.value);
      } else expect(share.value).toBeNull();
    }
  });

  it("publishes shares worked by hand", () => {
    const share = (slug: string, release: string, id: string) =>
      (JSON.parse(readExample(slug, "figures.json", release)) as BundleFigure[]).find((f) => f.id === id)?.value;
    // 16 of 142 is 11.27%; 27 of 87 is 31.03%; 27 of 59 is 45.76%.
    expect(share("larkspur-vale", "2025-03", "age-profiles.age-at-referral.19-or-under.all.percent")).toBe(11.3);
    expect(share("larkspur-vale", "2025-03", "age-profiles.age-at-referral.25-29.female.percent")).toBe(31);
    expect(share("larkspur-vale", "2025-03", "child-outcomes.status-at-closure.at-home.expected-at-referral.at-case-closure.percent")).toBe(45.8);
    // 59 of 80 is exactly 73.75%: the half rounds up.
    expect(share("thornwick", "2024-03", "wellbeing.employment.unemployed.all.three_years.percent")).toBe(73.8);
  });
});

describe("the disclosure audit in a bundle", () => {
  for (const ex of EXAMPLE_SERVICES) {
    it(`${ex.slug}: names each suppressed cell's figures, which print [c], and carries no value or bound`, () => {
      const dir = join(ROOT, exampleFile(ex.slug, ""));
      const text = readFileSync(join(dir, "disclosure.json"), "utf8");
      const audit = JSON.parse(text) as {
        passed: boolean;
        counts: { hidden: number };
        cells: { id: string; kind: string; width: number | null; unbounded: boolean; figures: string[] }[];
      };
      const figures = new Map((JSON.parse(readFileSync(join(dir, "figures.json"), "utf8")) as BundleFigure[]).map((f) => [f.id, f]));
      expect(audit.passed).toBe(true);
      expect(audit.cells.length).toBe(audit.counts.hidden);
      expect(Object.keys(audit.counts)).toEqual(["hidden"]); // never by kind
      expect(text).not.toMatch(/"(value|lower|upper)"/);
      for (const cell of audit.cells) {
        if (cell.unbounded) expect(cell.width, cell.id).toBeNull();
        else expect(cell.width, cell.id).toBeGreaterThanOrEqual(ex.service.disclosure.k);
        for (const id of cell.figures) {
          const f = figures.get(id.replace(/^base of /, ""));
          if (!f) throw new Error(`audit names ${id}, not in figures.json`);
          if (id.startsWith("base of ")) expect(f.base, id).toBeNull();
          else expect([f.value, f.symbol], id).toEqual([null, "c"]);
        }
      }
    });
  }
});

// Any export that passes the import can be drawn. Valid but unusual exports
// (a topic nobody records, header-only files, one parent, every child in one
// status, no closures, nobody assessed) are imported, and every figure the
// service's page and the comparison page would show is built and drawn beside
// the example services. Nothing may throw, and no sentence may state a share
// of nobody ("0 of 0") or headline two zeros as "about the same".
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { figureSet, publishedSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { figureSchema } from "../../../src/lib/contract/site.ts";
import { compareServices } from "../../../src/lib/monitoring/compare-units.ts";
import { comparisonProblems, serviceProblems } from "../../../src/lib/monitoring/drawable.ts";
import { serviceFindings } from "../../../src/lib/monitoring/findings.ts";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { EXAMPLE_SERVICES } from "../../../src/lib/tracker/examples.ts";
import { applyDegenerate, DEGENERATE_NAMES } from "../../../src/lib/tracker/synthetic-changes.ts";
import { cleanup, sampleExport, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

const SERVICE = {
  name: "Odd Shapes (synthetic)",
  period: { from: "2019-04", to: TODAY },
  synthetic: true,
  standard: "1",
  disclosure: { k: 5, rounding: null },
};
const salford = publishedSet(z.array(figureSchema).parse(JSON.parse(readFileSync("public/data/figures.json", "utf8"))), "Salford", realVocabulary());
const examples = EXAMPLE_SERVICES.map((e) => ({
  slug: e.slug,
  name: e.service.name,
  set: figureSet(JSON.parse(readExample(e.slug, "figures.json")) as FigureRecord[], {
    publisher: e.service.name,
    synthetic: true,
    vocabulary: realVocabulary(),
  }),
}));

/** Imports the changed export; the import must accept it. */
async function imported(parents: number, seed: number, changes: string[]) {
  const dir = writeExport(applyDegenerate(sampleExport(parents, seed), changes), {}, SERVICE);
  dirs.push(dir);
  const result = await importExport(dir, { slug: "odd-shapes", today: TODAY, vocabulary: realVocabulary() });
  const fails = result.problems.filter((p) => p.level === "FAIL").map((p) => `${p.id} ${p.file}`);
  expect(fails, `${changes.join(", ")}: the import refused a valid export`).toEqual([]);
  return figureSet(result.figures!, { publisher: SERVICE.name, synthetic: true, vocabulary: realVocabulary() });
}

/** Everything that would stop the service's page or the comparison page from being drawn. */
function drawProblems(set: ReturnType<typeof figureSet>): string[] {
  const comparisons = compareServices([...examples, { slug: "odd-shapes", name: SERVICE.name, set }], salford);
  // Alone, too: a first service publishing its bundle before any other.
  const alone = compareServices([{ slug: "odd-shapes", name: SERVICE.name, set }], salford);
  return [...serviceProblems(set), ...comparisonProblems(comparisons), ...comparisonProblems(alone)];
}

describe("a valid but unusual export", () => {
  it.each(DEGENERATE_NAMES)("%s: imports, and its pages and the comparisons draw", async (name) => {
    const set = await imported(40, 7, [name]);
    expect(drawProblems(set)).toEqual([]);
  });

  it("any mix of unusual shapes, at any size from one parent up, draws (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(DEGENERATE_NAMES, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 10_000 }),
        async (changes, parents, seed) => {
          const set = await imported(parents, seed, changes);
          expect(drawProblems(set), changes.join(", ")).toEqual([]);
        },
      ),
      { numRuns: 15, seed: 2026 },
    );
  });
});

describe("pages say only what the data supports", () => {
  const texts = (set: ReturnType<typeof figureSet>) =>
    serviceFindings(set).flatMap((s) => [s.withheld ?? "", ...s.figures.flatMap((m) => [m.title, m.summary])]);

  it("a header-only children.csv gives no '0 of 0' and says no case has closed", async () => {
    const set = await imported(40, 7, ["no-children"]);
    const all = texts(set).join(" ");
    expect(all).not.toMatch(/\b0 of (the )?0\b/);
    expect(all).toContain("No children had a case that had closed, so there is no status at closure to show.");
    expect(all).toContain("No child assessed at the end of Reception is counted yet (a child counts once the family's case has closed)");
  });

  it("a topic nobody records is said in words, never as '0% against 0%'", async () => {
    const set = await imported(40, 7, ["all-unknown"]);
    const all = texts(set).join(" ");
    expect(all).not.toMatch(/0% \(0 of \d+\) against 0% \(0 of \d+\)/);
    expect(all).toContain("None of the parents has a record of housing, at referral or after three years, so there is nothing to show.");
  });

  it("nobody three years on: no change is claimed", async () => {
    const set = await imported(40, 7, ["no-three-years"]);
    const titles = serviceFindings(set).flatMap((s) => s.figures.map((m) => m.title));
    expect(titles).toContain("None of the parents has a record of housing after three years, so no change can be shown");
    expect(titles.join(" ")).not.toMatch(/about the same share|smaller share|larger share/);
  });
});

// Group disclosure: a breakdown in which every member of a group falls in one
// category tells a reader that category for each of them, however many they
// are. For exports built to hold such groups (every closed child in one status,
// every child assessed reaching the level, every parent referred by one
// source), an independent intruder (YALPS) holding everything the bundle
// publishes cannot prove that the other categories are empty: their sum can
// reach at least k.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { importExport, model } from "../../../src/lib/tracker/import.ts";
import { applyDegenerate } from "../../../src/lib/tracker/synthetic-changes.ts";
import { attackPublished } from "../../fixtures/disclosure/attack.ts";
import { cleanup, sampleExport, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

const SHAPES = ["status:looked_after", "status:adoption", "status:universal", "all-reached-gld", "one-source", "no-deprivation", "all-women"];

async function attacked(changes: string[], parents: number, seed: number) {
  const dir = writeExport(applyDegenerate(sampleExport(parents, seed), changes));
  dirs.push(dir);
  const r = await importExport(dir, { slug: "group-test", today: TODAY, vocabulary: realVocabulary() });
  expect(r.ok, changes.join(", ")).toBe(true);
  const m = model(r.tallies!, realVocabulary());
  const others = [...m.cells.values()].filter((c) => c.id.endsWith(".others")).map((c) => c.id);
  const unpublished = [...m.cells.values()].filter((c) => c.published === false).map((c) => c.id);
  const found = attackPublished(r.disclosure!.cells, unpublished, m.relations, 5, null, false, others, 0);
  return { others, found: found.filter((a) => others.includes(a.id)) };
}

describe("a group whose members all share one category", () => {
  it("every closed child looked after: no one can prove the other statuses are empty", async () => {
    const { others, found } = await attacked(["status:looked_after"], 60, 7);
    expect(others).toContain("child.all.looked_after.others");
    for (const a of found) expect(a.upper, a.id).toBeGreaterThanOrEqual(5);
  });

  it("holds for any such shape, size and seed (property)", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SHAPES), fc.integer({ min: 20, max: 160 }), fc.integer({ min: 1, max: 1000 }), async (shape, parents, seed) => {
        const { found } = await attacked([shape], parents, seed);
        for (const a of found) expect(a.upper, `${shape} ${parents} ${seed}: ${a.id}`).toBeGreaterThanOrEqual(5);
        checked += found.length;
      }),
      { numRuns: 14, seed: 22 },
    );
    expect(checked).toBeGreaterThan(0);
  }, 600_000);
});

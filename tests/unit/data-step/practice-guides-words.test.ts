// The practice-guide summaries must be in the site's own words. Where the
// source copies are present (they live outside the repository), no summary may
// share a run of six words with them; shorter runs are names and terms of art
// ("education, health and care plans").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRows } from "../../../src/lib/data-step/read/cells.ts";
import { GUIDE_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";
import { runs, sourceRuns, sourcesPresent, words } from "../../fixtures/own-words.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const RUN = 6;

describe.skipIf(!sourcesPresent())("practice-guide summaries", () => {
  const source = sourceRuns(RUN, ["north-west-practice-guides-a.txt", "north-west-practice-guides-b.txt"]);
  const rows = readRows(readFileSync(`${ROOT}data/practice-guides.csv`, "utf8"), "data/practice-guides.csv", GUIDE_COLUMNS);

  it("share no run of six words with the source text", () => {
    expect(rows).toHaveLength(19);
    const copied = rows.flatMap((r) =>
      runs(words(r.raw["summary"] ?? ""), RUN)
        .filter((run) => source.has(run))
        .map((run) => `${r.raw["title"]}: ${run}`),
    );
    expect(copied).toEqual([]);
  });

  it("can detect a copied sentence (the check itself works)", () => {
    expect(runs(words("Restore offers support at the very earliest opportunity in pregnancy"), RUN).some((r) => source.has(r))).toBe(true);
  });
});

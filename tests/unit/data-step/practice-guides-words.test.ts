// The practice-guide summaries must be in the site's own words. Where the
// source copies are present (they live outside the repository), no summary may
// share a run of six words with them; shorter runs are names and terms of art
// ("education, health and care plans").
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRows } from "../../../src/lib/data-step/read/cells.ts";
import { GUIDE_COLUMNS } from "../../../src/lib/data-step/read/input-columns.ts";

const SOURCES = ["a", "b"].map((x) => `/work/shared/sources/north-west-practice-guides-${x}.txt`);
const ROOT = new URL("../../../", import.meta.url).pathname;
const RUN = 6;

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9]+/g) ?? [];
const runs = (w: string[]) => w.slice(0, Math.max(0, w.length - RUN + 1)).map((_, i) => w.slice(i, i + RUN).join(" "));

describe.skipIf(!SOURCES.every(existsSync))("practice-guide summaries", () => {
  const source = new Set(runs(words(SOURCES.map((f) => readFileSync(f, "utf8")).join("\n"))));
  const rows = readRows(readFileSync(`${ROOT}data/practice-guides.csv`, "utf8"), "data/practice-guides.csv", GUIDE_COLUMNS);

  it("share no run of six words with the source text", () => {
    expect(rows).toHaveLength(19);
    const copied = rows.flatMap((r) =>
      runs(words(r.raw["summary"] ?? ""))
        .filter((run) => source.has(run))
        .map((run) => `${r.raw["title"]}: ${run}`),
    );
    expect(copied).toEqual([]);
  });

  it("can detect a copied sentence (the check itself works)", () => {
    expect(runs(words("Restore offers support at the very earliest opportunity in pregnancy")).some((r) => source.has(r))).toBe(true);
  });
});

// The analyst is told how many further counts no pattern could print (joint.ts
// forcedByChange): those an earlier release printed that have moved by 1 to k-1.
import { describe, expect, it } from "vitest";
import { forcedByChange } from "../../../src/lib/tracker/joint.ts";
import type { BundleFigure } from "../../../src/lib/contract/bundle.ts";
import { figureId } from "../../../src/lib/tracker/figures.ts";
import { Model, type RecordSpec } from "../../../src/lib/tracker/model.ts";
import { suppressionSentences } from "../../../src/lib/tracker/suppression-words.ts";
import type { DisclosureResult } from "../../../src/lib/disclosure/index.ts";

const spec = (category: string): RecordSpec => ({
  dataset: "referral-sources",
  group: "all",
  topic: null,
  period: null,
  category,
  label: category,
  cell: `source.all.${category}`,
  base: "parents.all",
});
const CATEGORIES = ["midwifery", "health_visitor", "police", "gp"];

/** A model of one table (four sources and all parents) with these counts. */
function table(counts: number[]): Model {
  const m = new Model();
  CATEGORIES.forEach((c, i) => {
    m.cell(`source.all.${c}`, counts[i]!);
    m.record(spec(c));
  });
  m.total(
    "parents.all",
    CATEGORIES.map((c) => `source.all.${c}`),
  );
  return m;
}

/** What a release printed: each count, or null for [c]; the base as given. */
function printed(values: (number | null)[], base: number | null): BundleFigure[] {
  return CATEGORIES.map((c, i) => ({ id: figureId(spec(c), "count"), measure: "count", value: values[i], base }) as BundleFigure);
}

describe("forcedByChange", () => {
  it("names each count an earlier release printed that has moved by 1 to k-1, and no other", () => {
    const earlier = [{ release: "2024-03", model: table([20, 9, 30, 0]), figures: printed([20, null, 30, 0], 59) }];
    // midwifery +3 (forced), health visitor +2 but hidden before (not forced), police +5 (free), gp 0 -> 0, all +10.
    const forced = forcedByChange(table([23, 11, 35, 0]), earlier, 5);
    expect([...forced].sort()).toEqual(["source.all.midwifery"]);
  });

  it("counts a base too, and leaves out cells that are recording gaps (guard false)", () => {
    const earlier = [{ release: "2024-03", model: table([20, 9, 30, 0]), figures: printed([20, 9, 30, 0], 59) }];
    const now = table([20, 9, 30, 2]);
    expect([...forcedByChange(now, earlier, 5)].sort()).toEqual(["parents.all", "source.all.gp"]);
    now.cells.get("source.all.gp")!.guard = false;
    expect([...forcedByChange(now, earlier, 5)]).toEqual(["parents.all"]);
  });

  it("the analyst's words say how many were forced by a change, and only when some were", () => {
    const result = (forcedByChange?: number) =>
      ({ counts: { primary: 3, secondary: 7, ...(forcedByChange === undefined ? {} : { forcedByChange }) }, optimality: { proven: true } }) as DisclosureResult;
    expect(suppressionSentences(result(), 5)[0]).toBe(
      "3 counts were hidden because they were between 1 and 4, and 7 more so that none of them can be worked out from the totals.",
    );
    expect(suppressionSentences(result(2), 5)[0]).toContain("and 7 more: 2 because they have changed by 1 to 4 since an earlier release printed them");
    expect(suppressionSentences(result(2), 5)[1]).toMatch(/proven the best possible/);
    // When every further count was forced by a change, no "rest" is spoken of.
    expect(suppressionSentences(result(7), 5)[0]).toBe(
      "3 counts were hidden because they were between 1 and 4, and 7 more: 7 because they have changed by 1 to 4 since an earlier release printed them.",
    );
  });
});

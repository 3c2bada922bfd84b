import { describe, expect, it } from "vitest";
import {
  backgroundsView,
  looseCell,
  needCountsView,
  needWords,
  partnerAbuseTypesView,
  previousRemovalsView,
  primaryOrOtherView,
} from "../../../src/lib/figures/needs-tables.ts";
import { topOf } from "../../../src/lib/figures/words.ts";
import { figures } from "../../fixtures/helpers.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const S = "Detailed Findings";
// A fixture in the shape of Table 3's primary need, where the needs add to more than the parents.
const t3 = figures("needs", [
  `women,primary need,at referral,Previous child(ren) removed,count,3,4,,,Table 3,${S},`,
  `women,primary need,at referral,Substance abuse,count,2,4,,,Table 3,${S},`,
  `women,primary need,at referral,Total,count,4,,,,Table 3,${S},`,
  `men,primary need,at referral,Previous child(ren) removed,count,1,2,,,Table 3,${S},`,
  `men,primary need,at referral,Total,count,2,,,,Table 3,${S},`,
  `all parents,primary need,at referral,Previous child(ren) removed,count,4,6,,,Table 3,${S},`,
  `all parents,primary need,at referral,Substance abuse,count,2,6,,,Table 3,${S},`,
  `all parents,primary need,at referral,Total,count,6,,,,Table 3,${S},`,
]).map((l) => l.figure);

describe("needCountsView", () => {
  const v = needCountsView(t3, "primary need");

  it("shows counts, never shares, so nothing is made to add to 100%", () => {
    expect(v.bars.map((b) => `${b.category}|${b.series}|${b.label}`)).toEqual([
      "Previous child(ren) removed|Women|3",
      "Previous child(ren) removed|Men|1",
      "Substance abuse|Women|2",
    ]);
    expect(v.bars.every((b) => !b.label.includes("%"))).toBe(true);
  });

  it("sets the needs recorded beside the number of parents, so the excess shows", () => {
    expect(v.table.rows.at(-2)).toEqual(["Needs recorded (added up)", "5", "1", "6"]);
    expect(v.table.rows.at(-1)).toEqual(["Parents", "4", "2", "6"]);
    expect(v.totals[0]).toEqual({ group: "women", recorded: 5, parents: 4 });
  });

  it("prints a dash where Table 3 has no cell, and counts it as 0 for ranking", () => {
    expect(v.table.rows.find((r) => r[0] === "Substance abuse")![2]).toBe("–");
    expect(v.count("Substance abuse", "men")).toBe(0);
  });
});

describe("helpers", () => {
  it("keeps ties when picking the largest", () => {
    expect(topOf([{ v: 2 }, { v: 5 }, { v: 5 }], (x) => x.v)).toHaveLength(2);
  });

  it("words needs without labelling people", () => {
    expect(needWords("Substance abuse")).toBe("drug or alcohol use");
    expect(needWords("Something new")).toBe("something new");
  });

  it("says when a base is missing instead of inventing one", () => {
    const [c, p] = figures("backgrounds", [
      `women,care history,,Had been in care,count,4,,,,Referrals,${S},`,
      `women,care history,,Had been in care,percent,18,,,,Referrals,${S},`,
    ]).map((l) => l.figure);
    expect(looseCell(c, p)).toBe("18% (4; base not stated)");
    expect(looseCell(undefined, p)).toBe("18% (base not stated)");
    expect(looseCell(c, undefined)).toBe("4 (base not stated)");
  });
});

describe("the real needs, partner abuse and backgrounds", () => {
  it("adds the primary needs to more than the parents, as the ledger says (primary-need-totals)", () => {
    const v = needCountsView(realFigures("needs"), "primary need");
    // The evaluation sample: 37 women and 28 men, 65 parents (Table 3's totals, as Table 1).
    expect(v.totals.map((t) => [t.group, t.parents])).toEqual([
      ["women", 37],
      ["men", 28],
      ["all parents", 65],
    ]);
    for (const t of v.totals) expect(t.recorded, t.group).toBeGreaterThan(t.parents!);
  });

  it("gives women's and men's primary-or-other shares with intervals for men only", () => {
    const v = primaryOrOtherView(publishedSet(realFigures("needs"), "Salford", realVocabulary()));
    const men = v.bars.filter((b) => b.series === "Men");
    const women = v.bars.filter((b) => b.series === "Women");
    // Three needs (substance abuse, mental health, domestic abuse), one bar each per sex.
    expect([men.length, women.length]).toEqual([3, 3]);
    // 28 men is under 30, so small; 37 women is not.
    expect(men.every((b) => b.interval)).toBe(true);
    expect(women.some((b) => b.interval)).toBe(false);
    // The detailed findings' 41%, not the summary's 14% (ledger: substance-abuse-women-summary).
    expect(v.table.rows.find((r) => r[0] === "Substance abuse")![1]).toBe("41% (15 of 37)");
  });

  it("reads partner abuse types from Table 5 and any abuse from Table 4 at referral", () => {
    const v = partnerAbuseTypesView(publishedSet(realFigures("partner-abuse"), "Salford", realVocabulary()));
    expect(v.table.rows.map((r) => r[0])).toEqual(["Physical abuse", "Emotional abuse", "Sexual abuse"]);
    expect(v.any("all parents")).toMatchObject({ count: 32, base: 56 });
  });

  it("shows backgrounds with a base where printed and says where none is", () => {
    const v = backgroundsView(publishedSet(realFigures("backgrounds"), "Salford", realVocabulary()));
    expect(v.all.map((s) => s.base)).toEqual([58, 52, 58]);
    expect(v.table.rows[0]![1]).toContain("base not stated");
  });

  it("gives each sex's removals distribution on its own base, adding up to it", () => {
    const v = previousRemovalsView(realFigures("backgrounds"));
    for (const sex of ["Women", "Men"]) {
      const bars = v.bars.filter((b) => b.series === sex);
      expect(bars.length, sex).toBeGreaterThan(1);
      const base = Number(/of (\d+)/.exec(bars[0]!.label)![1]);
      expect(bars.reduce((s, b) => s + b.value, 0)).toBe(base);
    }
    expect(v.formatMean(v.mean("women")!)).toBe("2.0");
  });
});

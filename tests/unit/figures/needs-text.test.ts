// The titles and summaries on /needs/, worded from the data by the view so the
// page only lays them out. Expected numbers are the report's Tables 3 and 5 and
// its engagement section, not read back from this code. Taking part: pages-needs.test.ts.
import { describe, expect, it } from "vitest";
import {
  backgroundsView,
  needCountsView,
  partnerAbuseTypesView,
  previousRemovalsView,
  primaryOrOtherView,
  FORM_LABELS,
} from "../../../src/lib/figures/needs-tables.ts";
import {
  abuseTypesText,
  backgroundsText,
  otherNeedsText,
  primaryNeedText,
  primaryOrOtherText,
  removalsText,
  mostOftenWords,
} from "../../../src/lib/figures/needs-text.ts";
import { figures } from "../../fixtures/helpers.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const S = "Detailed Findings";
const needs = realFigures("needs");
const abuse = partnerAbuseTypesView(publishedSet(realFigures("partner-abuse"), "Salford", realVocabulary()));
const bg = realFigures("backgrounds");

describe("needs", () => {
  it("names the most frequent primary need, Table 3's 23 of 65 for an earlier removal", () => {
    const v = needCountsView(needs, "primary need");
    expect(v.count("Previous child(ren) removed", "all parents")).toBe(23);
    // 11 of 37 women and 12 of 28 men: the top for each sex too, so the title may say "alike".
    // Table 3's columns as printed (0 where it has no cell).
    const column = (group: string) => Object.fromEntries(v.categories.map((c) => [c, v.count(c, group)]));
    expect(column("women")).toEqual({
      "Previous child(ren) removed": 11,
      "Substance abuse": 7,
      "Domestic abuse": 7,
      "Mental health issues": 6,
      "Risk of physical harm to child": 3,
      "Other vulnerability": 5,
      "None identified": 0,
      "Not known": 1,
    });
    expect(column("men")).toEqual({
      "Previous child(ren) removed": 12,
      "Substance abuse": 3,
      "Domestic abuse": 5,
      "Mental health issues": 2,
      "Risk of physical harm to child": 1,
      "Other vulnerability": 0,
      "None identified": 1,
      "Not known": 5,
    });
    expect(primaryNeedText(v).title).toBe("The removal of an earlier child was the primary need recorded most often, for women and men alike");
  });

  it("says most parents had another need: 21 of 65 had none (Table 3)", () => {
    const t = otherNeedsText(needCountsView(needs, "other needs"));
    // Table 3: 18 of 65 parents and 13 of 37 women had another vulnerability, but men most often had drug or alcohol use (9).
    expect(t.title).toMatch(
      /^Another need besides the primary one was recorded for most parents, most often another vulnerability overall and for women; for men, drug or alcohol use$/,
    );
    expect(t.summary).toContain("11 women and 10 men");
  });

  it("keeps ties among the most frequent needs: women's 41% for substance abuse and mental health", () => {
    const t = primaryOrOtherText(primaryOrOtherView(publishedSet(needs, "Salford", realVocabulary())));
    // Only three needs are given as "main or other"; the title must say so, since Table 3 has more.
    expect(t.title).toBe(
      "Of the three needs the report counts as main or other needs, drug or alcohol use and mental health were recorded most often for women and drug or alcohol use for men",
    );
    expect(t.summary).toContain("three needs only: drug or alcohol use, mental health and domestic abuse");
    expect(t.summary).toContain("were recorded each for 41% (15 of 37)");
  });

  it("says in every needs table that the labels are the report's categories", () => {
    for (const table of [
      needCountsView(needs, "primary need").table,
      needCountsView(needs, "other needs").table,
      primaryOrOtherView(publishedSet(needs, "Salford", realVocabulary())).table,
    ]) {
      expect(table.caption).toContain(FORM_LABELS);
    }
    expect(FORM_LABELS).toMatch(/as the report prints them/);
  });
});

describe("mostOftenWords", () => {
  const tops: Record<string, string[]> = { "all parents": ["Substance abuse"], women: ["Substance abuse", "Mental health issues"], men: ["Domestic abuse"] };
  it("says 'alike' only when the overall top is a top for each sex, and names the sex that differs", () => {
    expect(mostOftenWords((g) => tops[g]!)).toEqual({ need: "drug or alcohol use", who: " overall and for women; for men, domestic abuse" });
    expect(mostOftenWords((g) => (g === "men" ? ["Substance abuse"] : tops[g]!)).who).toBe(", for women and men alike");
    expect(mostOftenWords((g) => (g === "all parents" ? ["Mental health issues"] : ["Domestic abuse"])).who).toBe(
      " overall; for women and men, domestic abuse",
    );
  });
});

describe("partner abuse types (Table 5)", () => {
  it("titles the chart with what it plots, Table 5's types, not Table 4's any-abuse shares", () => {
    const t = abuseTypesText(abuse);
    expect(t.title).toBe(
      "Each type of abuse from a partner (physical, emotional and sexual) had been experienced by a larger share of women than of men with information",
    );
    expect(t.title).not.toMatch(/83%|14%/);
    expect(t.summary).toContain("Physical abuse: 83% (30 of 36) of women and 14% (3 of 21) of men.");
    expect(t.summary).toContain("Sexual abuse: 52% (12 of 23) of women and 0% (0 of 16) of men.");
    expect(t.summary).toContain("The report had no information for 2 women and 7 men.");
  });
});

describe("backgrounds and removals", () => {
  it("leads the backgrounds with teenage parenthood", () => {
    expect(backgroundsText(backgroundsView(publishedSet(bg, "Salford", realVocabulary()))).title).toMatch(
      /^\d+% of parents with information had been pregnant or a parent as a teenager$/,
    );
  });

  it("compares the means and handles a tie", () => {
    const v = previousRemovalsView(bg);
    // The report: a mean of 2.0 for women and 0.3 for men.
    expect(removalsText(v).title).toBe("Women had had more children removed before referral than men: a mean of 2.0 against 0.3");
    const tied = figures("backgrounds", [
      `women,previous removals,,Mean previous removals,mean,1.0,10,0.1,,Chart,${S},`,
      `men,previous removals,,Mean previous removals,mean,1.0,10,0.1,,Chart,${S},`,
      `all parents,previous removals,,Mean previous removals,mean,1.0,20,0.1,,Chart,${S},`,
    ]).map((l) => l.figure);
    expect(removalsText(previousRemovalsView(tied)).title).toBe("Women and men had had the same mean number of children removed before referral: 1.0");
  });
});

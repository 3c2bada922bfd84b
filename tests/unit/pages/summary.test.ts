// The summary's headline findings from the real data. Expected numbers are the
// report's own (referrals section, Tables 5, 6, 8 and 9, school readiness and
// the cost paragraphs), not read back from this code's output.
import { describe, expect, it } from "vitest";
import { buildDate, cannotShow, longDate, summaryView } from "../../../src/lib/pages/summary.ts";
import { disputing, flagsFor } from "../../../src/lib/pages/flags.ts";
import type { PublishedLedgerEntry } from "../../../src/lib/contract/ledger.ts";
import { FINDINGS, SECTIONS } from "../../../src/lib/site.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realOutputs } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const out = realOutputs();
const view = summaryView(publishedSet(out.figures, "Salford", realVocabulary()), out.ledger, out.checks);
const find = (id: string) => view.find((f) => f.id === id) ?? expect.fail(`no finding ${id}`);
const text = (id: string) => {
  const f = find(id);
  return [f.number, f.base, f.definition ?? "", f.sentence, ...f.lines, ...f.lists.flatMap((g) => [g.heading, ...g.items]), f.caution ?? ""].join(" ");
};

describe("summaryView", () => {
  it("has five to seven findings, each linked to its detail page", () => {
    expect(view.length).toBeGreaterThanOrEqual(5);
    expect(view.length).toBeLessThanOrEqual(7);
    const pages = [...FINDINGS, ...SECTIONS];
    for (const f of view) expect(pages.find((p) => p.href === f.href)?.title).toBe(f.linkText);
  });
  it("says who the service reached, and defines Pathway B where its number first appears", () => {
    expect(find("reach").number).toBe("209");
    expect(find("reach").base).toContain("Pathway B");
    expect(find("reach").definition).toMatch(/^Pathway B: .*new pregnancy.*mother or her partner/);
    expect(text("reach")).toMatch(/65 parents from 37 of these families.*15 parents.*Pathway A/);
    // No outcome data for Pathway A parents: said plainly.
    expect(text("reach")).toMatch(/Pathway A.*no outcome data/);
  });
  it("gives one at-home figure, from Table 9 in the site's grouping, saying which children and when", () => {
    expect(find("children").number).toBe("84 of 148");
    expect(find("children").base).toBe("children of the families whose cases had closed had a status for a child living at home when last known");
    // The sample's 32 of 38 and the report's 118 are other counts, linked with a line on why they differ.
    expect(text("children")).not.toContain("32 of 38");
    expect(text("children")).not.toContain("118");
    expect(find("children").others?.href).toBe("/child-outcomes/#other-counts");
    expect(text("children")).toContain("this site's grouping of Table 9");
    expect(text("children")).not.toMatch(/known to be living/);
  });
  it("has the data step count the other 64 children of Table 9", () => {
    // The 64 is the data step's (148 less our at-home grouping); that the parts make it up is its Table 9 sum check.
    expect(out.figures.find((f) => f.category === "Other than an at-home status (our difference)")?.value).toBe(64);
    expect(out.checks.find((c) => c.id === "sum:child-outcomes:status:all-children-born:final-known-status-after-case-closure")?.ok).toBe(true);
  });
  it("shows the three measures that fell and the three that did not, in the same form, with their bases (Tables 4 and 6)", () => {
    const f = find("three-years");
    expect(f.number).toBe("57% to 20%");
    expect(f.numberParts).toEqual(["57%", "20%"]);
    const [fell, same] = f.lists;
    expect(fell?.heading).toBe("Recorded less often: at referral, then after three years");
    expect(fell?.items).toEqual([
      "Partner abuse: 57% (32 of 56), then 20% (10 of 50).",
      "Alcohol problems: 39% (23 of 59), then 14% (7 of 51).",
      "Drug problems: 36% (21 of 58), then 13% (6 of 48).",
    ]);
    expect(same?.heading).toMatch(/^About as often/);
    expect(same?.items).toEqual([
      "Medication for emotional problems: 41% (16 of 39), then 40% (19 of 47).",
      "Unemployment: 67% (39 of 58), then 70% (39 of 56).",
      "Homelessness: 3% (2 of 62), then 4% (2 of 55).",
    ]);
    expect(f.lists).toHaveLength(2);
  });
  it("titles the three-year chart from the changes, naming what did not fall", () => {
    const chart = find("three-years").chart;
    expect(chart.title).toBe(
      "Partner abuse, alcohol problems and drug problems were recorded less often after three years; medication for emotional problems, unemployment and homelessness about as often",
    );
    expect(chart.rows.map((r) => [r.from, r.value])).toEqual([
      [57, 20],
      [39, 14],
      [36, 13],
      [41, 40],
      [67, 70],
      [3, 4],
    ]);
    expect(chart.table.rows).toHaveLength(6);
  });
  it("warns that 3 of 4 is too few, with its interval", () => {
    expect(find("school").number).toBe("3 of 4");
    expect(find("school").caution).toContain("30% to 95%");
    // The report: data was available for only 4 children; later data was not collected because of Covid-19.
    expect(find("school").caution).toMatch(/Only 4 children had results.*Covid-19/);
    expect(find("school").caution).not.toMatch(/old enough/);
  });
  it("says what the savings figure is: 118 children × the one-off cost, counted once", () => {
    expect(find("cost").number).toBe("118 × £32,263");
    expect(find("cost").base).toMatch(/^= £3\.8 million: the one-off cost of care proceedings for each of the 118 children/);
    // Only the flag that changes a number shown stays on the summary, saying how.
    expect(find("cost").flags.map((f) => [f.id, f.change])).toEqual([["avoided-not-at-home", "The report's 118 would be 84"]]);
  });
  it("gives the defensible readings and why, and no range to quote an extreme from", () => {
    const [can, cannot] = find("cost").lists;
    expect(can?.heading).toBe("Readings that can be defended");
    expect(can?.items[0]).toMatch(/^At most £3\.8 million, once, if all 118 children/);
    // 84 × £32,263 = £2,710,092
    expect(can?.items[1]).toMatch(/^£2\.7 million, once, counting only the 84 children/);
    expect(can?.repeatsChart).toBe(true);
    expect(cannot?.items.join(" ")).toMatch(/£940,400 covers 5 years, about £188,080 a year/);
    expect(text("cost")).not.toMatch(/£111\.9 million|£68\.5 million|£1\.0 million to/);
  });
  it("charts each headline with a title, a text alternative and a table", () => {
    for (const f of view) {
      expect(f.chart.title.length, f.id).toBeGreaterThan(20);
      expect(f.chart.summary.length, f.id).toBeGreaterThan(20);
      expect(f.chart.rows.length, f.id).toBeGreaterThan(0);
      expect(f.chart.table.rows.length, f.id).toBeGreaterThan(0);
      // The words on every chart row fit a 260px chart at 14px.
      // About 7.6px a character at 14px: 33 characters fill the 256px a 260px chart leaves.
      for (const r of f.chart.rows) expect(r.text.length, r.text).toBeLessThanOrEqual(33);
    }
    expect(find("children").chart.title).toBe("84 of the 148 children ended with a status for a child living at home");
    expect(find("reach").chart.title).toBe("The evaluation followed 37 of the 209 families referred on Pathway B");
  });
});

/** The result of check "c" on the given figures: failing (its printed figure is not what the others give) unless ok. */
const result = (figures: string[], ok = false) => ({ id: "c", rule: "r", ok, figures, expected: 1, actual: 2, tolerance: 0, arithmetic: "" });
/** A disagreement in the ledger, found by check "c", with the results and effects a test gives it. */
const ledgerEntry = (id: string, given: Pick<PublishedLedgerEntry, "results" | "effects">): PublishedLedgerEntry => ({
  id,
  title: id,
  kind: "arithmetic",
  verdict: "disagreement",
  checks: ["c"],
  holds: [],
  statements: [],
  what: "",
  reading: "",
  figures: [],
  ...given,
});

describe("disputing", () => {
  const entry = (id: string, results: ReturnType<typeof result>[]) => ledgerEntry(id, { results, effects: [] });
  it("flags a figure that is a failing check's printed result, not one used as an input", () => {
    const ledger = [entry("target", [result(["a", "b"])]), entry("input", [result(["b", "a"])]), entry("passing", [result(["a"], true)])];
    expect(disputing(["a"], ledger).map((e) => e.id)).toEqual(["target"]);
  });
  it("does not flag the group total a flow diagram is measured against", () => {
    const total = { ...result(["a"]), rule: "flow-total" };
    expect(disputing(["a"], [entry("flow", [total])])).toEqual([]);
    // The 65 is disputed only for how the sample is described (some never engaged), which changes no number: no flag on the summary.
    expect(find("reach").flags).toEqual([]);
  });
});

describe("flagsFor", () => {
  const entry = (id: string, effects: PublishedLedgerEntry["effects"]) => ledgerEntry(id, { results: [result(["x.count"])], effects });
  const record = (id: string, measure: string, value: number) => ({
    id,
    dataset: "d",
    group: "g",
    category: id,
    measure,
    value,
    base: null,
    source: "s",
    derived: false,
  });
  const set = {
    records: [record("x.count", "count", 118), record("y.count", "count", 84), record("z.gbp", "gbp", 3_800_000)],
    meta: { publisher: "p", synthetic: false, vocabulary: realVocabulary() },
    select: () => [],
    value: () => 0,
  };
  it("says what the reading changes, from the entry's effects", () => {
    expect(flagsFor(["x.count"], [entry("e", [{ figure: "x.count", becomes: "y.count" }])], set)).toEqual([
      { id: "e", title: "e", changes: true, change: "The report's 118 would be 84" },
    ]);
    expect(flagsFor(["x.count"], [entry("e", [{ figure: "x.count", becomes: null }])], set)[0]).toMatchObject({
      changes: false,
      change: "Does not change the report's 118",
    });
  });
  it("stops the build when an entry flagged beside a figure says nothing of what it changes", () => {
    expect(() => flagsFor(["x.count"], [entry("e", [])], set)).toThrow(/gives no effect for x\.count/);
  });
  it("flags a real figure with the words the summary and costs pages show", () => {
    const costs = find("cost").flags[0]!;
    expect(costs.change).toMatch(/^The report's \d+ would be \d+$/);
  });
});

describe("cannotShow", () => {
  it("says what the evidence cannot show, with the sample's sizes from the data", () => {
    expect(cannotShow(publishedSet(out.figures, "Salford", realVocabulary()))).toBe(
      "Whether the service caused any of this: there was no comparison group of similar parents without it. Many numbers rest on the 65 parents and 38 children of the evaluation sample or fewer, in one service in one city.",
    );
  });
});

describe("dates", () => {
  it("writes dates the UK way", () => {
    expect(longDate(new Date("2026-11-22T12:00:00Z"))).toBe("22 November 2026");
  });
  it("uses SOURCE_DATE_EPOCH when set", () => {
    expect(longDate(buildDate({ SOURCE_DATE_EPOCH: "1795305600" }))).toBe("22 November 2026");
    const now = new Date("2030-01-01T00:00:00Z");
    expect(buildDate({}, now)).toBe(now);
  });
});

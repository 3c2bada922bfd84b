// Hiding everything is also a failure. What disclosure control leaves readable
// in each example bundle: the share of count figures hidden, and the headline
// figures with their bases, which a service of 150 parents or more must publish.
import { describe, expect, it } from "vitest";
import type { FigureRecord } from "../../src/lib/figures/set.ts";
import { HEADLINES, utility, utilityTable } from "../../src/lib/monitoring/utility.ts";
import { EXAMPLE_SERVICES } from "../../src/lib/tracker/examples.ts";
import { readExample } from "./example-files.ts";

const figures = (slug: string) => JSON.parse(readExample(slug, "figures.json")) as FigureRecord[];

describe("utility", () => {
  const record = (over: Partial<FigureRecord>): FigureRecord =>
    ({ dataset: "referral-sources", group: "all", category: "midwifery", measure: "count", value: 6, base: 20, source: "x", ...over }) as FigureRecord;

  it("counts hidden count figures and says which headline figures are published", () => {
    const u = utility([record({}), record({ group: "female", value: null, base: null }), record({ measure: "percent", value: null })]);
    expect(u).toMatchObject({ counts: 2, hidden: 1, hiddenPercent: 50 });
    expect(u.headlines.find((h) => h.name === "all parents")!.published).toBe(true);
    expect(u.headlines.find((h) => h.name === "women")!.published).toBe(false);
    expect(u.hiddenBases).toHaveLength(1);
  });

  it("names every headline figure in the bench's table", () => {
    const table = utilityTable([{ name: "x", figures: [record({})], cellsHidden: 0 }]);
    for (const h of HEADLINES.filter((h) => h.name !== "all parents")) expect(table).toContain(h.name);
  });
});

describe("the example services", () => {
  // Larkspur Vale (150 parents) is the exception, kept visible here so that any change to it is noticed:
  // - every child assessed reached a good level of development, so that figure is hidden (group disclosure);
  // - its 5 children born later whose case closed: each of their statuses is a [c] of at least 1 in a group of 5, which
  //   can never be 5 wide while that group's total is known, so the total goes, and with it all children's (it would
  //   give the group's total back). Issue 22 stays open for a rule that asks no more of such a count than its group allows.
  const KNOWN_GAPS: Record<string, string[]> = { "larkspur-vale": ["children whose case closed", "good level of development"] };
  const large = EXAMPLE_SERVICES.filter((e) => e.parents >= 150);

  it.each(large.map((e) => e.slug))("%s (150 parents or more) publishes every headline figure with its base, and hides no base", (slug) => {
    const u = utility(figures(slug));
    expect(u.headlines.filter((h) => !h.published).map((h) => h.name)).toEqual(KNOWN_GAPS[slug] ?? []);
    if (!KNOWN_GAPS[slug]) expect(u.hiddenBases).toEqual([]);
  });

  it("Marram Bay (600 parents) hides no more of its count figures than it did before optimal suppression (37%)", () => {
    expect(utility(figures("marram-bay")).hiddenPercent).toBeLessThan(37);
  });
});

// The data step's question before it publishes a bundle: can the pages draw
// it? And the monitoring pages' own numbers: a service's size, and hidden
// counts that match the [c] marks a reader finds in the files.
import { describe, expect, it } from "vitest";
import { figureSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import type { FigureModel } from "../../../src/lib/figures/model.ts";
import { comparisonReadings, noPlotText } from "../../../src/lib/monitoring/compare.ts";
import { compareServices } from "../../../src/lib/monitoring/compare-units.ts";
import type { ComparisonResult } from "../../../src/lib/contract/services.ts";
import { modelProblems, serviceProblems } from "../../../src/lib/monitoring/drawable.ts";
import { serviceSize } from "../../../src/lib/monitoring/findings.ts";
import { serviceEntry } from "../../../src/lib/monitoring/publish.ts";
import { sizeText } from "../../../src/lib/monitoring/views.ts";
import { EXAMPLE_SERVICES } from "../../../src/lib/tracker/examples.ts";
import { exampleBundle } from "../../fixtures/figures-bundle.ts";
import { checkedRelease, readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const records = (slug: string) => JSON.parse(readExample(slug, "figures.json")) as FigureRecord[];
const setOf = (slug: string) => figureSet(records(slug), { publisher: slug, synthetic: true, vocabulary: realVocabulary() });

const model = (over: Partial<FigureModel>): FigureModel => ({
  id: "m",
  title: "A title",
  summary: "A summary.",
  alt: "Bars.",
  chart: { kind: "bars", rows: [{ category: "A", value: 50, label: "50% (1 of 2)" }] },
  table: { caption: "A table", columns: [{ label: "Status" }, { label: "Share", numeric: true }], rows: [["A", "50% (1 of 2)"]] },
  bases: [{ who: "parents", n: 2 }],
  cautions: [],
  notes: [],
  dataset: "wellbeing",
  source: "Circumstances",
  ...over,
});

describe("modelProblems", () => {
  it("passes a figure that reads well and draws", () => {
    expect(modelProblems(model({}))).toEqual([]);
  });

  it("names the figure and the place of a share of nobody, a number that could not be worked out, and two zeros headlined", () => {
    expect(modelProblems(model({ title: "When their cases closed, 0 of the 0 children were at home" }))).toEqual([
      'figure "m": its title cannot be shown because it states a share of nobody (0 of 0)',
    ]);
    expect(modelProblems(model({ summary: "NaN% of parents" }))).toEqual(['figure "m": its summary cannot be shown because a number could not be worked out']);
    expect(modelProblems(model({ title: "Other was recorded for about the same share: 0% (0 of 19) against 0% (0 of 33)" }))).toEqual([
      'figure "m": its title cannot be shown because it headlines a comparison of two zeros',
    ]);
    expect(modelProblems(model({ chart: { kind: "bars", rows: [{ category: "A", value: Number.NaN, label: "?" }] } }))[0]).toBe(
      'figure "m": a bar has no finite length',
    );
  });
});

describe("serviceProblems", () => {
  it("passes every example service, the first-year one included", () => {
    for (const e of EXAMPLE_SERVICES) expect(serviceProblems(setOf(e.slug)), e.slug).toEqual([]);
  });

  it("says which part of the page could not be built, rather than throwing", () => {
    const noAges = figureSet(
      exampleBundle().filter((r) => r.dataset !== "age-profiles"),
      { publisher: "x", synthetic: true, vocabulary: realVocabulary() },
    );
    expect(serviceProblems(noAges)[0]).toMatch(/^the service's findings could not be built \(agesFigure ages-chart: the set has no age bands/);
  });
});

describe("the comparison page with one service", () => {
  const alone = compareServices([{ slug: "marram-bay", name: "Marram Bay", set: setOf("marram-bay") }], setOf("marram-bay"));

  it("lists the service's figure with its interval, marked as not compared", () => {
    const atHome = alone.find((c) => c.id === "at-home-at-closure")!;
    const table = comparisonReadings(atHome)!;
    expect(table.caption).toContain("not compared");
    expect(table.rows[0]!.slice(0, 2)).toEqual(["Marram Bay", "58.9% (142 of 241)"]);
  });

  it("says why there is no plot, naming the one service that has the figure", () => {
    const atHome = alone.find((c) => c.id === "at-home-at-closure")!;
    expect(noPlotText(atHome)).toBe("Only Marram Bay has these figures published, and a funnel plot needs at least two services, so there is no plot.");
    expect(noPlotText({ ...atHome, units: [] })).toBe(
      "No service has these figures published yet, and a funnel plot needs at least two services, so there is no plot.",
    );
  });

  it("gives no table where no one has the figure", () => {
    const none: ComparisonResult = { ...alone[0]!, units: [] };
    expect(comparisonReadings(none)).toBeNull();
  });

  it("lists a service with no one in a comparison's base with that reason, not as suppressed", () => {
    const fellgate = compareServices([{ slug: "fellgate", name: "Fellgate", set: setOf("fellgate") }], setOf("marram-bay"));
    const reasons = fellgate.flatMap((c) => c.unplotted.filter((u) => u.slug === "fellgate").map((u) => `${c.id}: ${u.reason}`));
    expect(reasons).toContain("at-home-at-closure: no one is in the base (0), so there is no share to compare");
    expect(reasons).toContain("partner-abuse-at-referral: no one is in the base (0), so there is no share to compare");
  });
});

describe("a service's size and hidden counts", () => {
  const bundle = (slug: string) => checkedRelease(slug).bundle;

  it("counts as hidden exactly the counts marked [c] in the files", () => {
    for (const e of EXAMPLE_SERVICES) {
      const marked = records(e.slug).filter((r) => r.measure === "count" && r.symbol === "c").length;
      expect(serviceEntry(bundle(e.slug)).hidden, e.slug).toBe(marked);
    }
  });

  it("says how many parents and children the figures cover, with [c] where a count is suppressed", () => {
    expect(sizeText(serviceSize(setOf("fellgate")))).toBe("The figures cover 40 parents referred and 0 children whose family's case had closed.");
    expect(sizeText({ parents: null, children: 1 })).toBe(
      "The figures cover [c] parents referred (a number suppressed to protect confidentiality) and 1 child whose family's case had closed.",
    );
  });
});

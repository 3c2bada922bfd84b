// A service's findings from its bundle: the same builders as Salford's, on the
// three synthetic example bundles (a small, a middling and a large service).
import { describe, expect, it } from "vitest";
import { parseFigureSet } from "../../../src/lib/figures/set.ts";
import { serviceFindings } from "../../../src/lib/monitoring/findings.ts";
import { EXAMPLE_SERVICES } from "../../../src/lib/tracker/examples.ts";
import { readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const records = (slug: string) => JSON.parse(readExample(slug, "figures.json")) as unknown[];
const set = (slug: string) => parseFigureSet(records(slug), { publisher: slug, synthetic: true, vocabulary: realVocabulary() });
const SLUGS = EXAMPLE_SERVICES.map((e) => e.slug);
const { term } = realVocabulary();

describe("the tracker standard's codes in data/vocabulary.csv", () => {
  it("label every group and category a bundle publishes (scope standard)", () => {
    for (const slug of SLUGS) {
      const missing = set(slug)
        .records.filter((r) => r.dataset !== "child-status-flows" && !(r.dataset === "wellbeing" && r.period === "referral-to-three-years"))
        .flatMap((r) => [term("group", r.group), term(r.dataset, r.category)].filter((t) => t.line === 0).map((t) => `${t.list}|${t.value}`));
      expect([...new Set(missing)]).toEqual([]);
    }
  });
});

describe("serviceFindings", () => {
  it("builds every section for every example, each figure with a title, a table and a base or a reason", () => {
    for (const slug of SLUGS) {
      const sections = serviceFindings(set(slug));
      expect(sections.map((s) => s.id)).toEqual(["ages", "referral-sources", "deprivation", "circumstances", "children", "school-readiness"]);
      for (const s of sections) {
        expect(s.figures.length > 0 || s.withheld !== null, `${slug} ${s.id}`).toBe(true);
        for (const m of s.figures) {
          expect(m.title.length, m.id).toBeGreaterThan(10);
          expect(m.table.rows.length, m.id).toBeGreaterThan(0);
          expect(m.notes).toEqual([]); // a bundle's notes are not Salford's ledger entries
        }
      }
    }
  });

  it("states on the large service what its published counts show, with n beside each share", () => {
    const byId = new Map(serviceFindings(set("marram-bay")).flatMap((s) => s.figures.map((m) => [m.id, m])));
    expect(byId.get("referral-sources-chart")!.title).toBe("Midwifery referred 48.3% of parents, more than any other source");
    expect(byId.get("deprivation-chart")!.title).toBe("66.1% of parents (357 of 540) lived in the most deprived 10% of areas in England");
    expect(byId.get("deprivation-chart")!.cautions.join(" ")).toContain("Indices of Deprivation (the 2019 or 2025 edition, as each parent's record says)");
    expect(byId.get("school-readiness")!.title).toContain("25 of the 33 children");
    // Deciles read in order, not as their ids sort.
    expect(
      byId
        .get("deprivation-chart")!
        .table.rows.slice(0, 3)
        .map((r) => r[0]),
    ).toEqual(["Decile 1 (most deprived tenth)", "Decile 2", "Decile 3"]);
  });

  it("on the small service claims no largest group where suppressed counts could be larger, and withholds what it cannot show", () => {
    const sections = serviceFindings(set("brackenford"));
    const titles = sections.flatMap((s) => s.figures.map((m) => m.title));
    // The 40-or-over band is a published zero: it is not counted as suppressed.
    expect(titles[0]).toBe("Of the age bands shown for parents, the largest was 20 to 24 (34.5%, 10 of 29); 5 more are suppressed and could be larger");
    // With three sources hidden, no source can be called the largest.
    expect(titles[1]).toBe("3 of the 7 sources of referral are suppressed to protect confidentiality, so the largest cannot be shown");
    expect(sections.find((s) => s.id === "school-readiness")!.withheld).toContain("[c]");
    // Its 21 children's statuses are all hidden with their total: the figure is withheld, said in words, not drawn.
    const children = sections.find((s) => s.id === "children")!;
    expect(children.figures).toEqual([]);
    expect(children.withheld).toBe("The status of children when their cases closed.");
  });
});

describe("flowsTable", () => {
  it("puts every flow in its row and column, with [c] where suppressed", async () => {
    const { flowsTable } = await import("../../../src/lib/monitoring/flows-table.ts");
    const s = set("marram-bay");
    const t = flowsTable(s)!;
    expect(t.columns[0]!.label).toBe("At three months");
    expect(t.rows.map((r) => r[0])).toEqual(["Looked after", "Child protection plan", "Child in need", "Early help", "Universal services", "Not applicable"]);
    const flows = s.select({ dataset: "child-status-flows", group: "all", measure: "count" });
    expect(flows.length).toBe(24); // six statuses at three months, to three groupings and not yet born
    for (const r of flows) {
      const [from, to] = r.category.split("-to-") as [string, string];
      const row = t.rows.find((x) => x[0] === term("child-status-flows", from).label)!;
      const col = t.columns.findIndex((c) => c.label === term("grouping", term("child-outcomes", to).groupings[0]!).label);
      expect(col, r.category).toBeGreaterThan(0);
      expect(row[col], r.category).toBe(r.value === null ? "[c]" : String(r.value));
    }
    expect(t.rows.flat()).toContain("[c]");
  });
});

// Hiding everything is also a failure. What disclosure control leaves readable
// in each example bundle: the share of count figures hidden, and the headline
// figures with their bases, which a service of 150 parents or more must publish.
import { describe, expect, it } from "vitest";
import type { FigureRecord } from "../../../src/lib/figures/set.ts";
import { HEADLINES, utility, utilityTable } from "../../../src/lib/monitoring/utility.ts";
import { EXAMPLE_SERVICES } from "../../../src/lib/tracker/examples.ts";
import { releaseChangeProblems } from "../../../src/lib/monitoring/releases.ts";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { exampleExport, readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

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
  // Measured on each service's latest export imported on its own, as a first release: what single-bundle protection
  // leaves. A later release is also audited with every earlier one (src/lib/tracker/joint.ts), which hides more; the
  // bench prints both. Larkspur Vale (150 parents) is the one exception, kept visible so that any change is noticed:
  // every child assessed reached a good level of development, so that figure is hidden whatever its size (group
  // disclosure), while its base, the children assessed, is published.
  const KNOWN_GAPS: Record<string, string[]> = { "larkspur-vale": ["good level of development"] };
  const alone = async (slug: string) => {
    const release = EXAMPLE_SERVICES.find((e) => e.slug === slug)!.releases.at(-1)!;
    const r = await importExport(exampleExport(slug, release), { slug, today: release, vocabulary: realVocabulary() });
    expect(r.ok).toBe(true);
    return utility(r.figures as FigureRecord[]);
  };
  const large = EXAMPLE_SERVICES.filter((e) => e.parents >= 150);

  it.each(large.map((e) => e.slug))(
    "%s (150 parents or more) publishes every headline figure with its base, and hides no base",
    async (slug) => {
      const u = await alone(slug);
      expect(u.headlines.filter((h) => !h.published).map((h) => h.name)).toEqual(KNOWN_GAPS[slug] ?? []);
      expect(u.hiddenBases).toEqual([]);
    },
    120_000,
  );

  it("Marram Bay (600 parents) hides at most a quarter of its count figures", async () => {
    expect((await alone("marram-bay")).hiddenPercent).toBeLessThanOrEqual(25);
  }, 120_000);

  it("every example's committed releases change no count by 1 to 4 between any two of them", () => {
    for (const ex of EXAMPLE_SERVICES) {
      const releases = ex.releases.map((release) => ({ release, k: 5, figures: JSON.parse(readExample(ex.slug, "figures.json", release)) as FigureRecord[] }));
      expect(releaseChangeProblems(ex.slug, releases), ex.slug).toEqual([]);
    }
  });
});

// A service's headline shares period by period: the periods' counts add up to
// the latest release's, a suppressed count leaves a gap, a count that fell is
// refused, and the figure calls overlapping intervals possibly chance.
import { describe, expect, it } from "vitest";
import { releaseTrends } from "../../../src/lib/monitoring/publish.ts";
import { trendFigure, trendSection } from "../../../src/lib/monitoring/trend-figure.ts";
import { nextMonth, periodComparisons, serviceTrends, trendProblems, trendsCsv } from "../../../src/lib/monitoring/trends.ts";
import type { Trend, TrendPoint } from "../../../src/lib/contract/services.ts";
import { figureSet } from "../../../src/lib/figures/set.ts";
import { COMPARISONS } from "../../../src/lib/monitoring/compare-units.ts";
import { serviceSets } from "../../../src/lib/monitoring/publish.ts";
import { checkedRelease, exampleReleases } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const releasesOf = (slug: string) => exampleReleases(slug).map((r) => checkedRelease(slug, r));
const point = (from: string, to: string, numerator: number | null, denominator: number | null, symbol: TrendPoint["symbol"] = null): TrendPoint => ({
  release: to,
  from,
  to,
  numerator,
  denominator,
  symbol,
  derivation: "made up for the test",
});
const trend = (points: TrendPoint[]): Trend => ({ id: "at-home-at-closure", title: "Babies at home", denominatorCounts: "babies whose case closed", points });

describe("serviceTrends over the example releases", () => {
  for (const slug of ["marram-bay", "thornwick", "larkspur-vale", "brackenford"]) {
    it(`${slug}: periods follow one another, and where every period is known they add up to the latest release`, () => {
      const releases = releasesOf(slug);
      const latest = serviceSets([releases.at(-1)!], realVocabulary())[0]!.set;
      for (const t of releaseTrends(releases, realVocabulary())) {
        expect(t.points.at(-1)!.to).toBe(releases.at(-1)!.release);
        expect(t.points[0]!.from).toBe(releases[0]!.bundle.service.period.from);
        for (let i = 1; i < t.points.length; i++) expect(t.points[i]!.from).toBe(nextMonth(t.points[i - 1]!.to));
        expect(trendProblems([t])).toEqual([]);
        const reading = COMPARISONS.find((c) => c.id === t.id)!.bundle(latest);
        if (t.points.every((p) => p.numerator !== null) && !("reason" in reading)) {
          expect(t.points.reduce((s, p) => s + p.numerator!, 0)).toBe(reading.numerator);
          expect(t.points.reduce((s, p) => s + p.denominator!, 0)).toBe(reading.denominator);
        }
      }
    });
  }

  it("joins a period whose count is suppressed to the next published one, and leaves a gap only at the end", () => {
    const releases = releasesOf("larkspur-vale");
    const readings = releases.map((r) => COMPARISONS[0]!.bundle(serviceSets([r], realVocabulary())[0]!.set));
    const atHome = releaseTrends(releases, realVocabulary()).find((t) => t.id === "at-home-at-closure")!;
    // Each point ends at a release whose count is published, or is the gap of a suppressed latest release.
    const published = releases.filter((_, i) => !("reason" in readings[i]!)).map((r) => r.release);
    expect(atHome.points.filter((p) => p.symbol === null).map((p) => p.release)).toEqual(published);
    expect(atHome.points.filter((p) => p.symbol !== null).map((p) => p.release)).toEqual("reason" in readings.at(-1)! ? [releases.at(-1)!.release] : []);
    // The example's middle release hides the count, so its year is joined to the next.
    expect(published.length).toBeLessThan(releases.length);
  });

  it("joins the years around a suppressed release: two published releases bound a longer period", () => {
    const rec = (value: number | null, base: number | null) => ({
      dataset: "child-outcomes",
      group: "expected-at-referral",
      period: "at-case-closure",
      category: "at-home",
      measure: "count",
      value,
      base,
      symbol: value === null ? "c" : null,
    });
    const at = (to: string, value: number | null, base: number | null) => ({
      release: to,
      period: { from: "2019-04", to },
      set: figureSet([rec(value, base)] as never, { publisher: "test", synthetic: true, vocabulary: realVocabulary() }),
    });
    const [t] = serviceTrends([at("2023-03", 10, 20), at("2024-03", null, null), at("2025-03", 25, 45), at("2026-03", null, null)]);
    expect(t!.points.map((p) => [p.from, p.to, p.numerator, p.denominator, p.symbol])).toEqual([
      ["2019-04", "2023-03", 10, 20, null],
      ["2023-04", "2025-03", 15, 25, null],
      ["2025-04", "2026-03", null, null, "c"],
    ]);
    expect(t!.points[1]!.derivation).toBe("25 of 45 in the 2025-03 release, less 10 of 20 in the 2023-03 release");
  });

  it("writes one CSV row per measure and period, with empty numbers and a symbol for a gap", () => {
    const csv = trendsCsv([trend([point("2019-04", "2023-03", 3, 10), point("2023-04", "2024-03", null, null, "c")])])
      .trim()
      .split("\n");
    expect(csv[0]).toBe("trend,trend_title,denominator_counts,release,period_from,period_to,numerator,denominator,symbol,derivation");
    expect(csv[2]).toBe("at-home-at-closure,Babies at home,babies whose case closed,2024-03,2023-04,2024-03,,,c,made up for the test");
  });
});

describe("trendProblems", () => {
  it("refuses a count that fell between releases, or outgrew its base", () => {
    expect(trendProblems([trend([point("2019-04", "2023-03", 5, 10), point("2023-04", "2024-03", -5, 10)])])).toHaveLength(1);
    expect(trendProblems([trend([point("2023-04", "2024-03", 12, 10)])])[0]).toMatch(/12 of 10/);
    expect(trendProblems([trend([point("2023-04", "2024-03", 0, 10)])])).toEqual([]);
  });
});

describe("trendFigure", () => {
  it("calls a difference whose intervals overlap possibly chance", () => {
    const m = trendFigure(trend([point("2019-04", "2023-03", 30, 60), point("2023-04", "2024-03", 12, 20)]), { id: "t" })!;
    expect(m.title).toBe(
      "Babies at home: 60% (12 of 20) from April 2023 to March 2024 against 50% (30 of 60) from April 2019 to March 2023, a difference that could easily be chance",
    );
    expect(m.cautions.join(" ")).toMatch(/April 2023 to March 2024 rests on fewer than 30 people/);
  });

  it("says which way a difference goes when the intervals do not overlap", () => {
    const m = trendFigure(trend([point("2019-04", "2023-03", 10, 100), point("2023-04", "2024-03", 80, 100)]), { id: "t" })!;
    expect(m.title).toMatch(/^Babies at home: higher in the latest period, 80% \(80 of 100\)/);
  });

  it("draws a suppressed period as a labelled gap, and keeps it in the table", () => {
    const m = trendFigure(trend([point("2019-04", "2023-03", 30, 60), point("2023-04", "2024-03", null, null, "c")]), { id: "t" })!;
    expect(m.chart.kind).toBe("interval-bars");
    if (m.chart.kind !== "interval-bars") return;
    expect(m.chart.rows[1]).toMatchObject({ symbol: "c", label: "[c] suppressed" });
    expect(m.table.rows.map((r) => r[1])).toEqual(["50% (30 of 60); 95% interval 38% to 62%", "[c] suppressed"]);
    expect(m.bases).toEqual([{ who: "babies whose case closed, April 2019 to March 2023", n: 60 }]);
    expect(m.title).toMatch(/the only period whose share can be published$/);
    expect(m.cautions).toContain(
      "No share is shown for April 2023 to March 2024: a count behind it is suppressed to protect confidentiality [c]. A gap is not a zero.",
    );
  });

  it("draws nothing when every period is a gap, and a service with one release has no trend yet", () => {
    const gaps = trend([point("2019-04", "2023-03", null, null, "c"), point("2023-04", "2024-03", null, null, "c")]);
    expect(trendFigure(gaps, { id: "t" })).toBeNull();
    const section = trendSection([gaps]);
    expect(section.figures).toEqual([]);
    expect(section.withheld).toMatch(/no period can be shown/);
    expect(trendSection([trend([point("2019-04", "2025-03", 3, 10)])]).withheld).toMatch(/one release so far/);
  });
});

describe("periodComparisons", () => {
  const service = (slug: string, points: TrendPoint[]) => ({ slug, name: slug, trends: [trend(points)] });
  it("compares services over the same latest period, and lists the others with the reason", () => {
    const [c] = periodComparisons([
      service("a", [point("2019-04", "2024-03", 10, 40), point("2024-04", "2025-03", 6, 12)]),
      service("b", [point("2019-04", "2024-03", 5, 20), point("2024-04", "2025-03", 9, 15)]),
      service("c", [point("2019-04", "2025-03", 20, 50)]),
      service("d", [point("2019-04", "2024-03", 5, 20), point("2024-04", "2025-03", null, null, "c")]),
    ]);
    expect(c!.id).toBe("at-home-at-closure-latest-period");
    expect(c!.measure).toBe("Babies at home, April 2024 to March 2025");
    expect(c!.units.map((u) => [u.slug, u.numerator, u.denominator])).toEqual([
      ["a", 6, 12],
      ["b", 9, 15],
    ]);
    expect(c!.pooled).toEqual({ numerator: 15, denominator: 27, services: 2 });
    expect(c!.unplotted.map((u) => [u.slug, u.symbol])).toEqual([
      [null, "z"],
      ["c", "z"],
      ["d", "c"],
    ]);
    expect(c!.unplotted[1]!.reason).toMatch(/^its latest period runs April 2019 to March 2025, not April 2024 to March 2025/);
  });

  it("plots nothing with fewer than two services on the period", () => {
    const [c] = periodComparisons([service("a", [point("2024-04", "2025-03", 6, 12)])]);
    expect(c!.plotted).toBe(false);
    expect(c!.pooled).toBeNull();
  });
});

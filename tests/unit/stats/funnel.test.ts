import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  classifyUnit,
  curveDenominators,
  exactLimit,
  funnelLimits,
  funnelPoints,
  interpolatedLowerLimit,
  pooledProportion,
  type FunnelMethod,
  type FunnelUnit,
} from "../../../src/lib/stats/funnel.ts";
import { funnelRows } from "../../../src/lib/figures/funnel-rows.ts";

// Published reference values: UKHSA PHEindicatormethods (github.com/ukhsa-collaboration/PHEindicatormethods,
// commit 093fd28), tests/testthat/testdata_funnel_prop_outputs.csv, the expected output of
// calculate_funnel_limits(statistic = "proportion", multiplier = 100) on
// testdata_funnel_prop_inputs.csv. Columns: Population, Lower2s0025limit, Upper2s0025limit,
// Lower3s0001limit, Upper3s0001limit, all in per cent to 6 decimals; Baseline 80.642448.
// The package's proportion limits are the normal approximation, so they test method "normal".
const PHE_BASELINE = 0.80642448;
const PHE_OUTPUTS: [n: number, lower95: number, upper95: number, lower998: number, upper998: number][] = [
  [1, 3.204264, 100, 0, 100],
  [3, 35.933491, 100, 10.150815, 100],
  [18, 62.390093, 98.894803, 51.864359, 100],
  [41, 68.548635, 92.73626, 61.574398, 99.710497],
  [102, 72.974925, 88.309971, 68.553233, 92.731663],
  [1008, 78.203374, 83.081521, 76.796814, 84.488082],
  [28360, 80.182613, 81.102283, 79.917436, 81.36746],
  [110000, 80.408963, 80.875933, 80.274317, 81.010578],
];
// Same package, tests/testthat/testdata_funnel_prop_outputs_with_axis_variation.csv (8 decimals):
// the inputs with denominator under 31,000, Baseline 82.18033788.
const PHE_AXIS_BASELINE = 0.8218033788;
const PHE_AXIS_OUTPUTS: [n: number, lower95: number, upper95: number, lower998: number, upper998: number][] = [
  [10000, 81.43030244, 82.93037332, 80.99777342, 83.36290233],
  [10494, 81.44816901, 82.91250674, 81.02594326, 83.33473249],
  [33000, 81.76745696, 82.5932188, 81.52935757, 82.83131819],
];
// Same package, tests/testthat/testdata_funnel_prop_inputs.csv: areas with the significance that
// assign_funnel_significance gives them around the pooled average of all 303 areas (the Baseline above).
// Its numerators are not whole numbers (the data are made up), which the normal method allows.
const PHE_SIGNIFICANCE: [area: string, numerator: number, denominator: number, significance: string][] = [
  ["New Forest PCT", 35078.488, 41980, "High (0.001)"],
  ["Norwich PCT", 24803.6256, 31824, "Low (0.001)"],
  ["South Gloucestershire PCT", 50050.7443, 61921, "Not significant"],
  ["West Norfolk PCT", 26789.238, 33012, "High (0.025)"],
  ["North Devon PCT", 30277.5312, 37828, "Low (0.025)"],
  ["Mid-Hampshire PCT", 34502.0685, 42485, "High (0.025)"],
  ["Ashton, Leigh and Wigan PCT", 59356.4384, 73352, "Not significant"],
];
const PHE_CLASS: Record<string, string> = {
  "High (0.001)": "above-99.8",
  "High (0.025)": "above-95",
  "Low (0.001)": "below-99.8",
  "Low (0.025)": "below-95",
  "Not significant": "inside",
};

describe("normal-method limits against PHEindicatormethods' published outputs", () => {
  /** Each published row's four limits within the tolerance its rounding allows. */
  function expectRows(rows: readonly (readonly number[])[], baseline: number, tolerance: number) {
    for (const [n, lower95, upper95, lower998, upper998] of rows) {
      // PHEindicatormethods publishes per cent.
      const l = funnelLimits(baseline, n!, "normal");
      for (const [got, want] of [
        [l.lower95 * 100, lower95],
        [l.upper95 * 100, upper95],
        [l.lower998 * 100, lower998],
        [l.upper998 * 100, upper998],
      ] as const) {
        expect(Math.abs(got - want!), `n = ${n}: ${got} vs ${want}`).toBeLessThan(tolerance);
      }
    }
  }

  it("match testdata_funnel_prop_outputs.csv to its 6 decimals", () => {
    // 1e-6 points: the published rounding (5e-7) plus the Baseline's own rounding.
    expectRows(PHE_OUTPUTS, PHE_BASELINE, 1e-6);
  });

  it("match testdata_funnel_prop_outputs_with_axis_variation.csv to its 8 decimals", () => {
    expectRows(PHE_AXIS_OUTPUTS, PHE_AXIS_BASELINE, 2e-8);
  });

  it("classify areas as assign_funnel_significance does (testdata_funnel_prop_inputs.csv)", () => {
    const units = PHE_SIGNIFICANCE.map(([label, numerator, denominator]) => ({ label, numerator, denominator }));
    const points = funnelPoints(units, { method: "normal", target: PHE_BASELINE });
    expect(points.map((p) => p.class)).toEqual(PHE_SIGNIFICANCE.map(([, , , s]) => PHE_CLASS[s]));
  });
});

// Spiegelhalter's exact limits have no published table we could find (PHEindicatormethods
// has no exact binomial method for proportions). These check values were computed apart from
// this code, in Python with scipy 1.17.1: lower = max(0, (r - a) / n) with r = binom.ppf(q, n, p)
// and a = (binom.cdf(r, n, p) - q) / binom.pmf(r, n, p); upper = 1 - the same for 1 - p.
const EXACT: [n: number, p: number, lower998: number, lower95: number, upper95: number, upper998: number][] = [
  [1, 0.5, 0, 0, 1, 1],
  [10, 0.5, 0.00024, 0.132444444444, 0.867555555556, 0.99976],
  [20, 0.3, 0.00147731668828, 0.0811765059807, 0.537255146595, 0.663699679348],
  [25, 0.05, 0, 0, 0.173504744023, 0.248157810973],
  [50, 0.1, 0, 0.0138629269573, 0.199722727623, 0.260128418752],
  [100, 0.5, 0.341215883723, 0.396824041726, 0.603175958274, 0.658784116277],
  [200, 0.8064, 0.713371239358, 0.747593597983, 0.862311369416, 0.890459282019],
  [1000, 0.2, 0.161283155058, 0.175002794186, 0.22558433254, 0.240431642494],
  [5, 0.9, 0.213333333333, 0.445102880658, 1, 1],
];

/** P(X = k) for X ~ Binomial(n, p) by the textbook formula, for small n only: a check written apart from the module. */
function pmf(n: number, p: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c * p ** k * (1 - p) ** (n - k);
}
const cdf = (n: number, p: number, r: number) => Array.from({ length: Math.max(0, r + 1) }, (_, k) => pmf(n, p, k)).reduce((s, x) => s + x, 0);

describe("exact limits", () => {
  it("match independently computed values (scipy) to 1e-9", () => {
    for (const [n, p, ...want] of EXACT) {
      const l = funnelLimits(p, n, "exact");
      [l.lower998, l.lower95, l.upper95, l.upper998].forEach((got, i) => expect(Math.abs(got - want[i]!), `n = ${n}, p = ${p}, limit ${i}`).toBeLessThan(1e-9));
    }
  });

  it("are Spiegelhalter's interpolated quantile: P(X < r) + (1 - a) P(X = r) = q at n·limit = r - a", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.02, max: 0.98, noNaN: true }), fc.constantFrom(0.001, 0.025, 0.975, 0.999), (n, p, q) => {
        const events = n * interpolatedLowerLimit(p, n, q);
        if (events <= 0) return cdf(n, p, 0) >= q; // cut at zero: even no events is already past q
        const r = Math.ceil(events - 1e-12);
        const a = r - events;
        expect(cdf(n, p, r - 1) + (1 - a) * pmf(n, p, r)).toBeCloseTo(q, 9);
        return true;
      }),
    );
  });

  it("flag a unit exactly when the one-sided binomial test does (tail under 2.5% or 0.1%)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.nat(), (n, p, k) => {
        const r = k % (n + 1);
        const got = classifyUnit({ label: "u", numerator: r, denominator: n }, funnelLimits(p, n, "exact"));
        const low = cdf(n, p, r);
        const high = 1 - cdf(n, p, r - 1);
        const want = low < 0.001 ? "below-99.8" : low < 0.025 ? "below-95" : high < 0.001 ? "above-99.8" : high < 0.025 ? "above-95" : "inside";
        // Skip the knife-edge where a tail is within rounding of the threshold.
        if ([low, high].some((t) => [0.001, 0.025].some((c) => Math.abs(t - c) < 1e-9))) return true;
        expect(got).toBe(want);
        return true;
      }),
    );
  });

  it("do not flag 5 of 5 against a 90% target (the upper tail is interpolated on the cases without the outcome)", () => {
    const l = funnelLimits(0.9, 5);
    expect(classifyUnit({ label: "all five", numerator: 5, denominator: 5 }, l)).toBe("inside");
    // Counting the other outcome gives the mirror image: the verdict does not depend on which is counted.
    const m = funnelLimits(0.1, 5);
    expect(m.lower95).toBeCloseTo(1 - l.upper95, 12);
    expect(classifyUnit({ label: "none of five", numerator: 0, denominator: 5 }, m)).toBe("inside");
  });

  it("give sure limits at a target of 0 or 1", () => {
    expect(funnelLimits(0, 10)).toMatchObject({ lower998: 0, lower95: 0 });
    expect(classifyUnit({ label: "one", numerator: 1, denominator: 10 }, funnelLimits(0, 10))).toBe("above-99.8");
    expect(classifyUnit({ label: "all", numerator: 10, denominator: 10 }, funnelLimits(1, 10))).toBe("inside");
  });

  it("stay finite at a large denominator and approach the normal limits", () => {
    const exact = funnelLimits(0.3, 1_000_000, "exact");
    const normal = funnelLimits(0.3, 1_000_000, "normal");
    expect(Math.abs(exact.upper95 - normal.upper95)).toBeLessThan(2e-6);
    expect(Math.abs(exact.lower998 - normal.lower998)).toBeLessThan(2e-6);
    expect(exactLimit(0.3, 1_000_000, "upper998")).toBe(exact.upper998);
  });
});

const target = fc.double({ min: 0, max: 1, noNaN: true });
const size = fc.integer({ min: 1, max: 5000 });
const methods: FunnelMethod[] = ["exact", "normal"];

describe("limit properties", () => {
  for (const method of methods) {
    it(`${method}: ordered 99.8 lower <= 95 lower <= target <= 95 upper <= 99.8 upper, all within 0..1`, () => {
      fc.assert(
        fc.property(target, size, (p, n) => {
          const l = funnelLimits(p, n, method);
          const chain = [0, l.lower998, l.lower95, p, l.upper95, l.upper998, 1];
          return chain.every((v, i) => i === 0 || chain[i - 1]! <= v + 1e-12);
        }),
      );
    });

    it(`${method}: narrow (never widen) as the denominator grows`, () => {
      fc.assert(
        fc.property(target, size, fc.integer({ min: 1, max: 500 }), (p, n, step) => {
          const a = funnelLimits(p, n, method);
          const b = funnelLimits(p, n + step, method);
          const eps = 1e-12;
          return b.lower998 >= a.lower998 - eps && b.lower95 >= a.lower95 - eps && b.upper95 <= a.upper95 + eps && b.upper998 <= a.upper998 + eps;
        }),
      );
    });
  }

  it("refuses a target outside 0..1 and, for the exact method, a fractional denominator", () => {
    expect(() => funnelLimits(1.2, 10)).toThrow(RangeError);
    expect(() => funnelLimits(0.5, 10.5, "exact")).toThrow(RangeError);
    expect(() => funnelLimits(0.5, 0, "normal")).toThrow(RangeError);
  });
});

const unit = fc
  .integer({ min: 1, max: 10_000 })
  .chain((denominator) => fc.record({ label: fc.constant("u"), numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }));

describe("pooledProportion", () => {
  it("is the sum of numerators over the sum of denominators", () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (units: FunnelUnit[]) => {
        const sum = (f: (u: FunnelUnit) => number) => units.reduce((s, u) => s + f(u), 0);
        expect(pooledProportion(units)).toBeCloseTo(sum((u) => u.numerator) / sum((u) => u.denominator), 14);
      }),
    );
  });

  it("weights by size, unlike a mean of proportions", () => {
    expect(
      pooledProportion([
        { label: "a", numerator: 1, denominator: 2 },
        { label: "b", numerator: 90, denominator: 100 },
      ]),
    ).toBeCloseTo(91 / 102, 14);
  });

  it("refuses no units and impossible counts, naming the unit", () => {
    expect(() => pooledProportion([])).toThrow(RangeError);
    expect(() => pooledProportion([{ label: "Service B", numerator: 5, denominator: 4 }])).toThrow(/Service B/);
  });
});

describe("funnel rows and denominators", () => {
  it("draws the curve from 1 to a tenth past the largest unit, in whole numbers", () => {
    const ns = curveDenominators(1, 440);
    expect(ns[0]).toBe(1);
    expect(ns.at(-1)).toBe(440);
    expect(ns.every((n, i) => Number.isInteger(n) && (i === 0 || n > ns[i - 1]!))).toBe(true);
    const rows = funnelRows([
      { label: "A", numerator: 30, denominator: 400 },
      { label: "B", numerator: 9, denominator: 40 },
    ]);
    expect(Math.max(...rows.lines.map((l) => l.denominator))).toBe(440);
    expect(rows.targetPercent).toBeCloseTo((39 / 440) * 100, 12);
    expect(rows.lineLabels.pooled).toBe("All services: 8.9%");
    // B: P(X >= 9) for X ~ Binomial(40, 39/440) is 0.0073 (scipy), between 0.1% and 2.5%.
    expect(rows.dots.map((d) => [d.label, d.percent, d.class])).toEqual([
      ["A", 7.5, "inside"],
      ["B", 22.5, "above-95"],
    ]);
  });
});

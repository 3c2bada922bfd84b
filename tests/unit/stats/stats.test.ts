import { describe, expect, it } from "vitest";
import { isSmallBase, wilson } from "../../../src/lib/stats/wilson.ts";
import { parseFraction, recoverCounts } from "../../../src/lib/stats/recover.ts";
import { formatFigure, formatGbp } from "../../../src/lib/format.ts";

describe("wilson", () => {
  it("matches published values for 3 of 4", () => {
    // Worked by hand from the Wilson (1927) formula with z = 1.96: 0.3006 to 0.9544.
    const { lower, upper } = wilson(3, 4);
    expect(lower).toBeCloseTo(0.3006, 4);
    expect(upper).toBeCloseTo(0.9544, 4);
  });

  it("matches a hand-worked case, 29 of 35", () => {
    const { lower, upper } = wilson(29, 35);
    expect(lower).toBeCloseTo(0.6732, 3);
    expect(upper).toBeCloseTo(0.919, 3);
  });

  it("stays inside 0..1 at the extremes", () => {
    expect(wilson(0, 9).lower).toBe(0);
    expect(wilson(9, 9).upper).toBe(1);
    expect(wilson(0, 9).upper).toBeGreaterThan(0.25);
  });

  it("narrows as the base grows", () => {
    const small = wilson(5, 10);
    const large = wilson(500, 1000);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it("refuses impossible inputs", () => {
    expect(() => wilson(5, 4)).toThrow(RangeError);
    expect(() => wilson(1, 0)).toThrow(RangeError);
    expect(() => wilson(1.5, 4)).toThrow(RangeError);
  });

  it("flags bases under 30 as small", () => {
    expect(isSmallBase(29)).toBe(true);
    expect(isSmallBase(30)).toBe(false);
    expect(isSmallBase(null)).toBe(false);
  });
});

describe("recoverCounts", () => {
  it("finds the smallest base for Word's printed fractions", () => {
    const printed = [
      "0.25213675213675213",
      "0.11965811965811966",
      "0.29487179487179488",
      "0.14102564102564102",
      "7.6923076923076927E-2",
      "0.11538461538461539",
    ];
    expect(recoverCounts(printed.map(parseFraction))).toEqual({ base: 234, counts: [59, 28, 69, 33, 18, 27] });
  });

  it("prefers the smallest base that works", () => {
    expect(recoverCounts([0.5, 0.25, 0.25])).toEqual({ base: 4, counts: [2, 1, 1] });
  });

  it("keeps zeros", () => {
    expect(recoverCounts([0, 3 / 37, 34 / 37])).toEqual({ base: 37, counts: [0, 3, 34] });
  });

  it("returns null when no base up to the limit reproduces every value exactly", () => {
    expect(recoverCounts([0.123456789], 1000)).toBeNull();
  });

  it("refuses a fraction outside 0..1 or not a number", () => {
    expect(() => parseFraction("1.2")).toThrow(RangeError);
    expect(() => parseFraction("abc")).toThrow(RangeError);
  });
});

describe("formatGbp", () => {
  it("keeps the printed decimal of a figure rounded to £100,000", () => {
    expect(formatGbp(1_000_000, 100_000)).toBe("£1.0 million");
    expect(formatFigure({ measure: "gbp", value: 3_800_000, precision: 100_000 })).toBe("£3.8 million");
  });
  it("writes exact sums without a stray decimal", () => {
    expect(formatGbp(1_000_000)).toBe("£1 million");
    expect(formatGbp(32_263)).toBe("£32,263");
    expect(formatGbp(1_685_632)).toBe("£1.7 million");
  });
});

// Percentages worked by hand, halves rounding up.
import { describe, expect, it } from "vitest";
import { oneDecimalPercent, wholePercent } from "../../../src/lib/stats/percent.ts";

describe("oneDecimalPercent", () => {
  it("rounds to one decimal", () => {
    // 16 / 142 = 0.11268; 2 / 3 = 0.66667; 27 / 87 = 0.31034.
    expect(oneDecimalPercent(16, 142)).toBe(11.3);
    expect(oneDecimalPercent(2, 3)).toBe(66.7);
    expect(oneDecimalPercent(27, 87)).toBe(31);
  });

  it("rounds an exact half up", () => {
    // 59 / 80 = 0.7375 and 1 / 16 = 0.0625.
    expect(oneDecimalPercent(59, 80)).toBe(73.8);
    expect(oneDecimalPercent(1, 16)).toBe(6.3);
  });

  it("gives 0 and 100 at the ends", () => {
    expect(oneDecimalPercent(0, 7)).toBe(0);
    expect(oneDecimalPercent(7, 7)).toBe(100);
  });
});

describe("wholePercent", () => {
  it("rounds to a whole number and shows the working to two decimals", () => {
    // 12 / 37 = 0.324324.
    expect(wholePercent(12, 37)).toEqual({ value: 32, working: "100 × 12 / 37 = 32.43, rounded to 32" });
  });

  it("rounds an exact half up", () => {
    // 30 / 80 = 0.375 and 50 / 80 = 0.625.
    expect(wholePercent(30, 80)).toEqual({ value: 38, working: "100 × 30 / 80 = 37.5, rounded to 38" });
    expect(wholePercent(50, 80).value).toBe(63);
  });
});

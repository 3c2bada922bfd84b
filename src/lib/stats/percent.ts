// A count over its base as a percentage, the two ways the site rounds one. Halves
// round up (Math.round), as the report prints its percentages.

/** `count` of `base` as a percentage to one decimal: 16 of 142 → 11.3. */
export function oneDecimalPercent(count: number, base: number): number {
  return Math.round((1000 * count) / base) / 10;
}

/** `count` of `base` as a whole percentage, with its working for a derivation: "100 × 12 / 37 = 32.43, rounded to 32". */
export function wholePercent(count: number, base: number): { value: number; working: string } {
  const exact = (100 * count) / base;
  const value = Math.round(exact);
  return { value, working: `100 × ${count} / ${base} = ${Math.round(exact * 100) / 100}, rounded to ${value}` };
}

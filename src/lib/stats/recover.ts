// Word's chart data keeps some series only as fractions of an unstated base
// (0.25213675213675213). The smallest denominator that makes every value in the
// series an exact ratio of whole numbers recovers the counts and their base.

/** Parses a printed fraction, including Word's exponent form (8.1E-2). */
export function parseFraction(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new RangeError(`not a fraction between 0 and 1: ${text}`);
  return value;
}

export interface Recovered {
  base: number;
  counts: number[];
}

/**
 * Smallest d <= maxBase such that each fraction equals k/d exactly in double
 * arithmetic (as Word computed it), or null when there is none.
 */
export function recoverCounts(fractions: number[], maxBase = 5000): Recovered | null {
  for (let d = 1; d <= maxBase; d++) {
    const counts = fractions.map((f) => Math.round(f * d));
    if (counts.every((k, i) => k / d === fractions[i])) return { base: d, counts };
  }
  return null;
}

// The Wilson score interval: unlike the normal approximation it stays inside
// 0..1 and behaves sensibly for small bases such as 3 of 4.
export interface Interval {
  lower: number;
  upper: number;
}

/** 95% Wilson interval for `count` successes out of `base`, as proportions (0..1). */
export function wilson(count: number, base: number, z = 1.959963984540054): Interval {
  if (!Number.isInteger(count) || !Number.isInteger(base) || base <= 0 || count < 0 || count > base) {
    throw new RangeError(`wilson: need whole numbers with 0 <= count <= base and base > 0 (got ${count} of ${base})`);
  }
  const p = count / base;
  const z2 = z * z;
  const denom = 1 + z2 / base;
  const centre = (p + z2 / (2 * base)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base))) / denom;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** Bases under this get an interval and a visible caution on the site. */
export const SMALL_BASE = 30;

export function isSmallBase(base: number | null): boolean {
  return base !== null && base < SMALL_BASE;
}

// Funnel plots (Spiegelhalter 2005, "Funnel plots for comparing institutional
// performance", Statistics in Medicine 24:1185-1202): each unit's proportion is
// drawn against its denominator, with control limits around a target (here the
// pooled proportion), so a small service is not called unusual for the noise
// that small numbers bring. Limits at 95% and 99.8% (two-sided: quantiles
// 0.025/0.975 and 0.001/0.999), as the UKHSA PHEindicatormethods package uses.
// Pure functions: proportions in, proportions (0..1) out.

export interface FunnelUnit {
  label: string;
  /** Cases with the outcome, 0..denominator. */
  numerator: number;
  /** Cases. */
  denominator: number;
}

/**
 * "exact": binomial limits with Spiegelhalter's interpolation (his Appendix A.1.1), the
 * method for small counts. "normal": target ± z·√(target(1−target)/n), which is what
 * PHEindicatormethods computes for proportions (its `sigma_adjustment`, labelled "Wilson"
 * because it inverts the Wilson score interval; the algebra reduces to this).
 */
export type FunnelMethod = "exact" | "normal";

/** Control limits at one denominator, as proportions (0..1). */
export interface FunnelLimits {
  denominator: number;
  target: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

export type LimitName = "lower998" | "lower95" | "upper95" | "upper998";

/** Where a unit falls: inside the 95% limits, between 95% and 99.8%, or beyond 99.8%. */
export type FunnelClass = "inside" | "above-95" | "below-95" | "above-99.8" | "below-99.8";

export interface FunnelPoint extends FunnelUnit {
  proportion: number;
  limits: FunnelLimits;
  class: FunnelClass;
}

/** Tail probability outside each limit. */
export const TAIL: Record<LimitName, number> = { lower998: 0.001, lower95: 0.025, upper95: 0.025, upper998: 0.001 };

// Normal quantiles for 0.975 and 0.999 (R's qnorm), kept as constants rather than computed.
const Z: Record<LimitName, number> = { lower998: 3.090232306167813, lower95: 1.959963984540054, upper95: 1.959963984540054, upper998: 3.090232306167813 };

const NAMES: LimitName[] = ["lower998", "lower95", "upper95", "upper998"];
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function checkTarget(target: number, where: string): void {
  if (!(target >= 0 && target <= 1)) throw new RangeError(`${where}: target must be a proportion from 0 to 1 (got ${target})`);
}

function checkDenominator(n: number, method: FunnelMethod, where: string): void {
  // The binomial counts cases, so the exact method needs a whole number; the normal one does not.
  const ok = method === "exact" ? Number.isInteger(n) && n > 0 : Number.isFinite(n) && n > 0;
  if (!ok) throw new RangeError(`${where}: denominator must be ${method === "exact" ? "a whole number " : ""}above 0 (got ${n})`);
}

/**
 * Binomial(n, p) probabilities from the mode outwards, by the ratio of neighbouring terms,
 * then normalised: no factorials, so no overflow at large n. Terms below 1e-20 of the mode
 * are dropped; together they cannot move a sum at double precision.
 */
function binomialMass(n: number, p: number): { first: number; mass: number[] } {
  if (p === 0) return { first: 0, mass: [1] };
  if (p === 1) return { first: n, mass: [1] };
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  const up: number[] = [];
  for (let k = mode, w = 1; k < n; k++) {
    w *= ((n - k) / (k + 1)) * odds;
    if (w < 1e-20) break;
    up.push(w);
  }
  const down: number[] = [];
  for (let k = mode, w = 1; k > 0; k--) {
    w *= k / (n - k + 1) / odds;
    if (w < 1e-20) break;
    down.push(w);
  }
  const weights = [...down.reverse(), 1, ...up];
  const total = weights.reduce((s, w) => s + w, 0);
  return { first: mode - down.length, mass: weights.map((w) => w / total) };
}

/**
 * Spiegelhalter's interpolated lower-tail limit: with r the smallest count where
 * P(X <= r) >= q, alpha = (P(X <= r) - q) / P(X = r) and the limit is (r - alpha) / n.
 * It is the q-quantile of X - U with U uniform on 0..1, so it moves smoothly with n.
 */
export function interpolatedLowerLimit(target: number, n: number, q: number): number {
  checkTarget(target, "interpolatedLowerLimit");
  checkDenominator(n, "exact", "interpolatedLowerLimit");
  if (!(q > 0 && q < 1)) throw new RangeError(`interpolatedLowerLimit: q must be between 0 and 1 (got ${q})`);
  const { first, mass } = binomialMass(n, target);
  let below = 0; // P(X < r)
  for (let i = 0; i < mass.length; i++) {
    const at = mass[i]!;
    if (below + at >= q) return clamp01((first + i - (below + at - q) / at) / n);
    below += at;
  }
  return clamp01((first + mass.length - 1) / n); // only if rounding left the sum a hair under q
}

/**
 * One exact limit. The lower limits are Spiegelhalter's formula; each upper limit is the
 * same formula applied to the cases without the outcome (1 - lower limit of 1 - target).
 * Applying the lower formula to the upper tail as well would put the upper line one case
 * (1/n) lower, flag 5 of 5 against a 90% target as "above 99.8%", and make the verdict
 * depend on which outcome is counted. Done this way, a unit is beyond a limit exactly when
 * the one-sided binomial test says so: below when P(X <= r) < tail, above when P(X >= r) < tail.
 */
export function exactLimit(target: number, n: number, name: LimitName): number {
  const tail = TAIL[name];
  return name.startsWith("lower") ? interpolatedLowerLimit(target, n, tail) : 1 - interpolatedLowerLimit(1 - target, n, tail);
}

/** One normal-approximation limit, cut to 0..1 as PHEindicatormethods cuts its percentages to 0..100. */
export function normalLimit(target: number, n: number, name: LimitName): number {
  checkTarget(target, "normalLimit");
  checkDenominator(n, "normal", "normalLimit");
  const half = Z[name] * Math.sqrt((target * (1 - target)) / n);
  return clamp01(name.startsWith("lower") ? target - half : target + half);
}

/** The four control limits at denominator n around a target proportion. */
export function funnelLimits(target: number, n: number, method: FunnelMethod = "exact"): FunnelLimits {
  const limit = method === "exact" ? exactLimit : normalLimit;
  const [lower998, lower95, upper95, upper998] = NAMES.map((name) => limit(target, n, name)) as [number, number, number, number];
  return { denominator: n, target, lower998, lower95, upper95, upper998 };
}

function checkUnit(u: FunnelUnit): void {
  const { label, numerator: r, denominator: n } = u;
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`funnel unit "${label}": denominator must be above 0 (got ${n})`);
  if (!(Number.isFinite(r) && r >= 0 && r <= n)) throw new RangeError(`funnel unit "${label}": numerator must be from 0 to the denominator (got ${r} of ${n})`);
}

/** The pooled proportion: all units' numerators over all their denominators (not a mean of proportions). */
export function pooledProportion(units: readonly FunnelUnit[]): number {
  if (units.length === 0) throw new RangeError("pooledProportion: no units");
  units.forEach(checkUnit);
  const numerator = units.reduce((s, u) => s + u.numerator, 0);
  const denominator = units.reduce((s, u) => s + u.denominator, 0);
  return numerator / denominator;
}

/**
 * Which band a unit falls in. Strict comparisons, checked in this order, as
 * PHEindicatormethods' assign_funnel_significance does: a unit on a limit is inside it.
 */
export function classifyUnit(unit: FunnelUnit, limits: FunnelLimits): FunnelClass {
  checkUnit(unit);
  if (unit.denominator !== limits.denominator) {
    throw new RangeError(`classifyUnit: "${unit.label}" has denominator ${unit.denominator} but the limits are for ${limits.denominator}`);
  }
  const p = unit.numerator / unit.denominator;
  if (p < limits.lower998) return "below-99.8";
  if (p < limits.lower95) return "below-95";
  if (p > limits.upper998) return "above-99.8";
  if (p > limits.upper95) return "above-95";
  return "inside";
}

export interface FunnelOptions {
  method?: FunnelMethod;
  /** Compare against this proportion instead of the pooled one (e.g. a national figure). */
  target?: number;
}

/** Every unit with its proportion, its limits and its band, around the pooled proportion by default. */
export function funnelPoints(units: readonly FunnelUnit[], { method = "exact", target }: FunnelOptions = {}): FunnelPoint[] {
  const centre = target ?? pooledProportion(units);
  return units.map((u) => {
    checkUnit(u);
    if (method === "exact" && !Number.isInteger(u.numerator))
      throw new RangeError(`funnel unit "${u.label}": the exact method needs a whole numerator (got ${u.numerator})`);
    const limits = funnelLimits(centre, u.denominator, method);
    return { ...u, proportion: u.numerator / u.denominator, limits, class: classifyUnit(u, limits) };
  });
}

/**
 * Whole-number denominators from min to max for drawing the limit lines: spaced
 * geometrically (about `count` of them), so the curve is fine where it bends, at small n.
 */
export function curveDenominators(min: number, max: number, count = 100): number[] {
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min)) {
    throw new RangeError(`curveDenominators: need whole numbers 1 <= min <= max (got ${min}, ${max})`);
  }
  const out: number[] = [];
  for (let j = 0; j < count; j++) {
    const n = count === 1 ? max : Math.round(min * (max / min) ** (j / (count - 1)));
    if (n > (out.at(-1) ?? 0)) out.push(n);
  }
  if (out.at(-1) !== max) out.push(max);
  return out;
}

/** The limit lines: limits at each of curveDenominators(min, max, count). */
export function funnelCurve(
  target: number,
  { min = 1, max, count = 100, method = "exact" }: { min?: number; max: number; count?: number; method?: FunnelMethod },
): FunnelLimits[] {
  return curveDenominators(min, max, count).map((n) => funnelLimits(target, n, method));
}

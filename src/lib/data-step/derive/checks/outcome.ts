import type { CheckResult } from "../../../contract/site.ts";

/** A check result plus the data row it points at, for error messages. */
export interface Outcome extends CheckResult {
  where: { file: string; line: number };
}

/** Strips the location before publishing. */
export function publishable({ where: _where, ...result }: Outcome): CheckResult {
  return result;
}

/** Tolerance for a printed value: half its rounding unit, plus float noise. */
export function within(actual: number, printed: number, precision: number): boolean {
  return Math.abs(actual - printed) <= precision / 2 + 1e-9 * Math.max(1, Math.abs(printed));
}

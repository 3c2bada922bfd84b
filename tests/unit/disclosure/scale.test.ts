// A bundle of the size the tracker import produces: protect it, check the result
// with the independent attack, and print how long protect took (never gated).
import { expect, test } from "vitest";
import { protect, type DisclosureSettings } from "../../../src/lib/disclosure/index.ts";
import { attackPublished } from "../../fixtures/disclosure/attack.ts";
import { syntheticBundle } from "../../fixtures/disclosure/bundle.ts";

const bundle = syntheticBundle();

async function timed(settings: DisclosureSettings, label: string) {
  const start = performance.now();
  const r = await protect(bundle.cells, bundle.relations, settings);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `disclosure: protect (${label}) on ${bundle.cells.length} cells and ${bundle.relations.length} relations took ` +
      `${seconds.toFixed(2)} s; ${r.counts.primary} primary and ${r.counts.secondary} secondary suppressions`,
  );
  return r;
}

const runs: [DisclosureSettings, string][] = [
  [{ k: 5 }, "k = 5, first call, includes loading the solver"],
  [{ k: 5 }, "k = 5, again"],
  [{ k: 5, rounding: 5 }, "k = 5, rounded to 5"],
];

test.each(runs)(
  "a synthetic 300-cell bundle of eight linked datasets is protected and resists the attack (%s)",
  async (settings, label) => {
    expect(bundle.cells.length).toBeGreaterThanOrEqual(300);
    const r = await timed(settings, label);
    expect(r.passed).toBe(true);
    expect(r.counts.primary).toBeGreaterThan(0);
    const attacked = attackPublished(r.cells, [], bundle.relations, 5, settings.rounding ?? null);
    expect(attacked.length).toBe(r.audit.length);
    for (const a of attacked) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(5);
  },
  120_000,
);

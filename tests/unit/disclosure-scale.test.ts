// A bundle of the size the tracker import produces: protect it, check the result
// with the independent attack, and print how long protect took (never gated).
import { expect, test } from "vitest";
import { protect } from "../../src/lib/disclosure/index.ts";
import { attackPublished } from "./disclosure/attack.ts";
import { syntheticBundle } from "./disclosure/bundle.ts";

test("a synthetic 300-cell bundle of eight linked datasets is protected and resists the attack", async () => {
  const bundle = syntheticBundle();
  expect(bundle.cells.length).toBeGreaterThanOrEqual(300);
  const start = performance.now();
  const r = await protect(bundle.cells, bundle.relations, { k: 5 });
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `disclosure: protect on ${bundle.cells.length} cells and ${bundle.relations.length} relations took ` +
      `${seconds.toFixed(2)} s; ${r.counts.primary} primary and ${r.counts.secondary} secondary suppressions`,
  );
  expect(r.passed).toBe(true);
  expect(r.counts.primary).toBeGreaterThan(0);
  const attacked = attackPublished(r.cells, [], bundle.relations, 5);
  expect(attacked.length).toBe(r.audit.length);
  for (const a of attacked) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(5);
}, 120_000);

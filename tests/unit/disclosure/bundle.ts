// A synthetic bundle of the size the tracker import produces (made-up counts,
// never real): eight datasets of the same parents (ages, sources, deprivation...),
// each category counted for female, male and unknown with `all` their sum, and
// each group's categories adding up to one group total shared by every dataset.
import type { Cell, Relation } from "../../../src/lib/disclosure/index.ts";

/** Small deterministic generator (mulberry32), so the bundle is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticBundle(seed = 13, sizes = [6, 8, 10, 9, 12, 7, 11, 12]): { cells: Cell[]; relations: Relation[] } {
  const next = random(seed);
  const groupTotals = { female: 70, male: 45, unknown: 6 };
  const cells = new Map<string, number>();
  const relations: Relation[] = [];
  sizes.forEach((size, d) => {
    for (const [group, total] of Object.entries(groupTotals)) {
      // Split the group total over the categories with uneven random weights.
      const weights = Array.from({ length: size }, () => next() ** 2);
      const sum = weights.reduce((s, w) => s + w, 0);
      const counts = weights.map((w) => Math.floor((total * w) / sum));
      counts[0] = (counts[0] ?? 0) + total - counts.reduce((s, c) => s + c, 0);
      counts.forEach((c, j) => cells.set(`d${d}-cat${j}-${group}`, c));
      cells.set(`group-${group}`, total);
      relations.push({ total: `group-${group}`, parts: counts.map((_, j) => `d${d}-cat${j}-${group}`) });
    }
    for (let j = 0; j < size; j++) {
      const parts = Object.keys(groupTotals).map((g) => `d${d}-cat${j}-${g}`);
      cells.set(
        `d${d}-cat${j}-all`,
        parts.reduce((s, p) => s + (cells.get(p) ?? 0), 0),
      );
      relations.push({ total: `d${d}-cat${j}-all`, parts });
    }
    relations.push({ total: "group-all", parts: Array.from({ length: size }, (_, j) => `d${d}-cat${j}-all`) });
  });
  cells.set(
    "group-all",
    Object.values(groupTotals).reduce((s, v) => s + v, 0),
  );
  relations.push({ total: "group-all", parts: Object.keys(groupTotals).map((g) => `group-${g}`) });
  return { cells: [...cells].map(([id, value]) => ({ id, value })), relations };
}

// The synthetic generator: seeded and repeatable, plainly made up, and close
// to Salford's published shares (read from data/, not typed in here).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/io/csv-read.ts";
import { generateExport, mulberry32 } from "../../../src/lib/tracker/synthetic.ts";

const ROOT = new URL("../../..", import.meta.url).pathname;

/** A published percent from data/<file>.csv. */
function published(file: string, group: string, period: string, category: string): number {
  const { records } = parseCsv(readFileSync(`${ROOT}data/${file}`, "utf8"), file);
  const row = records.find(
    (r) => r.cells.group === group && r.cells.period === period && r.cells.category === category && r.cells.measure === "percent" && r.cells.variant === "",
  );
  if (!row) throw new Error(`no published percent for ${category} in ${file}`);
  return Number(row.cells.value);
}

const big = generateExport({ seed: 99, parents: 6000, from: "2015-04", to: "2025-03" });
const share = (rows: string[][], keep: (r: string[]) => boolean, hit: (r: string[]) => boolean) => {
  const kept = rows.filter(keep);
  return (100 * kept.filter(hit).length) / kept.length;
};

describe("the synthetic generator", () => {
  it("mulberry32 is repeatable and spread over [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });

  it("gives the same export for the same seed and another for another seed", () => {
    const opts = { parents: 50, from: "2019-04", to: "2025-03" };
    expect(generateExport({ seed: 1, ...opts })).toEqual(generateExport({ seed: 1, ...opts }));
    expect(generateExport({ seed: 2, ...opts })).not.toEqual(generateExport({ seed: 1, ...opts }));
  });

  it("marks every id as made up and gives exactly the parents asked for", () => {
    expect(big.rows["parents.csv"].length).toBe(6000);
    for (const file of ["parents.csv", "circumstances.csv", "children.csv"] as const) {
      for (const r of big.rows[file]) expect((r[0] as string).startsWith("SYN-")).toBe(true);
    }
  });

  it("is close to Salford's published shares (referral sources, alcohol at referral)", () => {
    const src = big.header["parents.csv"].indexOf("referral_source");
    const parents = big.rows["parents.csv"];
    for (const [code, category] of [
      ["midwifery", "Midwifery"],
      ["childrens_social_care", "Children's Social Care"],
    ] as const) {
      const synthetic = share(
        parents,
        () => true,
        (r) => r[src] === code,
      );
      expect(Math.abs(synthetic - published("referral-sources.csv", "all parents", "", category)), code).toBeLessThan(3);
    }
    const circ = big.rows["circumstances.csv"];
    const alcohol = share(
      circ,
      (r) => r[1] === "referral" && r[2] === "alcohol" && r[3] !== "unknown",
      (r) => r[3] === "yes",
    );
    expect(Math.abs(alcohol - published("wellbeing.csv", "all parents", "at referral", "Problem with alcohol"))).toBeLessThan(3);
  });
});

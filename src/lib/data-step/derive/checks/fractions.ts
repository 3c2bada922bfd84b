// Recovers whole counts from chart fractions, one base per (series, group).
// A recovered count that duplicates a transcribed count must equal it; otherwise
// it is published as a derived figure that says how it was made.
import { group } from "d3-array";
import { figureId, slug, type Located } from "../figure-records.ts";
import type { Row } from "../../read/cells.ts";
import type { Figure } from "../../../contract/site.ts";
import { parseFraction, recoverCounts } from "../../../stats/recover.ts";
import type { Outcome } from "./outcome.ts";

const cell = (r: Row, c: string) => (r.cells[c] as string | null) ?? null;

export interface FractionResult {
  derived: Located[];
  outcomes: Outcome[];
}

export function recoverFromFractions(rows: Row[], existing: Map<string, Located>, documentOf: (dataset: string) => string): FractionResult {
  const derived: Located[] = [];
  const outcomes: Outcome[] = [];
  const series = group(rows, (r) => `${cell(r, "series")}|${cell(r, "group")}`);
  for (const [key, members] of series) {
    const [title = "", who = ""] = key.split("|");
    const fractions = members.map((r) => parseFraction(cell(r, "fraction") ?? ""));
    const found = recoverCounts(fractions);
    const first = members[0]!;
    const seriesId = `recover:${slug(title)}:${slug(who)}`;
    outcomes.push({
      id: seriesId,
      rule: "recover-exact",
      ok: found !== null,
      figures: [],
      expected: fractions.length,
      actual: found ? found.counts.length : 0,
      tolerance: 0,
      arithmetic: found
        ? `every value is an exact multiple of 1/${found.base}: ${found.counts.join(", ")} of ${found.base}`
        : "no denominator up to 5000 reproduces every printed fraction",
      where: first,
    });
    if (!found) continue;
    members.forEach((r, i) => {
      const count = found.counts[i]!;
      const dataset = cell(r, "dataset") ?? "";
      const k = {
        dataset,
        topic: cell(r, "topic"),
        category: cell(r, "category") ?? "",
        group: who,
        period: cell(r, "period"),
        measure: "count",
        variant: null,
      };
      const id = figureId(k);
      const how = `Recovered: the chart data gives ${cell(r, "fraction")}; the smallest base that makes every value in the series whole is ${found.base}, so this is ${count} of ${found.base}.`;
      const same = existing.get(id);
      if (same) {
        outcomes.push({
          id: `recovered:${id}`,
          rule: "recovered-equals-printed",
          // The chart may divide by a wider base than the table (Table 9 charts first
          // children as shares of all 148), so only the count must agree.
          ok: same.figure.value === count,
          figures: [id],
          expected: same.figure.value,
          actual: count,
          tolerance: 0,
          arithmetic: `${cell(r, "fraction")} x ${found.base} = ${count}; printed ${same.figure.value}`,
          where: r,
        });
        return;
      }
      const figure: Figure = {
        id,
        dataset,
        source: { document: documentOf(dataset), table: cell(r, "table") ?? "", section: cell(r, "section") ?? "" },
        group: who,
        topic: k.topic,
        period: k.period,
        category: k.category,
        measure: "count",
        value: count,
        base: found.base,
        precision: 1,
        variant: null,
        derived: true,
        derivation: how,
        remark: cell(r, "note"),
        notes: [],
      };
      derived.push({ figure, file: r.file, line: r.line });
    });
  }
  return { derived, outcomes };
}

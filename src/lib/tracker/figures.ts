// Records for figures.json (their contract: src/lib/contract/bundle.ts).
// A share is computed from its count and base only when both are published.
import type { ProtectedCell } from "../disclosure/index.ts";
import type { Model, RecordSpec } from "./model.ts";
import type { BundleFigure, BundleService } from "../contract/bundle.ts";
import { codesOf } from "./standard.ts";
import { oneDecimalPercent } from "../stats/percent.ts";

export const DATASET_TITLES: Record<string, string> = {
  "age-profiles": "Age at referral",
  "referral-sources": "Referral sources",
  deprivation: "Deprivation of home areas",
  wellbeing: "Circumstances at referral and after three years",
  "child-outcomes": "Children's status at case closure",
  "child-status-flows": "Children's status at three months and at closure",
  "school-readiness": "School readiness",
};

/** For the disclosure audit: the count figures that print each cell, as their value or as their base. */
export function figuresByCell(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (cell: string, id: string) => out.set(cell, [...(out.get(cell) ?? []), id]);
  for (const spec of model.records) {
    add(spec.cell, figureId(spec, "count"));
    add(spec.base, `base of ${figureId(spec, "count")}`);
  }
  return out;
}

/** The editions a decile may come from: every edition the standard allows, never only those found, since one
 *  parent's record from another edition would otherwise show in figures.json. */
const EDITIONS = codesOf("parents.csv", "imd_edition");

export function buildFigures(model: Model, shown: Map<string, ProtectedCell>, service: BundleService): BundleFigure[] {
  const document = `${service.name}: client tracker${service.synthetic ? " (synthetic data)" : ""}`;
  const remark = service.synthetic ? "Synthetic: made-up records for testing and examples, not a real service" : null;
  const out: BundleFigure[] = [];
  const published = (id: string): number | null => {
    const c = shown.get(id);
    if (!c) throw new Error(`figures: cell ${id} was not published`);
    return c.value;
  };
  for (const spec of model.records) {
    const count = published(spec.cell);
    const base = published(spec.base);
    const notes = spec.dataset === "deprivation" ? EDITIONS.map((e) => `imd-edition-${e}`) : [];
    const common = {
      dataset: spec.dataset,
      source: {
        document,
        table: DATASET_TITLES[spec.dataset] ?? spec.dataset,
        section: `Tracker standard v${service.standard}, period ${service.period.from} to ${service.period.to}`,
      },
      group: spec.group,
      topic: spec.topic,
      period: spec.period,
      category: spec.category,
      label: spec.label,
      base,
      ...(base === null ? { baseSymbol: "c" as const } : {}),
      variant: null,
      derived: spec.derivation !== undefined,
      derivation: spec.derivation ?? null,
      remark,
      notes,
      ...(spec.from ? { from: spec.from, to: spec.to } : {}),
    };
    out.push({ id: figureId(spec, "count"), ...common, measure: "count", value: count, precision: 1, ...(count === null ? { symbol: "c" as const } : {}) });
    const share = count !== null && base !== null && base > 0 ? oneDecimalPercent(count, base) : null;
    out.push({
      id: figureId(spec, "percent"),
      ...common,
      measure: "percent",
      value: share,
      precision: 0.1,
      ...(share === null ? { symbol: base === 0 ? ("z" as const) : ("c" as const) } : {}),
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function figureId(spec: RecordSpec, measure: string): string {
  return [spec.dataset, spec.topic, spec.category, spec.group, spec.period, measure].filter((x) => x !== null).join(".");
}

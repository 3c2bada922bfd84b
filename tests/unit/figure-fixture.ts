// Builds published-figure records for view tests: only the fields a test cares
// about are given, the rest take neutral defaults (as the data build writes them).
import type { Figure } from "../../src/lib/contract/site.ts";

export function fig(p: Partial<Figure> & Pick<Figure, "group" | "category" | "measure" | "value">): Figure {
  const f: Figure = {
    id: "",
    dataset: "test",
    source: { document: "Doc", table: "Table 1", section: "Section" },
    topic: null,
    period: null,
    base: null,
    precision: 1,
    variant: null,
    derived: false,
    derivation: null,
    remark: null,
    notes: [],
    ...p,
  };
  f.id ||= [f.dataset, f.topic, f.category, f.group, f.period, f.measure, f.variant].filter(Boolean).join(".");
  return f;
}

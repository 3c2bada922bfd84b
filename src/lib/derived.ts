// Counts this site derives from published figures (our groupings, such as the
// children whose final status is one for living at home). They are published
// in figures.json as derived, with their arithmetic, so a researcher can see
// every number the pages show and how it was made.
import { DataError, type DataProblem } from "./errors.ts";
import { figureId, type Located } from "./figures.ts";
import type { Row } from "./read.ts";
import type { Figure } from "./schema.ts";
import { compute, resolve } from "./checks/relations.ts";

const FILE = "data/derived.csv";
/** The `table` of a derived figure: sums over a table must leave these out. */
export const DERIVED_TABLE = "Derived by this site";
// "ratio": a total spread over a span (a five-year cost a year); it keeps the
// first input's measure (£ stays £), where sums and differences are counts.
const RULES = ["sum", "difference", "ratio"] as const;
const cell = (r: Row, c: string) => (r.cells[c] as string | null) ?? null;

export function deriveFigures(rows: Row[], byId: Map<string, Located>, documentOf: (dataset: string) => string): Located[] {
  const problems: DataProblem[] = [];
  const out: Located[] = rows.flatMap((r) => {
    const rule = cell(r, "rule") as (typeof RULES)[number];
    if (!RULES.includes(rule)) {
      problems.push({ file: FILE, line: r.line, column: "rule", rule: "unknown-value", message: `not one of ${RULES.join(", ")}`, value: String(rule) });
      return [];
    }
    const inputs = (cell(r, "inputs") ?? "").split(" ").filter(Boolean);
    const values = inputs.map((x) => resolve(x, byId));
    const missing = inputs.filter((_, i) => values[i] === undefined || !Number.isNaN(Number(inputs[i])));
    if (missing.length) {
      problems.push({ file: FILE, line: r.line, column: "inputs", rule: "unknown-figure", message: "inputs must be existing figure ids", value: missing.join(" ") });
      return [];
    }
    const dataset = cell(r, "dataset") ?? "";
    const measure: Figure["measure"] = rule === "ratio" ? byId.get(inputs[0]!)!.figure.measure : "count";
    const key = { dataset, topic: cell(r, "topic"), category: cell(r, "category") ?? "", group: cell(r, "group") ?? "", period: cell(r, "period"), measure, variant: null };
    const id = figureId(key);
    if (byId.has(id)) {
      problems.push({ file: FILE, line: r.line, rule: "duplicate-key", message: "a published figure already has this id", value: id });
      return [];
    }
    const value = compute(rule, values as number[]);
    const base = (r.cells["base"] as number | null) ?? null;
    if (base !== null && value > base) {
      problems.push({ file: FILE, line: r.line, column: "base", rule: "derived-exceeds-base", message: `derived count ${value} is larger than its base`, value: String(base) });
    }
    const arithmetic =
      rule === "ratio"
        ? values.join(" / ")
        : values.map((v, i) => (i === 0 ? `${v}` : v! < 0 || rule === "difference" ? `- ${Math.abs(v!)}` : `+ ${v}`)).join(" ");
    const figure: Figure = {
      id,
      dataset,
      source: { document: documentOf(dataset), table: DERIVED_TABLE, section: "Our grouping of published figures" },
      group: key.group,
      topic: key.topic,
      period: key.period,
      category: key.category,
      measure,
      value,
      base,
      precision: 1,
      variant: null,
      derived: true,
      derivation: `${cell(r, "description")}: ${arithmetic} = ${value} (from ${inputs.map((x) => x.replace(/^-/, "")).join(", ")}).`,
      remark: null,
      notes: [],
    };
    return [{ figure, file: FILE, line: r.line }];
  });
  if (problems.length) throw new DataError(problems);
  return out;
}

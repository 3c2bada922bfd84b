// Counts this site derives from published figures (our groupings, such as the
// children whose final status is one for living at home). They are published
// in figures.json as derived, with their arithmetic, so a researcher can see
// every number the pages show and how it was made.
import { fail, DataError, type DataProblem } from "../../errors.ts";
import { figureId, type Located } from "./figure-records.ts";
import type { Row } from "../read/cells.ts";
import type { Figure } from "../../contract/site.ts";
import { compute, resolve } from "./checks/relations.ts";
import type { Vocabulary } from "../../figures/terms.ts";
import { wholePercent } from "../../stats/percent.ts";

const FILE = "data/derived.csv";
/** The `table` of a derived figure: sums over a table must leave these out. */
export const DERIVED_TABLE = "Derived by this site";
// "share": a whole-number percentage of one count over its base, for counts the
// report printed only as chart fractions (so no page has to compute one).
// "grouping": the sum of the counts of every category data/vocabulary.csv puts
// in the named grouping (inputs: the grouping's name), so the grouping is
// defined once, as data, and this file only says where to publish its sum.
// "ratio": a total spread over a span (a five-year cost a year); it keeps the
// first input's measure (£ stays £), where sums and differences are counts.
// "product": a count times one figure with a unit (£ per case), and, where it
// runs over years, times a number of years: it keeps the unit's measure.
// (Ported from main's version of this file so the two merge as one.)
const RULES = ["sum", "difference", "share", "grouping", "ratio", "product"] as const;
/** Measures a product may multiply a unit by: how many, and for how long. */
const MULTIPLIERS: readonly Figure["measure"][] = ["count", "years"];
const cell = (r: Row, c: string) => (r.cells[c] as string | null) ?? null;

/** The figure ids a "grouping" row adds up: one count per member category, in the row's dataset, group, topic and period. */
function groupingInputs(r: Row, vocabulary: Vocabulary | undefined): string[] {
  const dataset = cell(r, "dataset") ?? "";
  const name = cell(r, "inputs") ?? "";
  // Salford's own categories only: the tracker standard's codes are grouped at import (src/lib/tracker/model-children.ts).
  return (vocabulary?.grouping(dataset, name, "evaluation") ?? []).map((category) =>
    figureId({
      dataset,
      topic: cell(r, "topic"),
      category,
      group: cell(r, "group") ?? "",
      period: cell(r, "period"),
      measure: "count",
      variant: null,
    }),
  );
}

export function deriveFigures(rows: Row[], published: Map<string, Located>, documentOf: (dataset: string) => string, vocabulary?: Vocabulary): Located[] {
  const problems: DataProblem[] = [];
  // A later row may build on an earlier one (the share of our sum), so each derived figure joins the lookup.
  const byId = new Map(published);
  const out: Located[] = rows.flatMap((r) => {
    const rule = cell(r, "rule") as (typeof RULES)[number];
    if (!RULES.includes(rule)) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "rule",
          id: "unknown-value",
          message: `not one of ${RULES.join(", ")}`,
          value: String(rule),
        }),
      );
      return [];
    }
    const inputs = rule === "grouping" ? groupingInputs(r, vocabulary) : (cell(r, "inputs") ?? "").split(" ").filter(Boolean);
    if (rule === "grouping" && !inputs.length) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "inputs",
          id: "empty-grouping",
          message: "data/vocabulary.csv puts no category of this dataset in the grouping",
          value: cell(r, "inputs") ?? "",
        }),
      );
      return [];
    }
    const values = inputs.map((x) => resolve(x, byId));
    const missing = inputs.filter((_, i) => values[i] === undefined || !Number.isNaN(Number(inputs[i])));
    if (missing.length) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "inputs",
          id: "unknown-figure",
          message: "inputs must be existing figure ids",
          value: missing.join(" "),
        }),
      );
      return [];
    }
    const dataset = cell(r, "dataset") ?? "";
    const units = inputs.filter((x) => !MULTIPLIERS.includes(byId.get(x.replace(/^-/, ""))!.figure.measure));
    if (rule === "product" && (units.length !== 1 || inputs.length < 2 || inputs.some((x) => x.startsWith("-")))) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "inputs",
          id: "product-needs-one-unit",
          message: "a product multiplies one figure with a unit (£) by counts and years, none negated",
          value: inputs.join(" "),
        }),
      );
      return [];
    }
    const measure: Figure["measure"] =
      rule === "share"
        ? "percent"
        : rule === "ratio"
          ? byId.get(inputs[0]!)!.figure.measure
          : rule === "product"
            ? byId.get(units[0]!)!.figure.measure
            : "count";
    const key = {
      dataset,
      topic: cell(r, "topic"),
      category: cell(r, "category") ?? "",
      group: cell(r, "group") ?? "",
      period: cell(r, "period"),
      measure,
      variant: null,
    };
    const id = figureId(key);
    if (byId.has(id)) {
      problems.push(fail({ file: FILE, line: r.line, id: "duplicate-key", message: "a published figure already has this id", value: id }));
      return [];
    }
    const base = (r.cells["base"] as number | null) ?? (rule === "share" ? (byId.get(inputs[0] ?? "")?.figure.base ?? null) : null);
    if (rule === "share" && (inputs.length !== 1 || base === null || base <= 0)) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "inputs",
          id: "share-needs-one-count",
          message: "a share takes exactly one count with a base",
          value: inputs.join(" "),
        }),
      );
      return [];
    }
    const { value, working } =
      rule === "share" ? wholePercent(values[0]!, base!) : { value: compute(rule === "grouping" ? "sum" : rule, values as number[]), working: null };
    if (base !== null && rule !== "share" && rule !== "ratio" && rule !== "product" && value > base) {
      problems.push(
        fail({
          file: FILE,
          line: r.line,
          column: "base",
          id: "derived-exceeds-base",
          message: `derived count ${value} is larger than its base`,
          value: String(base),
        }),
      );
    }
    const arithmetic =
      working ??
      (rule === "ratio" || rule === "product"
        ? values.join(rule === "ratio" ? " / " : " × ")
        : values.map((v, i) => (i === 0 ? `${v}` : v! < 0 || rule === "difference" ? `- ${Math.abs(v!)}` : `+ ${v}`)).join(" "));
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
      derivation: `${cell(r, "description")}: ${arithmetic}${rule === "share" ? "" : ` = ${value}`} (from ${inputs.map((x) => x.replace(/^-/, "")).join(", ")}).`,
      remark: null,
      notes: [],
    };
    const located = { figure, file: FILE, line: r.line };
    byId.set(id, located);
    return [located];
  });
  if (problems.length) throw new DataError(problems);
  return out;
}

// The reading of Table 6 that the notes recommend for relationships, housing
// and work: the report's flow diagram, whose boxes account for every parent,
// with "Not known" left out of the base. Computed here, in the data step, and
// published in the wellbeing dataset as derived figures (variant
// "recommended-reading"), so pages draw published numbers and a researcher can
// download them. Where the report's text gives the same count or base, the two
// must agree, or the data step stops naming the text figure's file and line.
import { rollup } from "d3-array";
import { fail, type DataProblem } from "../../errors.ts";
import { figureId, type Located } from "./figure-records.ts";
import type { LocatedFlow } from "./checks/flows.ts";
import { DERIVED_TABLE } from "./derived.ts";
import type { Figure } from "../../contract/site.ts";
import { wholePercent } from "../../stats/percent.ts";

export const READING_VARIANT = "recommended-reading";
/** The flow topics whose Table 6 rows do not add up (see the ledger), read from the diagram instead. */
export const READING_TOPICS = ["relationship status", "housing status", "employment status"];
const NOT_KNOWN = "Not known";
const SIDES = [
  { side: "from", period: "at referral" },
  { side: "to", period: "after three years" },
] as const;
const GROUP = "all parents";

export function readingFigures(flows: LocatedFlow[], figures: Located[], document: string): { figures: Located[]; problems: DataProblem[] } {
  const out: Located[] = [];
  const problems: DataProblem[] = [];
  for (const topic of READING_TOPICS) {
    const mine = flows.filter((f) => f.flow.topic === topic);
    if (!mine.length) continue;
    const where = { file: mine[0]!.file, line: mine[0]!.line };
    const statuses = [...new Set(mine.flatMap((f) => [f.flow.from, f.flow.to]))].filter((s) => s !== NOT_KNOWN);
    for (const { side, period } of SIDES) {
      const totals = rollup(
        mine,
        (v) => v.reduce((n, f) => n + f.flow.value, 0),
        (f) => f.flow[side],
      );
      const all = [...totals.values()].reduce((n, x) => n + x, 0);
      const base = all - (totals.get(NOT_KNOWN) ?? 0);
      const make = (category: string, measure: "count" | "percent", value: number, b: number, derivation: string): Located => {
        const key = { dataset: "wellbeing", topic, category, group: GROUP, period, measure, variant: READING_VARIANT };
        const figure: Figure = {
          id: figureId(key),
          ...key,
          source: { document, table: DERIVED_TABLE, section: "Our reading of the report's flow diagram" },
          value,
          base: b,
          precision: 1,
          derived: true,
          derivation,
          remark: null,
          notes: [],
        };
        return { figure, ...where };
      };
      const known = `the report's flow diagram for ${topic} ${period}, leaving out the ${totals.get(NOT_KNOWN) ?? 0} parents not known`;
      out.push(
        make(
          NOT_KNOWN,
          "count",
          totals.get(NOT_KNOWN) ?? 0,
          all,
          `Parents in the flow diagram for ${topic} with no information ${period}: ${totals.get(NOT_KNOWN) ?? 0} of ${all}.`,
        ),
      );
      for (const status of statuses) {
        const count = totals.get(status) ?? 0;
        const share = wholePercent(count, base);
        out.push(make(status, "count", count, base, `Recommended reading: ${count} of ${base} from ${known}.`));
        out.push(make(status, "percent", share.value, base, `Recommended reading: ${share.working}, from ${known}.`));
      }
      // The report's text (outside Table 6) names some of these counts and bases: they must agree with the diagram.
      for (const t of figures) {
        const f = t.figure;
        if (
          f.dataset !== "wellbeing" ||
          f.topic !== topic ||
          f.group !== GROUP ||
          f.measure !== "count" ||
          f.period !== period ||
          f.source.table === "Table 6" ||
          f.derived
        )
          continue;
        const mismatch =
          f.base !== base
            ? `its base ${f.base} is not the diagram's ${base}`
            : statuses.includes(f.category) && f.value !== (totals.get(f.category) ?? 0)
              ? `its count is not the diagram's ${totals.get(f.category) ?? 0}`
              : null;
        if (mismatch)
          problems.push(
            fail({
              file: t.file,
              line: t.line,
              id: "reading-disagrees",
              message: `the text's figure disagrees with the flow diagram the notes recommend: ${mismatch}`,
              value: String(f.value),
            }),
          );
      }
    }
  }
  return { figures: out, problems };
}

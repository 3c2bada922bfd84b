// Where the transcription placed a value by judgement rather than reading it
// off the source: chart series that Word printed with fewer values than
// categories (the values re-attached to categories around the blank), and flow
// boxes paired by reading the diagram's box order. data/placements.csv names
// each such figure or flow and says how; the build publishes them as derived,
// with that explanation, so nobody mistakes an inference for a printed cell.
import { DataError, type DataProblem, fail } from "../../errors.ts";
import type { Row } from "./cells.ts";
import type { Located } from "../derive/figure-records.ts";
import type { LocatedFlow } from "../derive/checks/flows.ts";

export const PLACEMENTS_FILE = "data/placements.csv";

/** A flow is named "dataset|topic|from|to", with the labels as in the flow file. */
export const flowKey = (dataset: string, f: LocatedFlow["flow"]) => [dataset, f.topic, f.from, f.to].join("|");

export function applyPlacements(rows: Row[], byId: Map<string, Located>, flows: Map<string, LocatedFlow>): void {
  const problems: DataProblem[] = [];
  for (const r of rows) {
    const target = r.raw["target"] ?? "";
    const how = `Placement inferred: ${r.raw["how"] ?? ""}`;
    const figure = byId.get(target);
    const flow = flows.get(target);
    if (figure) {
      figure.figure.derived = true;
      figure.figure.derivation = how;
    } else if (flow) {
      flow.flow.derivation = how;
    } else {
      problems.push(
        fail({
          file: r.file,
          line: r.line,
          column: "target",
          id: "unknown-figure",
          message: "names no figure id or flow (dataset|topic|from|to) in the data",
          value: target,
        }),
      );
    }
  }
  if (problems.length) throw new DataError(problems);
}

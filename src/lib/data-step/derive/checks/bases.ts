// A figure printed "out of" a count another figure gives (2 of the 15 Pathway A
// parents) must carry that count as its base. A different base is a
// transcription error, not a disagreement in the source, so it stops the build
// at the figure's row rather than joining the published checks.
import { fail, type DataProblem } from "../../../errors.ts";
import type { Located } from "../figure-records.ts";
import type { FigureSet, Selector } from "../../../figures/set.ts";

export interface BaseSpec {
  /** The figure whose base is checked (first printing), in the dataset that declares it. */
  figure: Omit<Selector, "dataset">;
  /** The count that base is out of (first printing). */
  of: Selector;
}

const SPECS = "src/lib/datasets.ts";

export function baseProblems(dataset: string, specs: BaseSpec[], all: FigureSet, byId: Map<string, Located>): DataProblem[] {
  const one = (s: Selector): Located | undefined => {
    const found = all.select(s).filter((r) => r.variant === null || r.variant === undefined);
    return found.length === 1 ? byId.get(found[0]!.id ?? "") : undefined;
  };
  return specs.flatMap((spec): DataProblem[] => {
    const figure = one({ ...spec.figure, dataset });
    const of = one(spec.of);
    if (!figure || !of) {
      const which = JSON.stringify(figure ? spec.of : { ...spec.figure, dataset });
      return [fail({ file: SPECS, id: "unknown-figure", message: "a base check's selection must match exactly one figure", value: which })];
    }
    if (figure.figure.base === of.figure.value) return [];
    return [
      fail({
        file: figure.file,
        line: figure.line,
        column: "base",
        id: "base-of",
        message: `the base must be ${of.figure.value}, the count it is out of (${of.figure.id})`,
        value: String(figure.figure.base ?? ""),
      }),
    ];
  });
}

// A thin layer over HiGHS (WebAssembly). The runtime loads once and is reused.
// One persistent model per linear program: the audit re-optimises the same
// constraints for many objectives, and HiGHS's warm start makes each re-solve
// a few milliseconds, where parsing a fresh LP text costs far more.
import highsLoader, { type InitOptions } from "highs";

export type Highs = Awaited<ReturnType<typeof highsLoader>>;
export type Model = ReturnType<Highs["createModel"]>;

let loading: Promise<Highs> | undefined;
let options: InitOptions = {};

/** Where the runtime finds highs.wasm: in a browser, the URL the build gave it (the /publish/ page's worker).
 *  Node finds it beside the package's loader, so the command line never calls this. */
export function locateHighs(locateFile: (file: string) => string): void {
  options = { locateFile };
}

export function loadHighs(): Promise<Highs> {
  return (loading ??= highsLoader(options));
}

/** Columns with bounds (Infinity allowed above) and rows lower <= sum(coef * x) <= upper. */
export interface LinearProgram {
  lower: number[];
  upper: number[];
  rows: { cols: number[]; coefs: number[]; lower: number; upper: number }[];
}

/** A persistent HiGHS model; `integer` marks every column as a whole number (a MIP). */
export function createModel(highs: Highs, lp: LinearProgram, cost: number[], integer = false): Model {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of lp.rows) {
    indices.push(...row.cols);
    values.push(...row.coefs);
    starts.push(indices.length);
  }
  const numCols = lp.lower.length;
  const numRows = lp.rows.length;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: cost,
    colLower: lp.lower,
    colUpper: lp.upper.map((u) => (u === Infinity ? highs.infinity : u)),
    rowLower: lp.rows.map((r) => r.lower),
    rowUpper: lp.rows.map((r) => (r.upper === Infinity ? highs.infinity : r.upper)),
    matrix: { format: "csr", numRows, numCols, starts, indices, values },
    ...(integer ? { integrality: lp.lower.map(() => highs.constants.variableType.integer) } : {}),
  });
  // Presolve off: these LPs are small and re-solved many times from a warm
  // start, where presolve only adds set-up time (it was slower in a micro-benchmark).
  model.options.set({ output_flag: false, presolve: "off" });
  return model;
}

/** Runs the model to a definite status: optimal, unbounded or infeasible where HiGHS can tell. */
export function run(highs: Highs, model: Model): number {
  const status = highs.constants.modelStatus;
  const settled = (code: number) => code === status.optimal || code === status.unbounded || code === status.infeasible;
  model.run();
  let code = model.getModelStatus();
  if (!settled(code)) {
    // A warm start can end unclassified: solve again from scratch, then with presolve.
    model.clearSolver();
    model.run();
    code = model.getModelStatus();
  }
  if (!settled(code)) {
    model.options.set("presolve", "on");
    model.clearSolver();
    model.run();
    code = model.getModelStatus();
    model.options.set("presolve", "off");
  }
  return code;
}

/** The objective value, or Infinity when it grows without limit (maximising). */
function optimum(highs: Highs, model: Model): number {
  const status = highs.constants.modelStatus;
  const code = run(highs, model);
  if (code === status.optimal) return model.getObjectiveValue();
  if (code === status.unbounded) return Infinity;
  if (code === status.infeasible) throw new Error("disclosure LP: no table fits the published figures (inconsistent input)");
  throw new Error(`disclosure LP: the solver stopped without an answer (HiGHS model status ${code})`);
}

/** Smallest and largest feasible value of each target column. */
export async function ranges(lp: LinearProgram, targets: number[]): Promise<[number, number][]> {
  if (targets.length === 0) return [];
  const highs = await loadHighs();
  const sense = highs.constants.objectiveSense;
  const model = createModel(
    highs,
    lp,
    lp.lower.map(() => 0),
  );
  try {
    let previous = -1;
    return targets.map((col) => {
      if (previous >= 0) model.changeColCost(previous, 0);
      model.changeColCost(col, 1);
      previous = col;
      model.changeObjectiveSense(sense.minimize);
      const min = optimum(highs, model);
      model.changeObjectiveSense(sense.maximize);
      const max = optimum(highs, model);
      return [min, max];
    });
  } finally {
    model.dispose();
  }
}

/** A cheapest feasible point for the given costs (minimising), or null when there is none. */
export async function cheapest(lp: LinearProgram, cost: number[]): Promise<Float64Array | null> {
  const highs = await loadHighs();
  const model = createModel(highs, lp, cost);
  try {
    if (run(highs, model) !== highs.constants.modelStatus.optimal) return null;
    return model.getSolution().colValue;
  } finally {
    model.dispose();
  }
}

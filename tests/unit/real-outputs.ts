// The real data/ files through the real pipeline, once per test file: view
// tests check the page transforms against the published tables themselves.
import { readdirSync, readFileSync } from "node:fs";
import { runPipeline, type DataOutputs, type SourceFiles } from "../../src/lib/pipeline.ts";
import { formatProblem } from "../../src/lib/errors.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The real data/ files as the pipeline reads them: path → text. */
export function realFiles(): SourceFiles {
  return Object.fromEntries(
    readdirSync(`${ROOT}data`)
      .filter((n) => n.endsWith(".csv") || n.endsWith(".json"))
      .map((n) => [`data/${n}`, readFileSync(`${ROOT}data/${n}`, "utf8")]),
  );
}

let cached: DataOutputs | undefined;
export function realOutputs(): DataOutputs {
  if (cached) return cached;
  const result = runPipeline(realFiles());
  if (!result.outputs) throw new Error(`the data does not build:\n${result.problems.map(formatProblem).join("\n")}`);
  cached = result.outputs;
  return cached;
}

export const realFigures = (dataset: string) => realOutputs().figures.filter((f) => f.dataset === dataset);
export const realFlows = (dataset: string) => realOutputs().flows[dataset] ?? [];

// The real data/ files through the real pipeline (once per test file), so view
// tests can check a page's numbers against the report itself.
import { readdirSync, readFileSync } from "node:fs";
import { runPipeline } from "../../src/lib/pipeline.ts";
import type { Figure } from "../../src/lib/schema.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
let figures: Figure[] | undefined;

export function pipelineFigures(dataset: string): Figure[] {
  if (!figures) {
    const files = Object.fromEntries(
      readdirSync(`${ROOT}data`)
        .filter((n) => n.endsWith(".csv") || n.endsWith(".json"))
        .map((n) => [`data/${n}`, readFileSync(`${ROOT}data/${n}`, "utf8")]),
    );
    const result = runPipeline(files);
    if (!result.outputs) throw new Error(`data/ does not build: ${result.problems.length} problems`);
    figures = result.outputs.figures;
  }
  return figures.filter((f) => f.dataset === dataset);
}

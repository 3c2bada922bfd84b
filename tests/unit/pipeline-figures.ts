// The real data/ files through the real pipeline (once per test file), so view
// tests can check a page's numbers against the report itself. One loader:
// this is the same run as real-outputs.ts, kept under its old name.
import type { Figure } from "../../src/lib/contract/site.ts";
import { realOutputs } from "./real-outputs.ts";

export function pipelineFigures(dataset: string): Figure[] {
  return realOutputs().figures.filter((f) => f.dataset === dataset);
}

// Figures carry over from the sources, sentences do not. Every prose field of
// every published JSON file (remarks, derivations, the ledger's readings, the
// services' criteria) must share no run of eight words with any source. Table
// and chart titles are citations, and category names are the report's
// vocabulary, so they are not prose here; the one list of statuses that reads
// like a run is named below.
import { describe, expect, it } from "vitest";
import { outputFiles } from "../../../src/lib/data-step/publish/outputs.ts";
import { realFiles, realOutputs } from "../../fixtures/real-outputs.ts";
import { runs, sourceRuns, sourcesPresent, words } from "../../fixtures/own-words.ts";

const RUN = 8;
const PROSE = new Set(["remark", "derivation", "what", "reading", "says", "criteriaInOurWords", "summary", "how", "note", "title", "caption"]);
// The statutory statuses in their usual order of concern: names, not prose.
const TERMS = ["child protection plan child in need early help"];

/** [where, run] for each prose string in a parsed JSON value that shares a run with the sources. */
function copied(value: unknown, where: string, source: Set<string>): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => copied(v, `${where}[${i}]`, source));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === "string" && PROSE.has(k)
      ? runs(words(v), RUN)
          .filter((r) => source.has(r) && !TERMS.includes(r))
          .map((r) => `${where}.${k}: ${r}`)
      : copied(v, `${where}.${k}`, source),
  );
}

describe.skipIf(!sourcesPresent())("published prose", () => {
  const source = sourceRuns(RUN);
  const files = [...outputFiles(realOutputs(), realFiles())].filter(([path]) => path.endsWith(".json"));

  it("shares no run of eight words with the source documents", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(([path, text]) => copied(JSON.parse(text), path, source))).toEqual([]);
  });

  it("can detect a copied sentence in a published field (the check itself works)", () => {
    const planted = { remark: "the conclusions say the programmes prevented 118 children from being placed in care" };
    expect(copied([planted], "figures.json", source)).toEqual(["figures.json[0].remark: prevented 118 children from being placed in care"]);
  });
});

// data/vocabulary.csv against every input: unknown values and unused entries
// stop the data step, naming the file, line and rule.
import { describe, expect, it } from "vitest";
import { runPipeline, type SourceFiles } from "../../../src/lib/data-step/pipeline.ts";
import { formatProblem } from "../../../src/lib/errors.ts";
import { parseVocabulary } from "../../../src/lib/figures/terms.ts";
import { realFiles } from "../../fixtures/real-outputs.ts";

const real: SourceFiles = realFiles();
const damage = (file: string, from: string | RegExp, to: string): SourceFiles => {
  const after = real[file]!.replace(from, to);
  if (after === real[file]) throw new Error(`damage to ${file} changed nothing`);
  return { ...real, [file]: after };
};
const messages = (files: SourceFiles) => runPipeline(files).problems.map(formatProblem);

describe("the vocabulary as data", () => {
  it("passes on the real data: every entry used, every value known", () => {
    expect(messages(real)).toEqual([]);
  });

  it("fails an input value that is not in the vocabulary, naming file, line and column", () => {
    const files = damage("data/chart-fractions.csv", ",Top 5%,", ",Top 6%,");
    expect(messages(files)).toContainEqual(expect.stringMatching(/^data\/chart-fractions\.csv, line \d+, column "category": \[unknown-value\].*"Top 6%"/));
  });

  it("fails an entry that no input uses", () => {
    const files = damage("data/vocabulary.csv", /\n$/, "\nreferral-sources,Carrier pigeon,Carrier pigeon,,,part,,evaluation\n");
    expect(messages(files)).toContainEqual(expect.stringMatching(/^data\/vocabulary\.csv, line \d+, column "value": \[unused-entry\].*"Carrier pigeon"/));
  });

  it("fails a grouping that is not declared", () => {
    const files = damage("data/vocabulary.csv", "part,at-home,evaluation", "part,at-homme,evaluation");
    expect(messages(files)).toContainEqual(expect.stringMatching(/\[unknown-grouping\].*"at-homme"/));
  });

  it("leaves the tracker standard's codes out of the unused check", () => {
    const std = parseVocabulary(real["data/vocabulary.csv"]!).terms.filter((t) => t.scope === "standard");
    expect(std.map((t) => t.value)).toContain("female");
  });
});

describe("term and grouping", () => {
  const { term, grouping } = parseVocabulary(real["data/vocabulary.csv"]!);
  it("give labels, phrases and the members of our groupings", () => {
    expect(term("group", "women")).toMatchObject({ label: "Women", phrase: "women in the evaluation sample" });
    expect(grouping("child-outcomes", "at-home").sort()).toEqual(["Child Protection Plan", "Child in Need", "Early Help", "Universal"]);
    expect(grouping("deprivation", "most-deprived-tenth").sort()).toEqual(["Top 10%", "Top 3%", "Top 5%"]);
  });

  it("fall back to the value (or a bundle's own label) for a value the vocabulary does not hold", () => {
    expect(term("referral-sources", "carrier_pigeon", "Carrier pigeon")).toMatchObject({ label: "Carrier pigeon", phrase: "carrier pigeon", kind: "part" });
  });
});

// A figure printed out of another figure's count ("2 of the 15 Pathway A
// parents") must carry that count as its base; a different one stops the build
// at the figure's row. Declared per dataset in src/lib/datasets.ts.
import { describe, expect, it } from "vitest";
import { baseProblems } from "../../../src/lib/data-step/derive/checks/bases.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { runPipeline } from "../../../src/lib/data-step/pipeline.ts";
import { formatProblem } from "../../../src/lib/errors.ts";
import { figures } from "../../fixtures/helpers.ts";
import { realFiles } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const located = [
  ...figures("costs", [
    "Pathway A parents,pathway A,,Estimated,count,2,15,,,Costs,Summary,",
    "Pathway A parents,pathway A,,Damaged,count,2,16,,,Costs,Summary,",
  ]),
  ...figures("headline", ["Pathway A parents,referrals,,Referred on Pathway A,count,15,,,,Referrals,Referrals,"]),
];
const set = publishedSet(
  located.map((l) => l.figure),
  "Test",
  realVocabulary(),
);
const byId = new Map(located.map((l) => [l.figure.id, l]));
const of = { dataset: "headline", category: "Referred on Pathway A", measure: "count" };

describe("baseProblems", () => {
  it("passes a base that is the count it is out of", () => {
    expect(baseProblems("costs", [{ figure: { category: "Estimated" }, of }], set, byId)).toEqual([]);
  });
  it("names the file, line, column and rule of a base that is not", () => {
    expect(baseProblems("costs", [{ figure: { category: "Damaged" }, of }], set, byId)).toEqual([
      {
        file: "data/costs.csv",
        line: 3,
        column: "base",
        level: "FAIL",
        id: "base-of",
        message: "the base must be 15, the count it is out of (headline.referrals.referred-on-pathway-a.pathway-a-parents.count)",
        value: "16",
      },
    ]);
  });
  it("refuses a selection that matches no figure, naming where it is declared", () => {
    expect(baseProblems("costs", [{ figure: { category: "Nothing" }, of }], set, byId)).toMatchObject([{ file: "src/lib/datasets.ts", id: "unknown-figure" }]);
  });
});

describe("the Pathway A estimate in the real data", () => {
  it("stops the build when its base is not the 15 Pathway A referrals", () => {
    const files = realFiles();
    const damaged = files["data/costs.csv"]!.replace(
      "Estimated to face recurrent proceedings without intervention,count,2,15,",
      "Estimated to face recurrent proceedings without intervention,count,2,16,",
    );
    expect(damaged).not.toBe(files["data/costs.csv"]);
    const { outputs, problems } = runPipeline({ ...files, "data/costs.csv": damaged });
    expect(outputs).toBeUndefined();
    expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^data\/costs\.csv, line 25, column "base": \[base-of\] the base must be 15/));
  });
});

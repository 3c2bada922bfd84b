// The tables beside /wellbeing/'s charts. Table 6 as printed, beside the
// recommended reading: figures-wellbeing-reading.test.ts.
import { describe, expect, it } from "vitest";
import { wellbeingFlowTables } from "../../../src/lib/pages/wellbeing.ts";
import { realFlows } from "../../fixtures/real-outputs.ts";
import { flowLines } from "../../fixtures/flows.ts";

describe("wellbeingFlowTables", () => {
  const flows = flowLines(
    "housing status",
    `Not known → Homeless: 1
     Homeless → Homeless: 2
     Homeless → Not known: 1`,
  );

  it("puts the table's categories first and 'Not known' last, with totals and dashes for empty cells", () => {
    const { matrix, pairs } = wellbeingFlowTables(flows, "housing status", ["Homeless"]);
    expect(matrix.columns.map((c) => c.label).slice(1)).toEqual(["Homeless", "Not known", "All parents"]);
    expect(matrix.rows).toEqual([
      ["Homeless", "2", "1", "3"],
      ["Not known", "1", "–", "1"],
      ["All parents", "3", "1", "4"],
    ]);
    expect(pairs.rows).toHaveLength(flows.length);
  });

  it("adds each real diagram's boxes to what the ledger says", () => {
    const real = realFlows("wellbeing-flows");
    const total = (topic: string) => wellbeingFlowTables(real, topic, []).matrix.rows.at(-1)!.at(-1);
    // The medication boxes account for 61 of the 65 parents (ledger: medication-flow).
    expect(total("medication for emotional problems")).toBe("61");
    expect(total("housing status")).toBe("65");
  });
});

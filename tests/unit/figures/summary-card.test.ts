// The summary's small charts as figure models. The cards on the real data:
// summary.test.ts.
import { describe, expect, it } from "vitest";
import { costCard, summaryCardFigure } from "../../../src/lib/figures/summary-card.ts";

describe("summaryCardFigure", () => {
  // Made-up counts and sums, in the shape of the report's 118 children and the at-home 84.
  const card = costCard({ count: 10, base: 20, once: 300_000 }, { count: 5, base: 20, once: 150_000 }, 30_000);

  it("words the cost card from the counts and sums it is given", () => {
    expect(card.title).toBe("Counted once, the report's sum is £300,000; for the 5 children with an at-home status it is £150,000");
    expect(card.table.rows).toEqual([
      ["The report's count: 10 of 20", "£300,000"],
      ["With an at-home status (our grouping): 5 of 20", "£150,000"],
    ]);
  });

  it("makes a summary chart whose text alternative is its summary, with no cautions or flags of its own", () => {
    const m = summaryCardFigure({ ...card, max: 400_000 });
    expect(m.chart).toEqual({ kind: "summary", rows: card.rows, max: 400_000 });
    expect([m.id, m.alt, m.summary]).toEqual(["cost-chart", card.summary, card.summary]);
    expect([m.cautions, m.notes]).toEqual([[], []]);
    expect(summaryCardFigure(card).chart).not.toHaveProperty("max");
  });
});

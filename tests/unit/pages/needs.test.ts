// Taking part on /needs/: expected numbers are the report's engagement
// section, not read back from this code.
import { describe, expect, it } from "vitest";
import { engagementText, engagementView, sampleTurnover } from "../../../src/lib/pages/needs.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";

const bg = realFigures("backgrounds");

describe("taking part", () => {
  it("reads engagement from the named figures: 35 of 37 women, 23 of 28 men, 13 of 65 closed early", () => {
    const s = engagementText(engagementView(bg));
    expect(s).toMatch(/^35 of 37 women and 23 of 28 men engaged with the service\. Cases closed early, before five years, for 13 of 65 parents/);
  });

  it("counts the sample parents who did not engage (1 woman and 4 men) and closed early (13)", () => {
    expect(sampleTurnover(bg)).toEqual({ notEngaged: 5, closedEarly: 13 });
  });

  it("lists engagement and the women's early-closure reasons, adding to the women closed early", () => {
    const v = engagementView(bg);
    const early = v.closedEarly("women")!.value;
    expect(v.reasons.rows.reduce((s, r) => s + Number(r[1]!.split(" ")[0]), 0)).toBe(early);
  });
});

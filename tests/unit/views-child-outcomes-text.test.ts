// Table 9 in words on /child-outcomes/: every part of the 148 is named, so the
// parts shown add up to the total, and "at home" is said to be this site's
// grouping of statuses, not a record of where children lived. Expected counts
// are Table 9's: 58 universal, 16 early help, 7 child in need, 3 child
// protection plan; 9 looked after, 21 adopted, 12 special guardianship;
// 14 miscarriage, abortion or death, 7 moved away; 1 unborn.
import { describe, expect, it } from "vitest";
import { allChildrenText, allChildrenView, meaningOf, type AllChildrenView } from "../../src/lib/views/child-outcomes.ts";
import { realFigures } from "./real-outputs.ts";

const v = allChildrenView(realFigures("child-outcomes"));

describe("allChildrenText", () => {
  const t = allChildrenText(v);

  it("lists all four groups, adding to 148, including the unborn child", () => {
    expect(t.parts.map((p) => [p.place, p.count])).toEqual([
      ["At-home status", 84],
      ["Not with parents", 42],
      ["Not a service outcome", 21],
      ["Not yet born", 1],
    ]);
    expect(t.summary).toMatch(/84 of 148 .*42 were .*21 pregnancies .*1 child was not yet born\.$/);
  });

  it("says the at-home group is the site's grouping of recorded statuses, not a recorded fact", () => {
    expect(t.title).toBe("When their cases closed, 84 of the 148 children born to the families had a status for a child living at home");
    expect(t.summary).toContain("(Child Protection Plan, Child in Need, Early Help or universal services)");
    expect(t.summary).toContain("this grouping is the site's reading of Table 9");
    expect(`${t.title} ${t.summary}`).not.toMatch(/known to be living/);
    expect(meaningOf("Universal").text).toMatch(/grouped here as a status for a child living at home/);
  });

  it("stops the build when the groups do not add up to the total", () => {
    const broken: AllChildrenView = { ...v, byPlace: v.byPlace.slice(0, 3) };
    expect(() => allChildrenText(broken)).toThrow(/add to 147, not 148/);
  });

  it("reads the 17 children born later from Table 9, for the caution", () => {
    expect(v.additional).toBe(17);
  });
});

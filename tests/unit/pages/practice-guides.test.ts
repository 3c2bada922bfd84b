// The practice-guide index from the real data: every guide once by council,
// theme groups that match the guides' own themes, and the recurrent-care set.
import { describe, expect, it } from "vitest";
import { byCouncil, byTheme, guideAnchor, NO_COUNCIL, recurrentCareGuides, themeLabel } from "../../../src/lib/pages/practice-guides.ts";
import { realOutputs } from "../../fixtures/real-outputs.ts";

const guides = realOutputs().guides;

describe("practice guides view", () => {
  it("lists every guide exactly once under its council, unnamed councils last", () => {
    const groups = byCouncil(guides);
    expect(groups.flatMap((g) => g.guides)).toHaveLength(guides.length);
    expect(new Set(groups.flatMap((g) => g.guides.map(guideAnchor))).size).toBe(guides.length);
    expect(groups.at(-1)?.council).toBe(NO_COUNCIL);
    expect(groups.find((g) => g.council === "Wirral")?.guides).toHaveLength(2);
  });
  it("groups by theme exactly the guides that carry it", () => {
    const themes = byTheme(guides);
    // Every guide has a theme, so the groups between them hold all 19 guides (counted by hand in pipeline.test.ts).
    expect(new Set(themes.flatMap((t) => t.guides)).size).toBe(19);
    for (const t of themes) {
      expect(t.guides.length).toBeGreaterThan(0);
      for (const g of guides) expect(t.guides.includes(g)).toBe(g.themes.includes(t.theme));
    }
  });
  it("puts Warrington's Restore first among the guides closest to recurrent care", () => {
    const list = recurrentCareGuides(guides);
    expect(list[0]?.title).toBe("Restore");
    expect(list.every((g) => g.recurrentCare)).toBe(true);
    // Lancashire's Pause and Reflect is a fostering arrangement, not work with parents.
    expect(list.some((g) => g.council === "Lancashire")).toBe(false);
  });
  it("refuses a theme outside the fixed list", () => {
    expect(() => themeLabel("cooking")).toThrow();
  });
});

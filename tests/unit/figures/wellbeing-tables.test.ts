import { describe, expect, it } from "vitest";
import {
  beforeAfterTable,
  changeText,
  direction,
  listWords,
  pairedBars,
  partnerAbuseView,
  table6Changes,
  timedCell,
} from "../../../src/lib/figures/wellbeing-tables.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { figures } from "../../fixtures/helpers.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const S = "Detailed Findings";
const A = "all parents";
// A fixture in the shape of Table 6: alcohol at both times, probation with its
// percentage printed only in the summary, and a women's row that must be ignored.
const t6 = figures("wellbeing", [
  `${A},alcohol,at referral,Problem with alcohol,count,23,59,,,Table 6,${S},`,
  `${A},alcohol,at referral,Problem with alcohol,percent,39,59,,,Table 6,${S},`,
  `${A},alcohol,after three years,Problem with alcohol,count,7,51,,,Table 6,${S},`,
  `${A},alcohol,after three years,Problem with alcohol,percent,14,51,,,Table 6,${S},`,
  `women,alcohol,at referral,Problem with alcohol,count,13,35,,,Text,${S},`,
  `${A},probation,at referral,On probation,count,6,40,,,Table 6,${S},`,
  `${A},probation,at referral,On probation,percent,15,40,,,Summary,${S},`,
  `${A},probation,at referral,On probation,percent,9,,,executive-summary,Summary,${S},`,
  `${A},probation,after three years,On probation,count,0,53,,,Table 6,${S},`,
  `${A},probation,after three years,On probation,percent,0,53,,,Table 6,${S},`,
]).map((l) => l.figure);

describe("Table 6 before and after", () => {
  const list = table6Changes(publishedSet(t6, "Salford", realVocabulary()), ["alcohol", "probation"]);

  it("pairs each measure's two times, each with its own base", () => {
    expect(list.map((c) => [c.topic, c.before.base, c.after.base])).toEqual([
      ["alcohol", 59, 51],
      ["probation", 40, 53],
    ]);
  });

  it("words the change with n at both ends", () => {
    expect(changeText(list[0]!)).toBe("39% (23 of 59) at referral → 14% (7 of 51) after three years");
  });

  it("takes probation's blank Table 6 percentage from the summary, says so, and ignores the other variant", () => {
    expect(list[1]!.before.percent).toBe(15);
    expect(timedCell(list[1]!.before)).toBe("15% (6 of 40), from the report's summary (blank in Table 6)");
    expect(timedCell(list[0]!.before)).toBe("39% (23 of 59)");
  });

  it("labels both bars of a pair with their time in words", () => {
    const bars = pairedBars(list.slice(0, 1));
    expect(bars.map((b) => `${b.series}: ${b.label}`)).toEqual(["At referral: 39% (23 of 59)", "After 3 years: 14% (7 of 51)"]);
  });

  it("sorts measures into fell, steady and rose by printed points", () => {
    const d = direction(list);
    expect(d.fell.map((c) => c.topic)).toEqual(["alcohol", "probation"]);
    expect(d.steady).toEqual([]);
  });

  it("builds a table row per measure", () => {
    const t = beforeAfterTable(list, "c", (c) => c.topic, "Status");
    expect(t.columns[0]!.label).toBe("Status");
    expect(t.rows[0]).toEqual(["alcohol", "39% (23 of 59)", "14% (7 of 51)"]);
  });
});

describe("listWords", () => {
  it("joins with commas and a final 'and'", () => {
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("the real Table 6 and Table 4", () => {
  const wb = realFigures("wellbeing");
  const list = table6Changes(publishedSet(wb, "Salford", realVocabulary()), ["alcohol", "drugs", "medication for emotional problems", "probation"]);

  it("finds every single measure at both times", () => {
    expect(list.map((c) => c.topic)).toEqual(["alcohol", "drugs", "medication for emotional problems", "probation"]);
  });

  it("backs the page title: alcohol and drugs fell, medication barely moved", () => {
    const d = direction(list);
    expect(d.fell.map((c) => c.topic)).toEqual(expect.arrayContaining(["alcohol", "drugs"]));
    expect(d.steady.map((c) => c.topic)).toEqual(["medication for emotional problems"]);
  });

  it("shows partner abuse at all three times for women, men and all parents, with intervals for small bases", () => {
    const v = partnerAbuseView(publishedSet(realFigures("partner-abuse"), "Salford", realVocabulary()));
    expect(v.table.rows.map((r) => r[0])).toEqual(["At referral", "After 3 years", "At case closure"]);
    expect(v.bars).toHaveLength(9);
    const closure = v.bars.filter((b) => b.category === "At case closure");
    expect(closure).toHaveLength(3);
    expect(closure.every((b) => b.interval !== undefined)).toBe(true);
    expect(v.find("at referral", "all parents")!.base).toBe(56);
  });
});

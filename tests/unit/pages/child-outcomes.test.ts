import { describe, expect, it } from "vitest";
import { childOutcomesFacts, earlyAndFinalTable, table9Facts } from "../../../src/lib/pages/child-outcomes.ts";
import { figures } from "../../fixtures/helpers.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const S = "Detailed Findings";
const G = "children in the evaluation sample";
// A small fixture in the shape of Tables 7 and 8: 5 children.
const tables = figures("child-outcomes", [
  `${G},child status,within three months of birth,Looked after child,count,2,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Looked after child,percent,40,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Child Protection Plan,count,3,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Child Protection Plan,percent,60,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Total,count,5,,,,Table 7,${S},`,
  `${G},child status,final known status,Looked after child,count,1,5,,,Table 8,${S},`,
  `${G},child status,final known status,Looked after child,percent,20,5,,,Table 8,${S},`,
  `${G},child status,final known status,Universal Services,count,4,5,,,Table 8,${S},`,
  `${G},child status,final known status,Universal Services,percent,80,5,,,Table 8,${S},`,
  `${G},child status,final known status,Total,count,5,,,,Table 8,${S},`,
]).map((l) => l.figure);

describe("earlyAndFinalTable", () => {
  it("puts Tables 7 and 8 side by side and says when a status does not apply", () => {
    const t = earlyAndFinalTable(publishedSet(tables, "Salford", realVocabulary()));
    expect(t.rows).toEqual([
      ["Looked after child", "40% (2 of 5); 95% interval 12% to 77%", "20% (1 of 5); 95% interval 4% to 62%"],
      ["Child Protection Plan", "60% (3 of 5); 95% interval 23% to 88%", "Not a status at this point"],
      ["Universal Services", "Not a status at this point", "80% (4 of 5); 95% interval 38% to 96%"],
    ]);
  });
});

describe("the cost section's counts of children", () => {
  it("gives the 118 of 148 who 'avoided care', and the sample's 32 of 38 who stayed (38 less 6 looked after), as data/costs.csv prints them", () => {
    const f = childOutcomesFacts(publishedSet(realFigures("costs"), "Salford", realVocabulary()));
    expect([f.avoided.value, f.avoided.base, f.stayed.value, f.born.value, f.lookedAfter.value]).toEqual([118, 148, 32, 38, 6]);
  });
});

describe("table9Facts", () => {
  it("counts the 84 of Table 9's 148 children in our at-home grouping: 13 + 10 + 11 + 50 as printed", () => {
    const { atHome, meanings } = table9Facts(publishedSet(realFigures("child-outcomes"), "Salford", realVocabulary()));
    expect(atHome).toBe(84);
    expect(meanings.length).toBeGreaterThan(0);
  });
});

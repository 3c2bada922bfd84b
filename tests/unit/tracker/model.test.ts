// The disclosure model: shared cells must agree, sums are checked as they are
// declared, and the parents' tables are linked through the same group totals.
import { describe, expect, it } from "vitest";
import { COST, Model } from "../../../src/lib/tracker/model.ts";
import { model } from "../../../src/lib/tracker/import.ts";
import type { Tallies } from "../../../src/lib/tracker/aggregate.ts";
import { TOPICS } from "../../../src/lib/tracker/standard.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const tallies = (): Tallies => ({
  ages: new Map([
    ["female|20-24", 3],
    ["female|unknown", 1],
    ["male|40-or-over", 2],
    ["unknown|25-29", 1],
  ]),
  sources: new Map([
    ["female|midwifery", 4],
    ["male|self", 2],
    ["unknown|other", 1],
  ]),
  imd: new Map([
    ["1", 5],
    ["unknown", 2],
  ]),
  // Every parent has a slot per topic; here nobody's circumstances are known.
  wellbeing: new Map(TOPICS.map((t) => [`${t.value}|none|none`, 7])),
  children: new Map([
    ["yes|cpp|universal", 2],
    ["no|cin|open", 1],
  ]),
  gld: new Map([
    ["yes", 1],
    ["not_assessed", 2],
  ]),
});

describe("the disclosure model", () => {
  it("refuses a shared cell given two different counts, and a sum that does not add up", () => {
    const m = new Model();
    m.cell("a", 2);
    expect(() => m.cell("a", 3)).toThrow(/two counts/);
    m.cell("b", 1);
    m.cell("t", 4);
    expect(() => m.sum("t", ["a", "b"])).toThrow(/not the sum/);
  });

  it("links ages, sources and deprivation through the same group totals, with unknowns unpublished", () => {
    const m = model(tallies(), realVocabulary());
    const cell = (id: string) => m.cells.get(id);
    // A headline base: hiding it costs the reader most (Cell.cost).
    expect(cell("parents.all")).toEqual({ id: "parents.all", value: 7, published: true, cost: COST.headline });
    expect(cell("parents.unknown")?.published).toBe(false);
    // How many women's age is not recorded may be worked out: a fact about recording (guard: false).
    expect(cell("age.female.unknown")).toEqual({ id: "age.female.unknown", value: 1, published: false, guard: false });
    expect(cell("age.all.known")?.value).toBe(6);
    const totals = (id: string) => m.relations.filter((r) => r.total === id).map((r) => [...r.parts].sort());
    expect(totals("parents.female")).toContainEqual(["age.female.known", "age.female.unknown"]);
    expect(totals("parents.female")).toContainEqual(expect.arrayContaining(["source.female.midwifery", "source.female.self"]));
    expect(totals("parents.all")).toContainEqual(["imd.known", "imd.unknown"]);
    expect(totals("parents.all")).toContainEqual(["parents.female", "parents.male", "parents.unknown"]);
    expect(totals("child.all.universal")).toContainEqual(expect.arrayContaining(["flow.cpp.universal", "flow.cin.universal"]));
    expect(cell("child.all.closed")?.value).toBe(2);
    // One child assessed: every child assessed had the same result, so the others (those who did not reach the level,
    // 0) become a guarded cell, and disclosure control hides what it must for no one to prove it is 0.
    expect(cell("gld.assessed")).toMatchObject({ value: 1, published: true });
    expect(cell("gld.yes.others")).toEqual({ id: "gld.yes.others", value: 0, published: false, guard: "always" });
    expect(totals("gld.yes.others")).toEqual([["gld.no"]]);
  });
});

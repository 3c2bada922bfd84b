// Every builder's whole model, case by case (tests/fixtures/figure-cases.ts),
// against a snapshot file of its own: a change to any title, row, table, caution
// or note shows as a diff to review. Update with `-u` once the diff is right.
// The facts a title states are pinned, with the reason, in <name>.test.ts beside this file.
import { describe, expect, test } from "vitest";
import { figureCases } from "../../fixtures/figure-cases.ts";

const cases = figureCases();

describe("figure models", () => {
  test("each case has a name of its own", () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    await expect(`${JSON.stringify(c.build(), null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/figures/${name}.json`);
  });
});

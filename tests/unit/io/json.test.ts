// The one JSON writer (src/lib/io/json.ts): the published layout, and stableJson's sorted keys.
import { describe, expect, it } from "vitest";
import { jsonFile, stableJson } from "../../../src/lib/io/json.ts";

describe("the JSON writer", () => {
  it("writes one-space indents and a final newline, keys in the value's order", () => {
    expect(jsonFile({ b: 1, a: [true, null] })).toBe('{\n "b": 1,\n "a": [\n  true,\n  null\n ]\n}\n');
    expect(jsonFile([])).toBe("[]\n");
  });

  it("stableJson sorts keys at every level, inside arrays too, and keeps arrays in order", () => {
    const a = stableJson({ z: { y: 1, x: [{ b: 2, a: 1 }] }, a: "s" });
    expect(a).toBe(jsonFile({ a: "s", z: { x: [{ a: 1, b: 2 }], y: 1 } }));
    expect(stableJson({ x: [3, 1, 2] })).toBe(jsonFile({ x: [3, 1, 2] }));
  });

  it("stableJson gives equal bytes for equal content built in any order", () => {
    expect(stableJson({ a: 1, b: { c: null, d: "e" } })).toBe(stableJson({ b: { d: "e", c: null }, a: 1 }));
  });
});

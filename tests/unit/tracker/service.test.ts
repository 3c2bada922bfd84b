// service.json: every problem at once, in the import's words (the field, what
// it must be, the fix), never a zod message; the field table, the zod schema,
// the JSON Schema and the blank template describe the same fields.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { formatTrackerProblem } from "../../../src/lib/tracker/problems.ts";
import { parseServiceText, serviceFileSchema, serviceProblems } from "../../../src/lib/tracker/service.ts";
import { childFields, SERVICE_FIELDS, serviceSchema, serviceTemplate } from "../../../src/lib/tracker/service-fields.ts";
import { cleanup, sampleExport, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { exampleExport } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

// Words zod would use; none may reach an analyst.
const ZOD_WORDS = /Invalid input|Unrecognized key|expected (object|string|number|boolean)|received|Too small|Too big/i;

async function importWith(serviceText: string) {
  const dir = writeExport(sampleExport(25, 3));
  dirs.push(dir);
  writeFileSync(join(dir, "service.json"), serviceText);
  return importExport(dir, { slug: "svc", today: TODAY, vocabulary: realVocabulary() });
}

describe("service.json problems", () => {
  it("are all reported in one run, each with its field and a fix, in the import's words", async () => {
    const bad = { name: "North Town", period: "2019-04 to 2025-03", threshold: 5, disclosure: { k: 2, round: 5 }, standard: 1 };
    const r = await importWith(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    const service = r.problems.filter((p) => p.file === "service.json");
    expect(service.every((p) => p.id === "TR-SERVICE-JSON" && p.level === "FAIL")).toBe(true);
    expect(service.map((p) => p.column).sort()).toEqual(["disclosure.k", "disclosure.round", "period", "standard", "threshold"]);
    const by = Object.fromEntries(service.map((p) => [p.column ?? "", p] as const));
    expect(by.period!.message).toContain("it must be an object with a from month and a to month");
    expect(by.period!.fix).toBe('write it like this example: { "from": "2019-04", "to": "2025-03" }, or remove the field to use the default');
    expect(by["disclosure.k"]!.message).toContain("it must be a whole number, 3 or more");
    expect(by.standard!.message).toContain('it must be "1", in quotes');
    const lines = service.map(formatTrackerProblem).join("\n");
    expect(lines).toContain('FAIL TR-SERVICE-JSON: service.json, field "period": ');
    expect(lines).not.toMatch(ZOD_WORDS);
  });

  it("an unknown key is named, with the fields allowed where it sits", () => {
    const found = serviceProblems({ name: "X", threshold: 5, disclosure: { k: 5, round: 5 } });
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        {
          field: "threshold",
          detail: '"threshold" is not a field of service.json',
          fix: "remove it, or use one of the fields the standard allows here: name, council, period, disclosure, synthetic, standard",
        },
        {
          field: "disclosure.round",
          detail: '"round" is not a field of "disclosure"',
          fix: "remove it, or use one of the fields the standard allows here: k, rounding",
        },
      ]),
    );
  });

  it("an unknown key inside period is named too (the JSON Schema forbids it as well)", () => {
    expect(serviceProblems({ name: "X", period: { from: "2019-04", to: "2025-03", until: "2025-03" } })).toEqual([
      { field: "period.until", detail: '"until" is not a field of "period"', fix: "remove it, or use one of the fields the standard allows here: from, to" },
    ]);
  });

  it("a missing name, a blank council, months the wrong way round and a misspelt boolean", () => {
    const found = serviceProblems({ council: "", period: { from: "2025-04", to: "2019-01" }, synthetic: "yes" });
    expect(found.map((p) => [p.field, p.detail])).toEqual([
      ["name", "the field is missing; it must be text of 1 to 120 characters in quotes"],
      ["council", "it must be text of 1 to 120 characters in quotes"],
      ["period", "period.from is after period.to"],
      ["synthetic", "it must be true or false, without quotes; leave it out for a real service"],
    ]);
    expect(JSON.stringify(found)).not.toMatch(ZOD_WORDS);
  });

  it("a file that is not JSON gets the line, and none of the file's text", async () => {
    const text = '{\n  "name": "North Town",\n  "council": "Secret Council"\n  "standard": "1"\n}\n';
    const r = await importWith(text);
    const p = r.problems.find((q) => q.file === "service.json")!;
    expect(p).toMatchObject({ id: "TR-SERVICE-JSON", column: null, rows: [4] });
    expect(p.message).toContain("not valid JSON: look near line 4");
    expect(formatTrackerProblem(p)).toMatch(/^FAIL TR-SERVICE-JSON: service\.json, line 4: /);
    expect(formatTrackerProblem(p)).not.toContain("Secret");
  });

  it("a byte-order mark (Notepad's UTF-8) is fine", () => {
    expect(parseServiceText('\uFEFF{"name": "X"}')).toEqual({ raw: { name: "X" } });
  });

  it("a file that is not one object says so", () => {
    expect(serviceProblems([{ name: "X" }])).toEqual([
      { field: null, detail: "the file must hold one JSON object, in braces { }", fix: "start from the blank template on the standard page" },
    ]);
  });
});

describe("service.json's description", () => {
  it("the field table names exactly the fields the zod schema reads", () => {
    const shape = serviceFileSchema.shape;
    expect(childFields("")).toEqual(Object.keys(shape));
    expect(childFields("period")).toEqual(["from", "to"]);
    expect(childFields("disclosure")).toEqual(["k", "rounding"]);
    expect(SERVICE_FIELDS.every((f) => f.meaning && f.type && f.rule)).toBe(true);
  });

  it("the JSON Schema has the same fields, and the blank template has every field but synthetic", () => {
    const schema = serviceSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties)).toEqual(childFields(""));
    expect(Object.keys(schema.properties.period!.properties!)).toEqual(childFields("period"));
    const template = JSON.parse(serviceTemplate()) as Record<string, unknown>;
    expect(Object.keys(template)).toEqual(childFields("").filter((f) => f !== "synthetic"));
    expect(serviceTemplate()).not.toContain("synthetic");
  });

  it("the template, filled in, passes; an example's service.json passes and says it is synthetic", () => {
    const filled = {
      ...(JSON.parse(serviceTemplate()) as Record<string, unknown>),
      name: "North Town Family Futures",
      council: "North Town Borough Council",
      period: { from: "2019-04", to: "2025-03" },
    };
    expect(serviceProblems(filled)).toEqual([]);
    const example = JSON.parse(readFileSync(join(exampleExport("brackenford"), "service.json"), "utf8")) as { synthetic?: unknown };
    expect(serviceProblems(example)).toEqual([]);
    expect(example.synthetic).toBe(true);
  });
});

// The site's published records have one contract (src/lib/contract/site.ts and
// ledger.ts): every file the data step writes parses back to the same records,
// and a field the contract does not name is refused, not dropped, so a
// writer cannot add a field the pages silently never see.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkResultSchema, figureSchema, flowSchema, guideSchema, serviceSchema } from "../../../src/lib/contract/site.ts";
import { publishedLedgerEntrySchema } from "../../../src/lib/contract/ledger.ts";
import { outputFiles } from "../../../src/lib/data-step/publish/outputs.ts";
import { realFiles, realOutputs } from "../../fixtures/real-outputs.ts";

const files = outputFiles(realOutputs(), realFiles());
const CASES: [string, z.ZodType][] = [
  ["figures.json", figureSchema],
  ["child-status-flows.json", flowSchema],
  ["services.json", serviceSchema],
  ["practice-guides.json", guideSchema],
  ["checks.json", checkResultSchema],
  ["ledger.json", publishedLedgerEntrySchema],
];

describe("the site contract", () => {
  it.each(CASES)("%s parses back to the same records, every field kept", (file, schema) => {
    const raw = JSON.parse(files.get(file)!) as unknown[];
    expect(raw.length).toBeGreaterThan(0);
    const parsed = z.array(schema).safeParse(raw);
    expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    expect(parsed.data).toEqual(raw);
  });

  it.each(CASES)("%s: a field the contract does not name is refused, naming where it is", (file, schema) => {
    const raw = JSON.parse(files.get(file)!) as Record<string, unknown>[];
    raw[0]!["licence"] = "made up";
    const result = z.array(schema).safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["licence"], path: [0] });
  });
});

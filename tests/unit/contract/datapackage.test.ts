// The site's data package has one schema (src/lib/contract/datapackage.ts) for
// its writer, the archive step and the /data/ catalogue: what the data step
// writes must parse, parse back to the same bytes, and a property the schema
// does not know must stop the build rather than be dropped.
import { beforeAll, describe, expect, it } from "vitest";
import { dataPackageSchema, type DataPackage } from "../../../src/lib/contract/datapackage.ts";
import { runPipeline } from "../../../src/lib/data-step/pipeline.ts";
import { outputFiles } from "../../../src/lib/data-step/publish/outputs.ts";
import { realFiles } from "../../fixtures/real-outputs.ts";

let text: string;
beforeAll(() => {
  const sources = realFiles();
  const { outputs } = runPipeline(sources);
  text = outputFiles(outputs!, sources).get("datapackage.json")!;
});

describe("the data package contract", () => {
  it("parses what the data step writes, and gives back the same JSON, key for key and in order", () => {
    const raw = JSON.parse(text) as unknown;
    const parsed = dataPackageSchema.parse(raw);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(raw));
    expect(parsed.resources.filter((r) => r.type === "table").length).toBeGreaterThan(10);
  });

  it("refuses a resource with a property the contract does not name, naming where it is", () => {
    const pkg = JSON.parse(text) as DataPackage & { resources: Record<string, unknown>[] };
    pkg.resources[2]!["licence"] = "made up";
    const result = dataPackageSchema.safeParse(pkg);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["licence"], path: ["resources", 2] });
  });

  it("refuses a hash that is not a SHA-256 in v2's algorithm:hex form", () => {
    const pkg = JSON.parse(text) as DataPackage;
    pkg.resources[0]!.hash = pkg.resources[0]!.hash.replace("sha256:", "");
    expect(dataPackageSchema.safeParse(pkg).success).toBe(false);
  });
});

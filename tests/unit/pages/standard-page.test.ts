// /standard/: the page's rows come from the standard, whole and in order, and
// the downloads are the committed Table Schemas and templates, byte for byte.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIContext } from "astro";
import { describe, expect, it } from "vitest";
import { GET, getStaticPaths } from "../../../src/pages/standard/[file].ts";
import { CHECKS } from "../../../src/lib/tracker/checks.ts";
import { COLUMNS, FILES, TOPIC_VALUES, TOPICS } from "../../../src/lib/tracker/standard.ts";
import { tableSchema, templateCsv } from "../../../src/lib/tracker/table-schema.ts";
import { checkRows, columnRows, dfeMapping, fileSections, topicValueRows } from "../../../src/lib/pages/standard.ts";
import { standardDownloads, type StandardDownload } from "../../../src/lib/pages/standard-files.ts";
import { serviceTemplate, SERVICE_FIELDS } from "../../../src/lib/tracker/service-fields.ts";
import { serviceFieldRows, SERVICE_SCHEMA_HREF, SERVICE_TEMPLATE_HREF } from "../../../src/lib/pages/standard-service.ts";
import { unionAllSql, unpivotSql, wideExample } from "../../../src/lib/pages/standard-wide.ts";

const SCHEMAS = join(new URL("../../..", import.meta.url).pathname, "src/lib/tracker/schemas");
const fieldNames = (file: (typeof FILES)[number]) => (tableSchema(file).fields as { name: string }[]).map((f) => f.name);

describe("the column tables", () => {
  it.each([...FILES])("%s: every column of the standard, in its order, and only those", (file) => {
    expect(columnRows(file).map((r) => r.name)).toEqual(COLUMNS[file].map((d) => d.name));
    expect(columnRows(file).map((r) => r.name)).toEqual(fieldNames(file));
  });

  it("says required, optional, or required when another column is given", () => {
    const rows = Object.fromEntries(FILES.flatMap((f) => columnRows(f).map((r) => [`${f}:${r.name}`, r.required])));
    expect(rows["parents.csv:parent_id"]).toBe("Required");
    expect(rows["parents.csv:age_at_referral"]).toBe("Optional");
    expect(rows["parents.csv:imd_edition"]).toBe("Required when imd_decile is given; blank when it is blank");
    expect(rows["parents.csv:closure_reason"]).toBe("Required when closure_month is given; blank when it is blank");
    for (const file of FILES) {
      for (const def of COLUMNS[file]) {
        const text = rows[`${file}:${def.name}`];
        if (def.required === true) expect(text, def.name).toBe("Required");
        else if (def.required === false) expect(text, def.name).toBe("Optional");
        else expect(text, def.name).toContain(`Required when ${def.required} is given`);
      }
    }
  });

  it("lists every code with its label, and gives each whole-number column its range", () => {
    for (const file of FILES) {
      columnRows(file).forEach((row, i) => {
        const def = COLUMNS[file][i]!;
        if (row.byTopic) expect(row.codes).toEqual([]);
        else expect(row.codes).toEqual((def.codes ?? []).map(({ value, label }) => ({ value, label })));
        if (def.kind === "integer") expect(row.format).toBe(`A whole number from ${def.min} to ${def.max}`);
        if (def.kind === "month") expect(row.format).toContain("YYYY-MM");
      });
    }
  });

  it("gives circumstances.csv's values topic by topic, and together they are the column's codes", () => {
    const rows = topicValueRows();
    expect(rows.map((r) => r.topic)).toEqual(TOPICS.map((t) => t.value));
    for (const r of rows) expect(r.values.map((v) => v.value)).toEqual(TOPIC_VALUES[r.topic]!.map((v) => v.value));
    const all = new Set(rows.flatMap((r) => r.values.map((v) => v.value)));
    const column = COLUMNS["circumstances.csv"].find((d) => d.name === "value")!;
    expect([...all].sort()).toEqual(column.codes!.map((c) => c.value).sort());
    expect(
      columnRows("circumstances.csv")
        .filter((r) => r.byTopic)
        .map((r) => r.name),
    ).toEqual(["value"]);
  });

  it("names each file's key and its links to parents.csv", () => {
    const byFile = Object.fromEntries(fileSections().map((s) => [s.file, s]));
    expect(byFile["parents.csv"]!.key).toEqual(["parent_id"]);
    expect(byFile["circumstances.csv"]!.key).toEqual(["parent_id", "time", "topic"]);
    expect(byFile["children.csv"]!.links).toEqual([{ column: "family_id", file: "parents.csv", target: "family_id" }]);
    expect(byFile["circumstances.csv"]!.links).toEqual([{ column: "parent_id", file: "parents.csv", target: "parent_id" }]);
    expect(byFile["parents.csv"]!.links).toEqual([]);
  });
});

describe("the DfE mapping", () => {
  const { mapped, unmapped } = dfeMapping();
  const coded = FILES.flatMap((f) => COLUMNS[f].filter((d) => d.codes).map((d) => `${f}:${d.name}`));

  it("covers every coded column once, mapped or not", () => {
    expect([...mapped, ...unmapped].map((c) => `${c.file}:${c.name}`).sort()).toEqual(coded.sort());
    for (const c of unmapped)
      expect(
        c.rows.every((r) => r.dfe === null),
        c.name,
      ).toBe(true);
  });

  it("shows every code of a mapped column, each with the standard's own DfE code or none", () => {
    for (const c of mapped) {
      const def = COLUMNS[c.file].find((d) => d.name === c.name)!;
      expect(c.rows).toEqual(def.codes!.map((x) => ({ value: x.value, label: x.label, dfe: x.dfe ?? null })));
      expect(c.rows.some((r) => r.dfe !== null)).toBe(true);
    }
  });

  it("names the return every DfE code comes from", () => {
    for (const r of mapped.flatMap((c) => c.rows)) if (r.dfe) expect(r.dfe).toMatch(/CIN census|SSDA903/);
  });
});

describe("the checks table", () => {
  it("lists every check the import runs, in its order, each fail or advisory", () => {
    expect(checkRows().map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    for (const c of checkRows()) expect(c.levelText).toMatch(c.level === "FAIL" ? /^Fail/ : /^Advisory/);
    const rows = Object.fromEntries(checkRows().map((c) => [c.id, c]));
    expect(rows["TR-FILE-MISSING"]!.rule).toBe("The file is missing from the export folder");
    expect(rows["TR-FILE-NO-ROWS"]!.rule.startsWith("parents.csv")).toBe(true);
    expect(rows["TR-DATE-ORDER"]!.rule.startsWith("closure_month")).toBe(true);
  });
});

describe("the downloads at /standard/", () => {
  const paths = getStaticPaths();

  it("are the three Table Schemas and templates, and service.json's, under the names the page links to", () => {
    const names = paths.map((p) => p.params.file).sort();
    expect(names).toEqual([...FILES.flatMap((f) => [f, f.replace(".csv", ".schema.json")]), "service.json", "service.schema.json"].sort());
    const linked = [...fileSections().flatMap((s) => [s.schemaHref, s.templateHref]), SERVICE_SCHEMA_HREF, SERVICE_TEMPLATE_HREF].sort();
    expect(linked).toEqual(names.map((n) => `/standard/${n}`).sort());
  });

  it("serve service.json as the blank template, which has no synthetic field", () => {
    const body = paths.find((p) => p.params.file === "service.json")!.props.body;
    expect(body).toBe(serviceTemplate());
    expect(body).not.toContain("synthetic");
  });

  it("serve the committed files byte for byte, with their media types", async () => {
    for (const { params, props } of paths) {
      const res = await GET({ props, params } as unknown as APIContext<StandardDownload>);
      const name = params.file;
      const committed = name.endsWith(".schema.json") ? name : name === "service.json" ? "service.template.json" : name.replace(".csv", ".template.csv");
      expect(await res.text(), name).toBe(readFileSync(join(SCHEMAS, committed), "utf8"));
      expect(res.headers.get("content-type"), name).toBe(name.endsWith(".json") ? "application/json; charset=utf-8" : "text/csv; charset=utf-8");
    }
  });

  it.each([...FILES])("%s: the template is one header row, equal to the schema's field names", (file) => {
    const body = paths.find((p) => p.params.file === file)!.props.body;
    expect(body).toBe(templateCsv(file));
    expect(body.endsWith("\n") && body.split("\n").length === 2).toBe(true);
    expect(body.trimEnd().split(",")).toEqual(fieldNames(file));
    const schema = JSON.parse(paths.find((p) => p.params.file === file.replace(".csv", ".schema.json"))!.props.body) as { fields: { name: string }[] };
    expect(body.trimEnd().split(",")).toEqual(schema.fields.map((f) => f.name));
  });

  it("mark only a file's single-column key unique: parents referred together share a family_id", () => {
    const unique = (file: (typeof FILES)[number]) =>
      (tableSchema(file).fields as { name: string; constraints: { unique?: boolean } }[]).filter((f) => f.constraints.unique).map((f) => f.name);
    expect(unique("parents.csv")).toEqual(["parent_id"]);
    expect(unique("children.csv")).toEqual(["child_id"]);
    expect(unique("circumstances.csv")).toEqual([]);
  });

  it("say once, in the description, when a column is required only with another", () => {
    for (const file of FILES) {
      for (const f of tableSchema(file).fields as { description: string }[]) expect(f.description.split("required when").length).toBeLessThanOrEqual(2);
    }
  });

  it("fails loudly when a committed file is missing", () => {
    expect(() => standardDownloads({})).toThrow(/schemas\/parents\.schema\.json is missing/);
  });
});

describe("service.json on the page", () => {
  it("describes every field: type, required or not, meaning and example", () => {
    const rows = serviceFieldRows();
    expect(rows.map((r) => r.name)).toEqual(SERVICE_FIELDS.map((f) => f.name));
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by.name!.required).toBe("Required");
    expect(by.council!.required).toBe("Optional");
    expect(by["period.from"]!.required).toBe("Required when period is given");
    expect(by.synthetic!.example).toBe("Leave it out");
    expect(by.synthetic!.meaning).toContain("Leave it out for a real service");
    for (const r of rows) expect(r.meaning.length * r.type.length * r.example.length, r.name).toBeGreaterThan(0);
  });
});

describe("from a wide tracker to circumstances.csv", () => {
  it("the SQL has one SELECT per topic, each leaving out empty cells, and UNPIVOT names every topic", () => {
    const sql = unionAllSql();
    expect(sql.split("\nUNION ALL\n")).toHaveLength(TOPICS.length);
    for (const t of TOPICS) expect(sql).toContain(`'${t.value}'`);
    expect(sql.match(/IS NOT NULL/g)).toHaveLength(TOPICS.length);
    expect(unpivotSql()).toContain(`IN (${TOPICS.map((t) => t.value).join(", ")})`);
  });

  it("the worked example's long table has one row per filled cell, with the standard's columns", () => {
    const { wide, long } = wideExample();
    expect(long[0]).toEqual(COLUMNS["circumstances.csv"].map((d) => d.name));
    const filled = wide
      .slice(1)
      .flatMap((r) => r.slice(1))
      .filter((c) => c !== "").length;
    expect(long.length - 1).toBe(filled);
    for (const [, , topic, value] of long.slice(1)) expect(TOPIC_VALUES[topic!]!.map((v) => v.value)).toContain(value);
  });
});

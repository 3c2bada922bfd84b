// A Frictionless Data Package describing every file the site serves under /data/:
// fields and units, source document, and the terms of reuse (no licence is
// claimed that the sources do not grant).
import { createHash } from "node:crypto";
import { DATASETS, type DatasetSpec } from "../../src/lib/datasets.ts";
import { DOCUMENTS } from "../../src/lib/documents.ts";
import { MEASURES, RELATION_COLUMNS } from "../../src/lib/schema.ts";
import { RULES } from "../../src/lib/checks/relations.ts";
import { FIGURE_CSV_COLUMNS, FLOW_CSV_COLUMNS, GUIDE_CSV_COLUMNS, SERVICE_CSV_COLUMNS } from "./tables.ts";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

type Field = { name: string; type: string; description: string; constraints?: Record<string, unknown> };

const FIELD_DOCS: Record<string, Omit<Field, "name">> = {
  id: { type: "string", description: "Stable figure identifier: dataset.topic.category.group.period.measure" },
  dataset: { type: "string", description: "Dataset the figure belongs to" },
  group: { type: "string", description: "Who the figure is about" },
  topic: { type: "string", description: "Sub-heading within the dataset" },
  period: { type: "string", description: "When (at referral, after three years, a year)" },
  category: { type: "string", description: "Row label as printed in the source" },
  measure: { type: "string", description: "Unit of value: percent means value 51 is 51%; gbp is pounds sterling; rate_per_10000 is per 10,000 children; rank is a position out of base (1 = first); fte is full-time equivalent posts; ratio is value in base (1 in 4)", constraints: { enum: [...MEASURES] } },
  value: { type: "number", description: "The figure as printed, in the unit given by measure" },
  base: { type: "integer", description: "The n the figure is out of, where there is one" },
  precision: { type: "number", description: "Rounding unit of the printed value (1 for whole numbers, 0.1 for one decimal place)" },
  variant: { type: "string", description: "Marks a restatement printed elsewhere in the source with a different value" },
  derived: { type: "boolean", description: "True when the figure is not a printed cell: a count recovered from chart fractions, this site's own grouping, or a value whose placement in its category was inferred (see derivation)" },
  derivation: { type: "string", description: "How a derived figure, a placement or a base was obtained; for flows, how a box was paired when the diagram did not fix it" },
  document: { type: "string", description: "Source document" },
  table: { type: "string", description: "Source table, chart data series or section" },
  section: { type: "string", description: "Section of the source document" },
  notes: { type: "string", description: "Space-separated ids of entries in ledger.json (disagreements in the source) that concern this figure" },
  remark: { type: "string", description: "Transcription remark" },
  from: { type: "string", description: "Status at the start" },
  to: { type: "string", description: "Status at the end" },
  localAuthority: { type: "string", description: "Local authority area" },
  region: { type: "string", description: "Region" },
  serviceType: { type: "string", description: "Type of service, as published" },
  serviceName: { type: "string", description: "Name of the service" },
  organisation: { type: "string", description: "Organisation delivering the service" },
  referralCriteria: { type: "string", description: "Referral criteria as published (may be cut off: see truncated)" },
  lengthOfOffer: { type: "string", description: "Length of the service offer" },
  evaluated: { type: "string", description: "Whether the service has been evaluated, as published" },
  links: { type: "string", description: "Link text as published" },
  contacts: { type: "string", description: "Contact email addresses, space separated" },
  truncated: { type: "string", description: "Columns whose published cell is cut off, space separated" },
  council: { type: "string", description: "Council that published the practice guide; empty when the summary names none" },
  title: { type: "string", description: "The guide's name or topic, short" },
  themes: { type: "string", description: "Themes from the site's fixed list, space separated" },
  summary: { type: "string", description: "One line on what the guide covers, in the site's words (not the source's)" },
  listedIn: { type: "string", description: "Which copy of the source summaries lists the guide: a, b or both", constraints: { enum: ["a", "b", "both"] } },
  recurrentCare: { type: "boolean", description: "True when the work is with parents at or near care proceedings, the group recurrent-care services serve" },
};

const fields = (names: readonly string[]): Field[] =>
  names.map((name) => ({ name, ...(FIELD_DOCS[name] ?? { type: "string", description: name }) }));

function columnsOf(spec: DatasetSpec): readonly string[] {
  if (spec.kind === "flows") return FLOW_CSV_COLUMNS;
  if (spec.kind === "services") return SERVICE_CSV_COLUMNS;
  if (spec.kind === "guides") return GUIDE_CSV_COLUMNS;
  return FIGURE_CSV_COLUMNS;
}

function source(spec: DatasetSpec) {
  const d = DOCUMENTS[spec.document];
  return { title: d.title, publisher: d.publisher, year: d.year, terms: d.terms };
}

/** A CSV the package describes as a Frictionless tabular-data-resource. */
type Tabular = { name: string; path: string; title: string; description: string; fields: Field[]; primaryKey?: string[]; rows: number; sources?: unknown[] };

const RELATION_FIELDS: Field[] = RELATION_COLUMNS.map((c) => ({
  name: c.name,
  type: "string",
  description: c.description,
  ...(c.name === "rule" ? { constraints: { enum: [...RULES] } } : c.name === "whose" ? { constraints: { enum: ["report", "site"] } } : {}),
}));

/**
 * The package validates as a Frictionless Tabular Data Package (v1): every
 * resource is a CSV with a Table Schema. The JSON twins are listed under
 * `jsonFiles` (a custom property) with the same size and checksum details,
 * since a tabular package may hold only tables. No `licenses` property: the
 * sources grant none, and an empty list is invalid; `reuse` says what applies.
 */
export function dataPackage(files: Map<string, string>, rowsByDataset: Map<string, number>) {
  const described = (name: string, path: string, title: string, description: string) => {
    const text = files.get(path) ?? "";
    return { name, path, title, description, bytes: Buffer.byteLength(text), hash: `sha256:${sha256(text)}` };
  };
  const tabular = (t: Tabular) => ({
    profile: "tabular-data-resource",
    ...described(t.name, t.path, t.title, t.description),
    format: "csv", mediatype: "text/csv", encoding: "utf-8", rows: t.rows,
    schema: { fields: t.fields, ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}) },
    ...(t.sources ? { sources: t.sources } : {}),
  });
  const json = (name: string, path: string, title: string, description: string, sources?: unknown[]) => ({
    ...described(name, path, title, description), format: "json", mediatype: "application/json", ...(sources ? { sources } : {}),
  });
  const resources = [
    ...DATASETS.map((spec) =>
      tabular({
        name: spec.id, path: `${spec.id}.csv`, title: spec.title, description: spec.description,
        fields: fields(columnsOf(spec)), rows: rowsByDataset.get(spec.id) ?? 0, sources: [source(spec)],
        ...(spec.kind === "figures" ? { primaryKey: ["id"] } : {}),
      }),
    ),
    tabular({ name: "figures", path: "figures.csv", title: "Every figure the site shows", description: "All figures in long form, one row per figure.", fields: fields(FIGURE_CSV_COLUMNS), primaryKey: ["id"], rows: rowsByDataset.get("figures") ?? 0 }),
    tabular({
      name: "relations", path: "relations.csv", title: "The arithmetic between figures that the build checks",
      description: "One row per check of the form 'relation:<id>' in checks.json and ledger.json: the rule, the printed figure it is checked against (target), the inputs, and whose arithmetic it is (the report's own, or a comparison this site makes).",
      fields: RELATION_FIELDS, primaryKey: ["id"], rows: rowsByDataset.get("relations") ?? 0,
    }),
  ];
  const jsonFiles = [
    ...DATASETS.map((spec) => json(`${spec.id}-json`, `${spec.id}.json`, `${spec.title} (JSON)`, spec.description, [source(spec)])),
    json("figures-json", "figures.json", "Every figure the site shows (JSON)", "All figures in long form, as an array of records."),
    json("ledger", "ledger.json", "Disagreements found in the sources", "Each disagreement found so far (the list is not complete): the checks that show it with the arithmetic computed by the build, statements set side by side where the disagreement is in wording, and the reading we recommend."),
    json("checks", "checks.json", "Every arithmetic check the build ran", "Percentages against counts and bases, parts against totals, recovered counts, and the arithmetic between figures in relations.csv."),
  ];
  return {
    profile: "tabular-data-package",
    name: "strengthening-families-evidence",
    title: "Strengthening Families (Salford): the evidence, as checked figures",
    description:
      "Figures transcribed from the University of Essex evaluation of Salford's Strengthening Families service and related North West sources, each with its base, unit and source, checked by the build. Licence: none is granted. The source documents state no licence, so this package claims none; see reuse and each source's terms.",
    sources: Object.values(DOCUMENTS).map((d) => ({ title: d.title, publisher: d.publisher, year: d.year, terms: d.terms })),
    reuse: REUSE,
    resources,
    jsonFiles,
  };
}

export const REUSE =
  "No licence is granted here for the source figures: the source documents state none. Figures are facts published by the bodies named in sources; cite the source document and this site when you reuse them.";

// A Frictionless Data Package describing every file the site serves under /data/:
// fields and units, source document, and the terms of reuse (no licence is
// claimed that the sources do not grant). npm run data writes it for Salford's
// files first; once the services are published, withServices adds theirs
// (services/...), so one package lists every file with its checksum.
import { DATASETS, type DatasetKind, type DatasetSpec } from "../../datasets.ts";
import { DOCUMENTS } from "../../documents.ts";
import { RELATION_COLUMNS } from "../read/input-columns.ts";
import { RULES } from "../derive/checks/relations.ts";
import { parseCsv } from "../../io/csv-read.ts";
import { BUNDLE_CSV_COLUMNS, FIGURE_CSV_FIELDS, MISSING_VALUES, field, figureCsvSchema, symbolField } from "./figure-csv.ts";
import { DATA_PACKAGE_PROFILE, fileResource, jsonResource, tableResource } from "../../io/data-package.ts";
import type { DataPackage, Field, Resource } from "../../contract/datapackage.ts";
import { servicesIndexSchema } from "../../contract/services.ts";
import { FIGURE_CSV_COLUMNS, FLOW_CSV_COLUMNS, GUIDE_CSV_COLUMNS, SERVICE_CSV_COLUMNS } from "./tables.ts";

/** What each published column holds, by column name. */
type FieldDocs = Record<string, Omit<Field, "name">>;

const FIELD_DOCS: FieldDocs = {
  ...FIGURE_CSV_FIELDS,
  localAuthority: field("string", "Local authority area"),
  region: field("string", "Region"),
  serviceType: field("string", "Type of service, as published"),
  serviceName: field("string", "Name of the service"),
  organisation: field("string", "Organisation delivering the service"),
  criteriaInOurWords: field(
    "string",
    "Who can be referred, in this site's words (the list's own wording is not republished; where its cell is cut off, truncated names referral_criteria)",
  ),
  lengthOfOffer: field("string", "Length of the service offer"),
  evaluated: field("string", "Whether the service has been evaluated, as published"),
  links: field("string", "Link text as published"),
  contacts: field("string", "Contact email addresses, space separated"),
  truncated: field("string", "Columns whose published cell is cut off, space separated"),
  council: field("string", "Council that published the practice guide; empty when the summary names none"),
  title: field("string", "The guide's name or topic, short"),
  themes: field("string", "Themes from the site's fixed list, space separated"),
  summary: field("string", "One line on what the guide covers, in the site's words (not the source's)"),
  listedIn: field("string", "Which copy of the source summaries lists the guide: a, b or both", ["a", "b", "both"]),
  recurrentCare: field("boolean", "True when the work is with parents at or near care proceedings, the group recurrent-care services serve"),
};

/** Flows share some column names with figures but mean something simpler. */
const FLOW_FIELD_DOCS: FieldDocs = {
  from: field("string", "Status at the start"),
  to: field("string", "Status at the end"),
  value: field("integer", "Number of people who moved from one status to the other"),
  derivation: field("string", "How a box was paired when the diagram did not fix it"),
};

/** A published column without a description stops the data step: a reader of the package would be left guessing. */
const undocumented = (what: string): never => {
  throw new Error(`datapackage.json: ${what} has no description; add one in src/lib/data-step/publish/datapackage.ts`);
};

const fields = (names: readonly string[], docs: FieldDocs = FIELD_DOCS): Field[] =>
  names.map((name) => ({ name, ...(docs[name] ?? FIELD_DOCS[name] ?? undocumented(`the column "${name}"`)) }));

/** A file's fields in the order its docs list them. */
const named = (docs: FieldDocs): Field[] => fields(Object.keys(docs), docs);

/** A dataset's CSV fields, by the kind of dataset it is. */
const FIELDS: Record<DatasetKind, () => Field[]> = {
  figures: () => fields(FIGURE_CSV_COLUMNS),
  flows: () => fields(FLOW_CSV_COLUMNS, FLOW_FIELD_DOCS),
  services: () => fields(SERVICE_CSV_COLUMNS),
  guides: () => fields(GUIDE_CSV_COLUMNS),
};

function source(spec: DatasetSpec) {
  const d = DOCUMENTS[spec.document];
  return { title: d.title, publisher: d.publisher, year: d.year, terms: d.terms };
}

/** A CSV the package describes as a tabular data resource (`type: "table"`). */
type Tabular = {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  rows: number;
  sources?: Resource["sources"];
};

const RELATION_FIELDS: Field[] = RELATION_COLUMNS.map((c) => ({
  name: c.name,
  ...field("string", c.description, c.name === "rule" ? RULES : c.name === "whose" ? ["report", "site"] : undefined),
}));

/** A CSV as a tabular data resource: its Table Schema declares the cells a reader must take as missing. */
function tabular(text: string, t: Tabular) {
  return {
    ...tableResource(fileResource(t.name, t.path, text), t.rows, {
      fields: t.fields,
      missingValues: MISSING_VALUES,
      ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
    }),
    title: t.title,
    description: t.description,
    ...(t.sources ? { sources: t.sources } : {}),
  };
}

const json = (text: string, name: string, path: string, title: string, description: string, sources?: Resource["sources"]) => ({
  ...jsonResource(fileResource(name, path, text)),
  title,
  description,
  ...(sources ? { sources } : {}),
});

/**
 * The package validates against the Data Package v2 profile, as a service
 * bundle's own package does (io/data-package.ts writes the resources of both):
 * the CSVs are tabular resources (`type: "table"`), each with its Table Schema;
 * their JSON twins follow them as plain JSON resources. No `licenses` property:
 * the sources grant none, and an empty list is invalid; `reuse` says what applies.
 */
export function dataPackage(files: Map<string, string>, rowsByDataset: Map<string, number>): DataPackage {
  const text = (path: string) => files.get(path) ?? "";
  const resources = [
    ...DATASETS.map((spec) =>
      tabular(text(`${spec.id}.csv`), {
        name: spec.id,
        path: `${spec.id}.csv`,
        title: spec.title,
        description: spec.description,
        fields: FIELDS[spec.kind](),
        rows: rowsByDataset.get(spec.id) ?? 0,
        sources: [source(spec)],
        ...(spec.kind === "figures" ? { primaryKey: ["id"] } : {}),
      }),
    ),
    tabular(text("figures.csv"), {
      name: "figures",
      path: "figures.csv",
      title: "Every figure the site shows",
      description: "All figures in long form, one row per figure.",
      fields: fields(FIGURE_CSV_COLUMNS),
      primaryKey: ["id"],
      rows: rowsByDataset.get("figures") ?? 0,
    }),
    tabular(text("relations.csv"), {
      name: "relations",
      path: "relations.csv",
      title: "The arithmetic between figures that the build checks",
      description:
        "One row per check of the form 'relation:<id>' in checks.json and ledger.json: the rule, the printed figure it is checked against (target), the inputs, and whose arithmetic it is (the report's own, or a comparison this site makes).",
      fields: RELATION_FIELDS,
      primaryKey: ["id"],
      rows: rowsByDataset.get("relations") ?? 0,
    }),
  ];
  const jsonFiles = [
    ...DATASETS.map((spec) =>
      json(
        text(`${spec.id}.json`),
        `${spec.id}-json`,
        `${spec.id}.json`,
        `${spec.title} (JSON)`,
        `${spec.description} An array of records, the rows of ${spec.id}.csv with the source as an object.`,
        [source(spec)],
      ),
    ),
    json(text("figures.json"), "figures-json", "figures.json", "Every figure the site shows (JSON)", "All figures in long form, as an array of records."),
    json(
      text("ledger.json"),
      "ledger",
      "ledger.json",
      "Disagreements found in the sources",
      "Each disagreement found so far (the list is not complete): the checks that show it with the arithmetic computed by the build, statements set side by side where the disagreement is in wording, and the reading we recommend.",
    ),
    json(
      text("checks.json"),
      "checks",
      "checks.json",
      "Every arithmetic check the build ran",
      "Percentages against counts and bases, parts against totals, recovered counts, and the arithmetic between figures in relations.csv.",
    ),
  ];
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: "strengthening-families-evidence",
    title: "Strengthening Families (Salford): the evidence, as checked figures",
    description:
      "Figures transcribed from the University of Essex evaluation of Salford's Strengthening Families service and related North West sources, each with its base, unit and source, checked by the build, and the figures of the services that publish a tracker bundle (services/). Every CSV's only missing value is an empty cell: where a value or base is not published, value_symbol or base_symbol (symbol in comparisons.csv) gives the GSS reason (c suppressed, x not available, z not applicable), so numeric columns load as numbers. Each JSON file that is a table is an array of records. Licence: none is granted. The source documents state no licence, so this package claims none; see reuse and each source's terms.",
    sources: Object.values(DOCUMENTS).map((d) => ({ title: d.title, publisher: d.publisher, year: d.year, terms: d.terms })),
    reuse: REUSE,
    resources: [...resources, ...jsonFiles],
  };
}

/**
 * The columns that carry a share in comparisons.csv and trends.csv: its numerator and denominator, and the GSS
 * symbol that says why they are empty. Each file words them for what it counts.
 */
function shareFields(numerator: string, denominator: string, symbol: string): FieldDocs {
  return { numerator: field("integer", numerator), denominator: field("integer", denominator), symbol: symbolField(symbol) };
}

const COMPARISON_FIELDS: Field[] = named({
  comparison: field("string", "Identifier of the comparison (the same in every service)"),
  comparison_title: field("string", "What is compared, as a heading; not a unit (every comparison is a share: numerator of denominator)"),
  denominator_counts: field("string", "Who the denominator counts, in words"),
  service: field("string", "The service the row is about, or Salford's evaluation"),
  service_slug: field("string", "The service's folder under services/ (and its page, /monitoring/<slug>/); empty for Salford's evaluation"),
  ...shareFields(
    "How many of denominator have what is compared; empty when the row is not plotted, and symbol says why",
    "How many the share is out of; empty when the row is not plotted",
    "Why numerator and denominator are empty, as a GSS symbol: c a count or base is suppressed (disclosure control); x no figure is published; z the definitions differ, so the comparison does not apply. Empty when plotted",
  ),
  plotted: field("boolean", "True when the row is drawn on the comparison's funnel plot"),
  derivation: field("string", "Which published figures give the numbers, or why there are none"),
});

const TREND_FIELDS: Field[] = named({
  trend: field("string", "Identifier of the measure (the same as the comparison it shares with comparisons.csv)"),
  trend_title: field("string", "What is measured, as a heading; not a unit (every trend is a share: numerator of denominator)"),
  denominator_counts: field("string", "Who each period's denominator counts, in words: the people the period added"),
  release: field("string", "The release (YYYY-MM) whose counts, less those of the last earlier release that publishes them, give the period's"),
  period_from: field("string", "First month of the period (YYYY-MM)"),
  period_to: field("string", "Last month of the period (YYYY-MM)"),
  ...shareFields(
    "How many of denominator have what is measured; empty when symbol says why not",
    "How many people the period added to the base; empty when symbol says why not",
    "Why numerator and denominator are empty, as a GSS symbol: c a count behind the period is suppressed; x not published; z no one was added to the base. Empty otherwise",
  ),
  derivation: field("string", "Which releases' published counts give the numbers, or why there are none"),
});

/** What each file of a service's bundle holds (the bundle's own datapackage.json lists them with checksums). */
const BUNDLE_FILE_TITLES: Record<string, [string, string]> = {
  "figures.csv": ["figures", "One row per figure: counts and shares, suppressed ones empty with value_symbol c."],
  "figures.json": ["figures (JSON)", "The same figures as an array of records, with symbol and baseSymbol where a value or base is not published."],
  "checks.json": [
    "checks report",
    "An object: the standard's version, the service, and under checks an array of every check of the import with passed or raised.",
  ],
  "disclosure.json": [
    "disclosure audit",
    "An object: the disclosure settings, counts of suppressed cells by kind, and under cells an array of every hidden cell's interval width (never a value).",
  ],
  "service.json": ["service", "An object: the service's name, council, period, disclosure settings and whether it is synthetic."],
  "datapackage.json": ["data package", "The bundle's own data package, as the tracker import wrote it: every other file of the bundle with its SHA-256."],
};

/** A service's files beside its releases: its headline shares period by period, worked out from every release. */
const TREND_FILE_TITLES: Record<string, [string, string]> = {
  "trends.csv": [
    "period by period",
    "One row per headline measure and period: the people the period added and how many of them have what is measured, worked out as one release's published counts less an earlier one's.",
  ],
  "trends.json": [
    "period by period (JSON)",
    "An array of measures, each with its periods (points: numerator and denominator, or the GSS symbol and reason where there are none).",
  ],
};

const SERVICES_FILE_TITLES: Record<string, [string, string]> = {
  "index.json": [
    "The services that publish figures",
    "An object: the build's mode and under services an array of every published service with its latest release's period and disclosure settings, and under releases every release (its folder, period and hidden counts).",
  ],
  "comparisons.csv": ["Comparisons across services", "One row per comparison and service (Salford's evaluation among them), plotted or not."],
  "comparisons.json": [
    "Comparisons across services (JSON)",
    "An array of comparisons, each with the services plotted (units: numerator and denominator), those not plotted with the reason (unplotted), and the pooled share. Here measure is the comparison's title and base says in words who the denominator counts (comparison_title and denominator_counts in comparisons.csv); neither is a unit or a number.",
  ],
};

/**
 * The package with the published services' files added (paths under services/): every bundle file, the
 * index and the comparisons, each with its checksum; CSVs as tabular resources. Replaces any services
 * entries already there, so running it twice gives the same package.
 */
export function withServices(pkg: DataPackage, services: Map<string, string>): DataPackage {
  const indexText = services.get("index.json");
  const listed = indexText === undefined ? [] : servicesIndexSchema.parse(JSON.parse(indexText)).services;
  const names = new Map(listed.map((x) => [x.slug, x.name]));
  const tables: ReturnType<typeof tabular>[] = [];
  const jsonFiles: ReturnType<typeof json>[] = [];
  for (const [path, text] of [...services].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const full = `services/${path}`;
    const name = full.replace(/[^a-z0-9]+/g, "-");
    // <slug>/<release>/<file> for a release's files; <slug>/<file> for a service's trends; <file> for those about every service.
    const parts = path.split("/");
    const file = parts.at(-1)!;
    const [slug, release] = parts.length > 1 ? [parts[0]!, parts.length > 2 ? parts[1] : undefined] : [null, undefined];
    const [what, description] =
      (release ? BUNDLE_FILE_TITLES[file] : slug ? TREND_FILE_TITLES[file] : SERVICES_FILE_TITLES[file]) ?? undocumented(`services/${path}`);
    const title = slug ? `${names.get(slug) ?? slug}${release ? ` (release ${release})` : ""}: ${what}` : what;
    const rows = () => parseCsv(text, full).records.length;
    if (file === "comparisons.csv")
      tables.push(
        tabular(text, {
          name,
          path: full,
          title,
          description,
          fields: COMPARISON_FIELDS,
          primaryKey: ["comparison", "service"],
          rows: rows(),
        }),
      );
    else if (file === "trends.csv")
      tables.push(tabular(text, { name, path: full, title, description, fields: TREND_FIELDS, primaryKey: ["trend", "period_from"], rows: rows() }));
    else if (file === "figures.csv") tables.push(tabular(text, { name, path: full, title, description, ...figureCsvSchema(BUNDLE_CSV_COLUMNS), rows: rows() }));
    else jsonFiles.push(json(text, name, full, title, description));
  }
  // The tables first, then the JSON files, each the site's own before the services'.
  const own = pkg.resources.filter((r) => !r.path.startsWith("services/"));
  const isTable = (r: (typeof own)[number]) => "type" in r;
  return { ...pkg, resources: [...own.filter(isTable), ...tables, ...own.filter((r) => !isTable(r)), ...jsonFiles] };
}

export const REUSE =
  "No licence is granted here for the source figures: the source documents state none. Figures are facts published by the bodies named in sources; cite the source document and this site when you reuse them.";

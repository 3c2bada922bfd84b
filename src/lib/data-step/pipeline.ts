// The whole data step as one pure function: source texts in, checked records
// out, or every problem found. Nothing is written unless this succeeds.
import { DataError, type DataProblem, fail } from "../errors.ts";
import { checkKnownValues, checkUniqueKeys, readRows, type Row } from "./read/cells.ts";
import { rowToFigure, type Located } from "./derive/figure-records.ts";
import { DATASETS, type DatasetSpec } from "../datasets.ts";
import { DOCUMENTS } from "../documents.ts";
import { DERIVED_COLUMNS, FIGURE_COLUMNS, FLOW_COLUMNS, FRACTION_COLUMNS, GUIDE_COLUMNS, RELATION_COLUMNS, SERVICE_COLUMNS } from "./read/input-columns.ts";
import { ledgerEntrySchema, type PublishedLedgerEntry } from "../contract/ledger.ts";
import type { CheckResult, Flow, Guide, Service } from "../contract/site.ts";
import { percentChecks } from "./derive/checks/percent.ts";
import { sumChecks } from "./derive/checks/sums.ts";
import { flowTotalCheck, marginChecks, type LocatedFlow } from "./derive/checks/flows.ts";
import { recoverFromFractions } from "./derive/checks/fractions.ts";
import { relationCheck, RULES, type Relation, type Rule } from "./derive/checks/relations.ts";
import { baseProblems } from "./derive/checks/bases.ts";
import { knownLocations, reconcileLedger, LEDGER_FILE } from "./derive/checks/ledger.ts";
import { publishable, type Outcome } from "./derive/checks/outcome.ts";
import { parseVocabulary, VOCABULARY_FILE, type Vocabulary } from "../figures/terms.ts";
import { checkVocabulary, figureUses, flowUses, usesOf, type Use } from "../figures/vocabulary-check.ts";
import { checkOwnWords, rowToService } from "./read/services.ts";
import { checkGuideRows, rowToGuide } from "./read/guides.ts";
import { inheritBases } from "./derive/recover-bases.ts";
import { deriveFigures } from "./derive/derived.ts";
import { applyPlacements, flowKey, PLACEMENTS_FILE } from "./read/placements.ts";
import { PLACEMENT_COLUMNS } from "./read/input-columns.ts";
import { readingFigures } from "./derive/readings.ts";
import { figureSet } from "../figures/set.ts";

export type SourceFiles = Record<string, string>;

export interface DataOutputs {
  figures: Located["figure"][];
  flows: Record<string, Flow[]>;
  services: Service[];
  guides: Guide[];
  ledger: PublishedLedgerEntry[];
  checks: CheckResult[];
}

const docTitle = (spec: DatasetSpec) => DOCUMENTS[spec.document].title;
const fileOf = (id: string) => `data/${id}.csv`;

function need(files: SourceFiles, path: string): string {
  const text = files[path];
  if (text === undefined) throw new DataError(fail({ file: path, id: "missing-file", message: "the file is missing" }));
  return text;
}

/** Collects DataErrors from independent steps so one run reports them all. */
function collect<T>(problems: DataProblem[], step: () => T): T | undefined {
  try {
    return step();
  } catch (e) {
    if (e instanceof DataError) {
      problems.push(...e.problems);
      return undefined;
    }
    throw e;
  }
}

const figureKey = (r: Row) => ["group", "topic", "period", "category", "measure", "variant"].map((c) => r.raw[c]).join("|");

function readFigures(files: SourceFiles, spec: DatasetSpec): Located[] {
  const file = fileOf(spec.id);
  const rows = readRows(need(files, file), file, FIGURE_COLUMNS);
  checkUniqueKeys(rows, figureKey);
  return rows.map((r) => rowToFigure(r, spec.id, docTitle(spec)));
}

function readFlows(files: SourceFiles, spec: DatasetSpec): LocatedFlow[] {
  const file = fileOf(spec.id);
  const rows = readRows(need(files, file), file, FLOW_COLUMNS);
  checkUniqueKeys(rows, (r) => [r.raw["topic"], r.raw["from"], r.raw["to"]].join("|"));
  return rows.map((r) => ({
    file: r.file,
    line: r.line,
    flow: {
      topic: r.raw["topic"] ?? "",
      from: r.raw["from"] ?? "",
      to: r.raw["to"] ?? "",
      value: r.cells["value"] as number,
      source: { document: docTitle(spec), table: r.raw["table"] ?? "", section: r.raw["section"] ?? "" },
      remark: (r.cells["note"] as string | null) ?? null,
      derivation: null,
    },
  }));
}

function readGuides(files: SourceFiles, spec: DatasetSpec): Guide[] {
  const file = fileOf(spec.id);
  const rows = readRows(need(files, file), file, GUIDE_COLUMNS);
  checkUniqueKeys(rows, (r) => [r.raw["council"], r.raw["title"]].join("|"));
  checkKnownValues(rows, "source", ["a", "b", "both"]);
  checkKnownValues(rows, "recurrent_care", ["yes", "no"]);
  checkGuideRows(rows);
  return rows.map(rowToGuide);
}

function readRelations(files: SourceFiles): Relation[] {
  const file = "data/relations.csv";
  const rows = readRows(need(files, file), file, RELATION_COLUMNS);
  checkUniqueKeys(rows, (r) => r.raw["id"] ?? "");
  checkKnownValues(rows, "rule", RULES);
  checkKnownValues(rows, "whose", ["report", "site"]);
  return rows.map((r) => ({
    id: r.raw["id"] ?? "",
    rule: r.raw["rule"] as Rule,
    target: r.raw["target"] ?? "",
    inputs: (r.raw["inputs"] ?? "").split(" ").filter(Boolean),
    description: r.raw["description"] ?? "",
    whose: r.raw["whose"] as Relation["whose"],
    where: { file, line: r.line },
  }));
}

function readLedger(files: SourceFiles) {
  let json: unknown;
  try {
    json = JSON.parse(need(files, LEDGER_FILE));
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(fail({ file: LEDGER_FILE, id: "json", message: `not valid JSON: ${(e as Error).message}` }));
  }
  const parsed = ledgerEntrySchema.array().safeParse(json);
  if (!parsed.success) {
    throw new DataError(parsed.error.issues.map((i) => fail({ file: LEDGER_FILE, id: "ledger-shape", message: `${i.path.join(".")}: ${i.message}` })));
  }
  checkUniqueKeys(
    parsed.data.map((e, i) => ({ file: LEDGER_FILE, line: i + 1, raw: { id: e.id }, cells: {} })),
    (r) => r.raw["id"] ?? "",
  );
  return parsed.data;
}

export function runPipeline(files: SourceFiles): { outputs?: DataOutputs; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const vocabulary: Vocabulary | undefined = collect(problems, () => parseVocabulary(need(files, VOCABULARY_FILE)));
  if (problems.length || !vocabulary) return { problems };
  const figures: Located[] = [];
  const flows: (LocatedFlow & { dataset: string })[] = [];
  const flowSets: Record<string, Flow[]> = {};
  let services: Service[] = [];
  let guides: Guide[] = [];

  for (const spec of DATASETS) {
    if (spec.kind === "figures") figures.push(...(collect(problems, () => readFigures(files, spec)) ?? []));
    if (spec.kind === "flows") {
      const read = collect(problems, () => readFlows(files, spec)) ?? [];
      flows.push(...read.map((f) => ({ ...f, dataset: spec.id })));
      flowSets[spec.id] = read.map((f) => f.flow);
    }
    if (spec.kind === "services") {
      const file = fileOf(spec.id);
      const rows = collect(problems, () => {
        const r = readRows(need(files, file), file, SERVICE_COLUMNS);
        checkUniqueKeys(r, (x) => x.raw["local_authority"] ?? "");
        checkOwnWords(r);
        return r;
      });
      services = (rows ?? []).map(rowToService);
    }
    if (spec.kind === "guides") guides = collect(problems, () => readGuides(files, spec)) ?? [];
  }
  const fractionRows = collect(problems, () => readRows(need(files, "data/chart-fractions.csv"), "data/chart-fractions.csv", FRACTION_COLUMNS)) ?? [];
  const relations = collect(problems, () => readRelations(files)) ?? [];
  const derivedRows =
    collect(problems, () => {
      const rows = readRows(need(files, "data/derived.csv"), "data/derived.csv", DERIVED_COLUMNS);
      return rows;
    }) ?? [];
  // Every group and category the files use must be in data/vocabulary.csv, and every entry there used.
  const byDataset = [
    { column: "group", list: "group" },
    { column: "category", list: (r: Row) => r.raw["dataset"] ?? "" },
  ];
  const uses: Use[] = [...figureUses(figures), ...flowUses(flows), ...usesOf(fractionRows, byDataset), ...usesOf(derivedRows, byDataset)];
  problems.push(...checkVocabulary(vocabulary.terms, uses));
  const ledger = collect(problems, () => readLedger(files)) ?? [];
  const placementRows = collect(problems, () => readRows(need(files, PLACEMENTS_FILE), PLACEMENTS_FILE, PLACEMENT_COLUMNS)) ?? [];
  if (problems.length) return { problems };
  collect(problems, () =>
    applyPlacements(placementRows, new Map(figures.map((l) => [l.figure.id, l])), new Map(flows.map((f) => [flowKey(f.dataset, f.flow), f]))),
  );
  if (problems.length) return { problems };

  const byId = new Map(figures.map((l) => [l.figure.id, l]));
  const documentOf = (file: string) => (dataset: string) => {
    const spec = DATASETS.find((d) => d.id === dataset);
    if (!spec) throw new DataError(fail({ file, column: "dataset", id: "unknown-value", message: "no such dataset", value: dataset }));
    return docTitle(spec);
  };
  const recovered = collect(problems, () => recoverFromFractions(fractionRows, byId, documentOf("data/chart-fractions.csv")));
  if (!recovered) return { problems };
  for (const d of recovered.derived) {
    figures.push(d);
    byId.set(d.figure.id, d);
  }
  // Our own groupings come last: they may build on recovered counts.
  // A failure here is reported with the checks' failures below, not instead of them.
  const derived = collect(problems, () => deriveFigures(derivedRows, byId, documentOf("data/derived.csv"), vocabulary)) ?? [];
  for (const d of derived) {
    figures.push(d);
    byId.set(d.figure.id, d);
  }

  // The recommended readings of Table 6 (flow diagram totals), published as derived figures.
  const readings = readingFigures(flows, figures, DOCUMENTS[DATASETS.find((d) => d.id === "wellbeing")!.document].title);
  problems.push(...readings.problems);
  for (const r of readings.figures) {
    figures.push(r);
    byId.set(r.figure.id, r);
  }

  const outcomes: Outcome[] = [...recovered.outcomes, ...percentChecks(figures)];
  // Flow totals name their figure by what it is, not by id: exactly one first printing must match.
  const all = figureSet(
    figures.map((l) => l.figure),
    { publisher: "", synthetic: false, vocabulary },
  );
  for (const spec of DATASETS) {
    for (const s of spec.sums ?? []) outcomes.push(...sumChecks(spec.id, figures, s));
    for (const m of spec.margins ?? []) outcomes.push(...marginChecks(flows, figures, m));
    for (const t of spec.flowTotals ?? []) {
      const found = all.select(t.total).filter((r) => r.variant === null);
      const total = found.length === 1 ? byId.get(found[0]!.id ?? "") : undefined;
      if (total) outcomes.push(flowTotalCheck(flows, t.topic, total));
      else
        problems.push(
          fail({
            file: "src/lib/datasets.ts",
            id: "unknown-figure",
            message: `flow total for "${t.topic}" matches ${found.length} figures, not one`,
            value: JSON.stringify(t.total),
          }),
        );
    }
    problems.push(...baseProblems(spec.id, spec.bases ?? [], all, byId));
  }
  for (const rel of relations) {
    const result = relationCheck(rel, byId);
    if ("missing" in result) {
      problems.push(
        fail({
          ...rel.where,
          column: "target/inputs",
          id: "unknown-figure",
          message: "names a figure id that does not exist",
          value: result.missing.join(" "),
        }),
      );
    } else outcomes.push(result);
  }
  const reconciled = reconcileLedger(outcomes, ledger, knownLocations(figures, services));
  problems.push(...reconciled.problems);
  if (problems.length) return { problems };

  const published = inheritBases(figures.map((l) => l.figure)).map((f) => ({ ...f, notes: reconciled.notesByFigure.get(f.id) ?? [] }));
  return {
    problems,
    outputs: {
      figures: published,
      flows: flowSets,
      services,
      guides,
      ledger: reconciled.entries,
      checks: outcomes.map(publishable).sort((a, b) => a.id.localeCompare(b.id)),
    },
  };
}

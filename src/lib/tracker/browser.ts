// The import's adapter for a browser: the files a person chose in the /publish/
// page as an ExportSource, and the result as the page shows it: the problems
// in the command line's words, a preview of the figures, what disclosure
// control did, and the bundle as one ZIP held in memory. It runs in a Web
// Worker (publish-worker.ts) and sends nothing anywhere. Node has File too, so
// the tests run it as they run the command line.
import { importSource, type ImportOptions } from "./core.ts";
import type { BundleFigure } from "../contract/bundle.ts";
import { DATASET_TITLES } from "./figures.ts";
import { formatTrackerProblem } from "./problems.ts";
import type { Level } from "../io/problem.ts";
import { suppressionSentences } from "./suppression-words.ts";
import type { ExportSource } from "./source.ts";
import { zip } from "../io/zip.ts";

/** What a File is here: a name and a stream of bytes. */
export interface NamedBlob {
  readonly name: string;
  stream(): ReadableStream<Uint8Array>;
}

/** The chosen files by name. Two files with the same name keep the last (the page lists the names it was given). */
export function fileSource(files: Iterable<NamedBlob>): ExportSource {
  const byName = new Map<string, NamedBlob>();
  for (const f of files) byName.set(f.name, f);
  return {
    names: [...byName.keys()].sort(),
    async *read(name) {
      const file = byName.get(name);
      if (!file) throw new Error(`no file ${name} was chosen`);
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

export interface PreviewTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface PublishResult {
  ok: boolean;
  /** Each problem as the command line prints it (never a value from the export). */
  problems: { level: Level; id: string; text: string }[];
  /** What disclosure control did, in sentences. */
  summary: string[];
  /** Whether the choice of extra hidden counts was proven optimal within the solver's time limit. Only then is the
   *  pattern the same on every machine (see the tracker README's timing caveat). */
  proven?: boolean;
  tables: PreviewTable[];
  /** The bundle's files as one ZIP (only when ok), and the name to save it as. */
  zip?: Uint8Array;
  zipName?: string;
  /** The bundle's files themselves, for tests that compare them with the command line's. */
  files?: [string, string][];
}

const shown = (value: number | null, symbol: string | undefined, percent: boolean) =>
  symbol ? `[${symbol}]` : value === null ? "" : percent ? `${value}%` : value.toLocaleString("en-GB");

/** The figures as the page previews them: one table per dataset, hidden values as [c]. */
export function previewTables(figures: readonly BundleFigure[]): PreviewTable[] {
  const byDataset = new Map<string, BundleFigure[]>();
  for (const f of figures) byDataset.set(f.dataset, [...(byDataset.get(f.dataset) ?? []), f]);
  return [...byDataset].map(([dataset, list]) => {
    const topics = list.some((f) => f.topic !== null && f.topic !== list[0]?.topic) || list.some((f) => f.period !== null);
    return {
      caption: DATASET_TITLES[dataset] ?? dataset,
      head: ["Group", ...(topics ? ["Topic and time"] : []), "Figure", "Value", "Out of"],
      rows: list.map((f) => [
        f.group,
        ...(topics ? [[f.topic, f.period].filter(Boolean).join(", ")] : []),
        f.label + (f.measure === "percent" ? " (share)" : ""),
        shown(f.value, f.symbol, f.measure === "percent"),
        shown(f.base, f.baseSymbol, false),
      ]),
    };
  });
}

/** Screens, aggregates and protects the chosen files; on success the bundle is ready as a ZIP. */
export async function publishFiles(files: Iterable<NamedBlob>, opts: ImportOptions): Promise<PublishResult> {
  const result = await importSource(fileSource(files), opts);
  const problems = result.problems.map((p) => ({ level: p.level, id: p.id, text: formatTrackerProblem(p) }));
  if (!result.ok || !result.files || !result.service || !result.disclosure || !result.figures) return { ok: false, problems, summary: [], tables: [] };
  const d = result.disclosure;
  const k = result.service.disclosure.k;
  const summary = [
    `${result.figures.length} figures for ${result.service.name}, ${result.service.period.from} to ${result.service.period.to}.`,
    ...suppressionSentences(d, k),
    `Every hidden count was then attacked as an intruder would, with everything published: none can be narrowed to a range less than ${k} wide.`,
  ];
  const names = [...result.files.keys()];
  const bytes = zip(names.map((name) => ({ name, data: new TextEncoder().encode(result.files!.get(name)) })));
  return {
    ok: true,
    problems,
    summary,
    proven: d.optimality?.proven ?? false,
    tables: previewTables(result.figures),
    zip: bytes,
    zipName: `${result.service.slug}-${result.service.period.to}.zip`,
    files: [...result.files],
  };
}

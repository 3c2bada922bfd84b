// npm run bench:tracker [-- --sizes 1000,10000,100000,1000000]
// The tracker import at scale: generates synthetic exports, imports each in a
// fresh process (so peak memory is that import's own), loads the same files
// into node:sqlite and runs the same group-bys, and prints a table. Figures are
// printed, never gated: timing on a shared machine is not a test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { importExport } from "../src/lib/tracker/import.ts";
import { readVocabulary } from "../src/lib/data-step/read/sources.ts";
import { FILES } from "../src/lib/tracker/standard.ts";
import { writeSyntheticExport } from "../src/lib/tracker/synthetic-files.ts";

const SELF = new URL(import.meta.url).pathname;
const mb = (kb: number) => Math.round(kb / 1024);

/** Child mode: one measurement, printed as one JSON line. */
async function measure(kind: string, dir: string): Promise<void> {
  const started = performance.now();
  let extra: Record<string, number>;
  if (kind === "tracker") {
    const r = await importExport(dir, { slug: "bench", today: "2025-03", vocabulary: readVocabulary(new URL("..", import.meta.url).pathname) });
    if (!r.ok) throw new Error(`bench: the generated export failed screening (${r.problems.map((p) => p.id).join(", ")})`);
    extra = r.timings ?? {};
  } else {
    // Imported here only: node:sqlite is experimental and the import alone prints a warning.
    const { sqliteBaseline } = await import("./lib/sqlite-baseline.ts");
    extra = await sqliteBaseline(dir);
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...extra }));
}

function child(kind: string, dir: string): Record<string, number> | string {
  const r = spawnSync(process.execPath, ["--max-old-space-size=6144", "--disable-warning=ExperimentalWarning", SELF, "--measure", kind, dir], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{")) return `failed (${r.signal ?? `exit ${r.status}`}): ${r.stderr.trim().split("\n").slice(-1)[0] ?? ""}`;
  return JSON.parse(line) as Record<string, number>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { measure: { type: "string" }, sizes: { type: "string" } }, allowPositionals: true, strict: false });
  if (typeof values.measure === "string") return measure(values.measure, process.argv[process.argv.length - 1] as string);
  const sizes = (typeof values.sizes === "string" ? values.sizes : "1000,10000,100000,1000000").split(",").map(Number);
  console.log("Tracker import at scale (synthetic exports; import = screen + aggregation + disclosure control)\n");
  console.log(
    "parents    rows (3 files)  MB on disk  generate s  import s  (screen/aggregate/protect s)  peak RSS MB  sqlite s (load+query)  sqlite RSS MB  import/sqlite",
  );
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `tracker-bench-${n}-`));
    try {
      const g0 = performance.now();
      const rows = writeSyntheticExport(dir, { seed: 20_250_301 + n, parents: n, from: "2015-04", to: "2025-03", prefix: "B" });
      const gen = (performance.now() - g0) / 1000;
      const total = FILES.reduce((s, f) => s + rows[f], 0);
      const bytes = FILES.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
      const t = child("tracker", dir);
      const q = child("sqlite", dir);
      const s = (x: number | undefined) => ((x ?? 0) / 1000).toFixed(1);
      const tCol =
        typeof t === "string"
          ? t
          : `${s(t.ms).padStart(8)}  (${s(t.screen)}/${s(t.aggregate)}/${s(t.protect)})`.padEnd(40) + `${mb(t.maxRssKb ?? 0)}`.padStart(11);
      const qCol = typeof q === "string" ? q : `${s(q.ms).padStart(8)} (${s(q.loadMs)}+${s(q.queryMs)})`.padEnd(22) + `${mb(q.maxRssKb ?? 0)}`.padStart(14);
      const ratio = typeof t === "string" || typeof q === "string" ? "n/a" : ((t.ms ?? 0) / (q.ms ?? 1)).toFixed(2);
      console.log(
        `${String(n).padEnd(10)} ${String(total).padStart(14)} ${(bytes / 1e6).toFixed(0).padStart(11)} ${gen.toFixed(1).padStart(11)} ${tCol}  ${qCol}  ${ratio.padStart(13)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log("\nTarget (issue 12): 100,000 parents within twice SQLite's time and under 1.5 GB; 1,000,000 without running out of memory.");
}

await main();

// npm run bench: build from clean (data step and site build timed apart), serve
// the result as a host would, then for every page print its weight (gzip, by
// kind), its JavaScript and requests, and Lighthouse mobile scores and LCP, and
// compare with the budgets in scripts/budgets.ts. It also measures a bare page
// (one of the site's own charts as inline SVG, no CSS, no JS) with the same
// Lighthouse settings and prints each audited page's LCP as a ratio to it.
// Exits 1 only when a page is over a budget that the build fixes exactly (bytes,
// JavaScript, requests, other hosts) or cannot be weighed. Lighthouse scores and
// times are printed, never gated: they move with the machine's load.
// Last, the tracker import at scale (scripts/bench-tracker.ts): time and peak memory
// at 1,000 to 1,000,000 generated parents beside node:sqlite; printed, never gated.
//   npm run bench -- [--outDir DIR] [--no-build] [--lighthouse all|budgeted|none] [--runs N] [--runs-elsewhere N] [--recheck N] [--pages LIST] [--keep-reports DIR] [--tracker-sizes LIST|none] [--publish-sizes LIST|none]
// Lighthouse runs N times (default 9) on the key pages and the bare page, and with
// --lighthouse all the first 3 rounds (--runs-elsewhere) on every other page, each
// after one discarded warm-up audit (see the note in main and scripts/lib/bench-plan.ts).
// --recheck N (default 0): after those rounds, each page whose LCP ratio is over the target gets N more
// rounds, each paired with a fresh run of the bare page, so that one run of the whole site settles the
// pages that three noisy runs left near the line. The report gives every run.
// --pages /a/,/b/ audits only those pages (and the bare page), each every one of the
// N rounds: to measure a few pages over many interleaved rounds. Every page is still weighed.
// --keep-reports DIR writes every measured Lighthouse report (JSON) there, to find
// what a page's LCP waits for (its LCP element, the lantern graph's requests).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { BUDGETS, CATEGORIES } from "./budgets.ts";
import { applyCsp } from "./csp.ts";
import { BROWSER_ARGS, CHROMIUM } from "./lib/chromium.ts";
import { audit, loadLighthouse, medianOf, type Scores } from "./lib/lighthouse.ts";
import { discoverPages } from "./lib/pages.ts";
import { auditPlan } from "./lib/bench-plan.ts";
import { isKeyPage as budgeted, lcpRatios, lighthouseGaps, overBudget, pairedRatio, table, type Rounds } from "./lib/bench-report.ts";
import { weigh, type Weight } from "./lib/weigh.ts";
import { benchPublish } from "./lib/bench-publish.ts";
import { serve } from "./serve.ts";
import type { FigureRecord } from "../src/lib/figures/set.ts";
import { utilityTable } from "../src/lib/monitoring/utility.ts";
import { EXAMPLE_SERVICES } from "../src/lib/tracker/examples.ts";
import { listReleases } from "../src/lib/tracker/releases.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  // The opening comment of this file is the usage.
  const head = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\nimport ")[0]!;
  console.log(head.replace(/^\/\/ ?/gm, ""));
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const outDir = resolve(ROOT, option("--outDir", "dist"));
const lighthouseMode = option("--lighthouse", "all");
const runs = Math.max(1, Number(option("--runs", "9")));
const elsewhere = Math.max(1, Number(option("--runs-elsewhere", "3")));
const recheck = Math.max(0, Number(option("--recheck", "0")));
const keepReports = option("--keep-reports", "");
const only = option("--pages", "")
  .split(",")
  .map((p) => p.trim())
  .filter(Boolean);

function timed(label: string, run: () => void): void {
  const start = performance.now();
  run();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/** The import's scale table, printed as it comes; a crash there is reported, not gated. */
function trackerScale(sizes: string): void {
  if (sizes === "none") return;
  console.log(`\nTracker import at scale (reported, not gated): ${sizes} parents`);
  const run = spawnSync(process.execPath, ["scripts/bench-tracker.ts", "--sizes", sizes], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) console.log(`Tracker scale bench exited ${run.status ?? run.signal}: see above.`);
}

/** What disclosure control leaves readable in each example bundle (reported, not gated; a test holds the larger ones). */
function disclosureUtility(): void {
  const services = EXAMPLE_SERVICES.map((e) => {
    const dir = join(ROOT, "examples/services", e.slug);
    const latest = listReleases(dir).at(-1) ?? "";
    const read = (name: string) => JSON.parse(readFileSync(join(dir, latest, name), "utf8")) as unknown;
    const disclosure = read("disclosure.json") as { counts: { hidden: number } };
    return {
      name: `${e.slug} (${e.parents} parents), release ${latest}`,
      figures: read("figures.json") as FigureRecord[],
      cellsHidden: disclosure.counts.hidden,
    };
  });
  console.log(`\nDisclosure control in the example bundles (reported, not gated):\n${utilityTable(services)}`);
}

const BARE = "bare reference page";

/** A page at the physical limit: the first chart of /child-outcomes/ as inline SVG,
 *  a heading, and nothing else. Written to its own folder, served apart. */
function bareReference(dist: string): string {
  const html = readFileSync(join(dist, "child-outcomes", "index.html"), "utf8");
  const svg = /<svg\b[\s\S]*?<\/svg>/.exec(html.slice(html.indexOf("chart-figure")))?.[0];
  if (!svg) throw new Error("bare reference: no chart SVG in child-outcomes/index.html");
  const dir = mkdtempSync(join(tmpdir(), "bench-bare-"));
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare reference page</title><meta name="description" content="One chart as inline SVG, for the benchmark."></head><body><main><h1>Bare reference page</h1>${svg}</main></body></html>`;
  writeFileSync(join(dir, "index.html"), page);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function main(): Promise<number> {
  if (!args.includes("--no-build")) {
    rmSync(outDir, { recursive: true, force: true });
    const npm = (...a: string[]) => execFileSync("npm", a, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    timed("data step (npm run data)", () => npm("run", "data"));
    timed("site build (astro build)", () => npm("run", "build:site", "--", "--outDir", outDir));
    // Idempotent: harmless if the build already ran it.
    timed("security headers (csp)", () => applyCsp(outDir));
  }
  // Every page is weighed and held to the byte budgets, the page a missing path
  // answers with (404) among them; Lighthouse audits the pages that answer 200.
  const site = discoverPages(outDir);
  const pages = site.filter((p) => p.status === 200);
  const server = await serve(outDir);
  let bare: Awaited<ReturnType<typeof serve>> | undefined;
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...BROWSER_ARGS, `--remote-debugging-port=${port}`] });
  const problems: string[] = [];
  const notes: string[] = [];
  const weights = new Map<string, Weight>();
  const scores = new Map<string, Scores>();
  const lcpRuns = new Map<string, Rounds>();
  let reference: number | null = null;
  try {
    for (const p of site) weights.set(p.path, await weigh(browser, server.url + p.path));
    const wanted = auditPlan(
      pages.map((p) => p.path),
      (path) => server.url + path,
      { mode: lighthouseMode, runs, elsewhere, only },
    );
    if (wanted.length) {
      let lighthouse: Awaited<ReturnType<typeof loadLighthouse>> | undefined;
      try {
        lighthouse = await loadLighthouse(ROOT);
      } catch (error) {
        notes.push(`Lighthouse could not be loaded (${(error as Error).message.split("\n")[0]}): add it as a devDependency, or set LIGHTHOUSE_FROM`);
      }
      // The bare page is measured like the key pages and interleaved with them, run
      // by run, so that the ratio cancels the machine's speed and its drift.
      try {
        if (lighthouse) bare = await serve(bareReference(outDir));
      } catch (error) {
        notes.push(`${BARE}: ${(error as Error).message}`);
      }
      if (lighthouse) {
        const barePlan = bare ? [{ path: BARE, url: bare.url + "/", times: runs }] : [];
        const plan = [...barePlan, ...wanted];
        // One discarded audit of each page measured more than once, so that a cost
        // paid only on a browser's first visit to a page stays out of the medians.
        for (const item of plan.filter((i) => i.times > 1)) {
          try {
            await audit(lighthouse, item.url, port);
          } catch (error) {
            notes.push(`warm-up audit of ${item.path}: ${(error as Error).message}`);
          }
        }
        // Indexed by run, so each page's run pairs with the bare page's run just before it; null for a lost run.
        const done = new Map<string, (Scores | null | undefined)[]>();
        const measure = async (item: (typeof plan)[number], run: number): Promise<void> => {
          const list = done.get(item.path) ?? [];
          done.set(item.path, list);
          // Lighthouse sometimes loses a trace on a busy machine (NO_NAVSTART): one more try.
          const failures: string[] = [];
          for (let attempt = 1; attempt <= 2 && !list[run]; attempt++) {
            try {
              const keep = keepReports
                ? (json: string) => {
                    mkdirSync(resolve(keepReports), { recursive: true });
                    const name = item.path === BARE ? "bare" : item.path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";
                    writeFileSync(join(resolve(keepReports), `${name}.run${run + 1}.json`), json);
                  }
                : undefined;
              list[run] = await audit(lighthouse, item.url, port, keep);
            } catch (error) {
              failures.push((error as Error).message);
            }
          }
          if (!list[run]) {
            list[run] = null;
            notes.push(`${item.path}, run ${run + 1} (tried twice): ${failures.join(" / ")}`);
          } else if (failures.length) console.error(`lighthouse ${item.path}, run ${run + 1}: measured on the second try (${failures[0]})`);
        };
        for (let run = 0; run < runs; run++) for (const item of plan.filter((i) => i.times > run)) await measure(item, run);
        const rounds = (path: string): Rounds => Array.from(done.get(path) ?? [], (d) => (d === undefined ? undefined : (d?.lcp ?? NaN)));
        const over = barePlan.length ? wanted.filter((i) => pairedRatio(rounds(i.path), rounds(BARE)) > BUDGETS.lighthouse.lcpRatio) : [];
        if (recheck && over.length)
          console.error(`lighthouse: ${over.length} page(s) over the LCP target, ${recheck} more round(s) each: ${over.map((i) => i.path).join(", ")}`);
        for (let k = 0; recheck && k < recheck && over.length; k++) for (const item of [...barePlan, ...over]) await measure(item, runs + k);
        for (const [path, runsOf] of done) {
          const list = runsOf.filter((d): d is Scores => d != null);
          if (!list.length) continue;
          const got = medianOf(list);
          lcpRuns.set(path, rounds(path));
          if (path === BARE) reference = got.lcp;
          else scores.set(path, got);
          console.error(
            `lighthouse ${path}: ${CATEGORIES.map((c) => `${c} ${got.scores[c]}`).join(", ")}, LCP ${Math.round(got.lcp ?? 0)} ms (${list.length} run(s))`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await bare?.close();
  }
  // Lighthouse multiplies the main-thread time it observes: a busy machine costs points.
  const load = loadavg()[0]!;
  console.log(
    `\nLoad average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() ? ": the machine is busy, so performance scores read low" : ""}.`,
  );
  const rest = lighthouseMode === "all" ? `; ${Math.min(runs, elsewhere)} elsewhere, paired with the bare page's first rounds` : "";
  if (only.length) console.log(`Lighthouse: median of ${runs} interleaved runs on ${only.join(", ")} and the bare page.`);
  else console.log(`Lighthouse: median of ${runs} runs on ${BUDGETS.lighthouse.pages.join(", ")} and the bare page${rest}.`);
  console.log(
    table(
      site.map((p) => p.path),
      weights,
      scores,
    ),
  );
  if (lighthouseMode !== "none") {
    const key = new Map([...scores].filter(([path]) => budgeted(path)));
    // Every page audited, key pages first: the ratio is reported for each.
    const measured = new Map([...key, ...[...scores].filter(([path]) => !budgeted(path))]);
    console.log("\n" + lcpRatios(measured, reference, lcpRuns.get(BARE) ?? [], lcpRuns));
    const gaps = lighthouseGaps(key);
    console.log(
      gaps.length
        ? `\nLighthouse below target (reported, not gated):\n  ${gaps.join("\n  ")}`
        : "\nLighthouse scores: every key page at target (100); the LCP ratios above are reported separately.",
    );
  }
  for (const [path, s] of scores) {
    if (s.failing.length && CATEGORIES.some((c) => (s.scores[c] ?? 0) < 100)) console.log(`\n${path} loses points on:\n  ${s.failing.join("\n  ")}`);
  }
  if (notes.length) console.log(`\nNot measured (reported, not gated):\n  ${notes.join("\n  ")}`);
  trackerScale(option("--tracker-sizes", "1000,10000,100000,1000000"));
  await benchPublish(outDir, option("--publish-sizes", "10000,100000"));
  disclosureUtility();
  problems.push(
    ...overBudget(
      site.map((p) => p.path),
      weights,
      new Map(site.map((p) => [p.path, p.status])),
    ),
  );
  const exempt = Object.entries(BUDGETS.firstWindowExempt).map(([path, why]) => `${path}: ${why}`);
  if (exempt.length) console.log(`\nExempt from the one-round-trip document budget (scripts/budgets.ts):\n  ${exempt.join("\n  ")}`);
  console.log(
    problems.length
      ? `\nOver budget (bytes, JavaScript, requests or other hosts):\n  ${problems.join("\n  ")}`
      : "\nEvery page is within the byte, JavaScript and request budgets.",
  );
  return problems.length ? 1 : 0;
}

process.exitCode = await main();

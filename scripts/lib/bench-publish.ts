// The /publish/ page's import in Chromium, timed (reported, never gated): each
// synthetic example's latest export, then generated exports of the sizes asked
// for (10,000 and 100,000 parents by default; scripts/bench-tracker.ts makes
// them the same way). Each run opens the page in a fresh context, lets the
// worker load its solver, chooses the files and times from the button to the
// bundle (or to the page saying the tab ran out of memory or the check stopped).
//   node scripts/lib/bench-publish.ts [dist] [--sizes 10000,100000]
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { EXAMPLE_SERVICES } from "../../src/lib/tracker/examples.ts";
import { listReleases } from "../../src/lib/tracker/releases.ts";
import { writeSyntheticExport } from "../../src/lib/tracker/synthetic-files.ts";
import { serve } from "../serve.ts";
import { BROWSER_ARGS, CHROMIUM } from "./chromium.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/** One import in the page: seconds from the button to the end, and how it ended. */
async function timeImport(browser: Browser, url: string, dir: string, slug: string, month: string): Promise<{ seconds: number; outcome: string }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let crashed = false;
    page.on("crash", () => (crashed = true));
    await page.clock.setFixedTime(new Date(`${month}-15T12:00:00Z`));
    await page.goto(`${url}/publish/`);
    await page.focus("#publish-slug");
    await page.waitForSelector("[data-publish][data-solver=ready]", { timeout: 120_000 });
    await page.setInputFiles(
      "#publish-files",
      readdirSync(dir).map((f) => join(dir, f)),
    );
    await page.fill("#publish-slug", slug);
    const started = performance.now();
    await page.click("[data-run]");
    const status = await page
      .waitForFunction(
        () => !/…$/.test(document.querySelector("[data-status]")?.textContent ?? "…") && document.querySelector("[data-status]")?.textContent,
        null,
        { timeout: 600_000, polling: 100 },
      )
      .then((h) => h.jsonValue() as Promise<string>)
      .catch((e: Error) => (crashed ? "the tab crashed (out of memory?)" : `no result: ${e.message.split("\n")[0]}`));
    const seconds = (performance.now() - started) / 1000;
    return { seconds, outcome: /^Done/.test(status) ? "bundle ready" : status.slice(0, 80) };
  } finally {
    await context.close();
  }
}

/** Prints the table; never throws for a slow or failed import. */
export async function benchPublish(dist: string, sizes: string): Promise<void> {
  console.log("\nImport in the browser (/publish/, Chromium; reported, not gated). Target: examples under 5 s, 10,000 parents under 10 s, 100,000 under 60 s.");
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  const scratch = mkdtempSync(join(tmpdir(), "publish-bench-"));
  try {
    console.log("export                                   parents  seconds  outcome");
    for (const e of EXAMPLE_SERVICES) {
      const release = listReleases(join(ROOT, "examples/services", e.slug)).at(-1) ?? "";
      const r = await timeImport(browser, server.url, join(ROOT, "examples/exports", e.slug, release), e.slug, release);
      console.log(
        `${`${e.slug} ${release} (synthetic example)`.padEnd(40)} ${String(e.parents).padStart(8)} ${r.seconds.toFixed(1).padStart(8)}  ${r.outcome}`,
      );
    }
    for (const n of sizes === "none" ? [] : sizes.split(",").map(Number)) {
      const dir = join(scratch, String(n));
      writeSyntheticExport(dir, { seed: 20_250_301 + n, parents: n, from: "2015-04", to: "2025-03", prefix: "B" });
      const r = await timeImport(browser, server.url, dir, "bench", "2025-03");
      console.log(`${"generated (synthetic)".padEnd(40)} ${String(n).padStart(8)} ${r.seconds.toFixed(1).padStart(8)}  ${r.outcome}`);
      rmSync(dir, { recursive: true, force: true });
    }
  } catch (e) {
    console.log(`The browser import bench stopped: ${(e as Error).message.split("\n")[0]}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--sizes");
  const dist = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--sizes") ?? "dist";
  await benchPublish(resolve(ROOT, dist), at >= 0 ? (args[at + 1] ?? "10000,100000") : "10000,100000");
}

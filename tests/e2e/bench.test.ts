// The benchmark's exit code, on fixture sites: a page over a byte budget (its
// transfer, or its document over the first window) fails it; pages that Lighthouse scores below target but that are within every byte,
// JavaScript and request budget do not. So CI can fail on a heavier build but
// never on a noisy score.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../scripts/budgets.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-fixture-"));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "index.html"), html);
  }
  writeFileSync(join(dir, "favicon.ico"), "");
  return dir;
}

function bench(dir: string, ...options: string[]) {
  const run = spawnSync(process.execPath, ["scripts/bench.ts", "--no-build", "--outDir", dir, "--tracker-sizes", "none", ...options], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

// Deliberately poor for Lighthouse's SEO and accessibility audits (no lang, no
// description, an image without alt text), but tiny.
// Its icon is inline, as the site's is: a key page makes one request.
const poor = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,"></head><body>${body}<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;
const chart = '<figure class="chart-figure"><svg viewBox="0 0 10 10" width="100" height="100"><rect width="10" height="10" fill="#12436D"/></svg></figure>';

describe("npm run bench", () => {
  it("fails a page over the byte budget, naming it", () => {
    // Random bytes as hex do not compress below half their size: well over budget gzipped.
    const heavy = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy</title></head><body><p>${randomBytes(BUDGETS.everyPage.transferredBytes).toString("hex")}</p></body></html>`;
    const { status, out } = bench(site({ "": heavy }), "--lighthouse", "none");
    expect(out).toMatch(/\/: [\d,]+ bytes transferred, budget 60,000 bytes/);
    expect(status).toBe(1);
  }, 120_000);

  it("fails any page whose document is over TCP's first window, not only a key page", () => {
    // About 17 KB gzipped: over the first window, well under the transfer budget.
    const big = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body><p>${randomBytes(16_000).toString("hex")}</p></body></html>`;
    const { status, out } = bench(site({ "": poor("<h1>Home</h1>"), about: big }), "--lighthouse", "none");
    expect(out).toMatch(/\/about\/: document [\d,]+ bytes with its headers, budget 14,600 bytes/);
    expect(out).not.toMatch(/\/about\/: [\d,]+ bytes transferred/);
    expect(status).toBe(1);
  }, 120_000);

  it("passes light pages that Lighthouse scores below target, and reports the gap and the LCP ratio", () => {
    const dir = site({ "": poor("<h1>Home</h1>"), "child-outcomes": poor(`<h1>Children</h1>${chart}`), services: poor("<h1>Services</h1>") });
    const { status, out } = bench(dir, "--lighthouse", "budgeted", "--runs", "1");
    expect(out).toContain("Lighthouse below target (reported, not gated)");
    expect(out).toMatch(/\/: (seo|accessibility) \d+, \d+ below target 100/);
    expect(out).toContain("LCP against a bare page");
    expect(out).toContain("Every page is within the byte, JavaScript and request budgets.");
    expect(status).toBe(0);
  }, 300_000);
});

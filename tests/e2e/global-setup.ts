// Before the browser tests: make sure Debian's Chromium is there
// (scripts/ensure-chromium.sh; only this project needs it, so the unit tests
// install nothing), build the site (unless SKIP_BUILD=1), serve it as a static
// host would (scripts/serve.ts, headers from dist/_headers) on a free port, and
// start one Chromium that every test file connects to. After: stop both.
// E2E_DIST=/some/dir SKIP_BUILD=1 tests a site built elsewhere (e.g. with --outDir).
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.ts";
import { BROWSER_ARGS, CHROMIUM } from "../../scripts/lib/chromium.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync("bash", ["scripts/ensure-chromium.sh"], { cwd: ROOT, stdio: "inherit" });
  const dist = resolve(ROOT, process.env.E2E_DIST ?? "dist");
  if (process.env.SKIP_BUILD !== "1") {
    if (process.env.E2E_DIST) throw new Error("E2E_DIST needs SKIP_BUILD=1: npm run build always writes dist/");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const server = await serve(dist);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  project.provide("baseUrl", server.url);
  project.provide("distDir", dist);
  project.provide("wsEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

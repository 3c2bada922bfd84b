// Runs the post-build CSP step (scripts/csp.ts) at the end of every `astro build`,
// whatever its --outDir, so no build can ship without the policy. Add to
// astro.config.mjs: `integrations: [csp()]`.
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { applyCsp } from "./csp.ts";

export function csp(): AstroIntegration {
  return {
    name: "strict-csp",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const report = applyCsp(fileURLToPath(dir));
        logger.info(
          `policy in ${report.pages} pages and _headers; ${report.hashes.length} inline script hash(es), ${report.styleHashes.length} <style> hash(es)`,
        );
        for (const problem of report.problems) logger.warn(`blocked by the policy: ${problem}`);
      },
    },
  };
}

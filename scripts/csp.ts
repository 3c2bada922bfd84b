// Post-build: puts the Content Security Policy into every built HTML page as a
// <meta> and writes dist/_headers (the CSP and the headers in OTHER_HEADERS)
// for the host. Inline scripts and <style> elements found in the HTML are allowed
// by their sha256 hash; style attributes and event handlers cannot be, so they are listed as problems
// (the browser tests then fail on the page that has them).
//   npm run csp -- [dir (default dist)]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import {
  headersFile,
  inlineModuleScripts,
  inlineProblems,
  inlineScripts,
  inlineStyles,
  PAGE_POLICIES,
  policy,
  cspHash,
  withMeta,
  WORKER_POLICY,
} from "./lib/csp.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export interface CspReport {
  pages: number;
  hashes: string[];
  styleHashes: string[];
  problems: string[];
}

export function applyCsp(root: string): CspReport {
  const dir = resolve(root);
  const files = htmlFiles(dir);
  if (files.length === 0) throw new Error(`csp: no HTML files under ${dir}`);
  const readAsset = (src: string) => {
    const path = join(dir, src);
    return existsSync(path) ? readFileSync(path, "utf8") : null;
  };
  // Small islands go inline first, so their hashes are part of the policy.
  const pages = files.map((file) => ({ file, html: inlineModuleScripts(readFileSync(file, "utf8"), readAsset) }));
  const hashes = new Set<string>();
  const styleHashes = new Set<string>();
  const problems: string[] = [];
  const own = pages.map(({ file, html }) => {
    const mine = {
      script: inlineScripts(html)
        .filter((s) => s.governed)
        .map((s) => cspHash(s.text)),
      style: inlineStyles(html).map(cspHash),
    };
    for (const h of mine.script) hashes.add(h);
    for (const h of mine.style) styleHashes.add(h);
    for (const p of inlineProblems(html)) problems.push(`${relative(dir, file)}: ${p}`);
    return mine;
  });
  // One header for the whole site (it cannot vary by page on every host), allowing
  // every page's inline blocks. Each page's meta repeats it, narrowed to that page's
  // own hashes, so the page is protected wherever it is served, and each page carries
  // a few hashes rather than the whole site's: every hash is 32 bytes gzip cannot
  // shrink, and with them all the larger pages no longer fit TCP's first window
  // (docs/decisions/csp-meta-per-page.md). A browser enforces both: the meta's narrower list.
  // The one exception is a page in PAGE_POLICIES (/publish/), which gets its own policy in its meta and its own rule.
  const all = { script: [...hashes].sort(), style: [...styleHashes].sort() };
  const pathOf = (file: string) => `/${relative(dir, file).split(sep).join("/")}`.replace(/index\.html$/, "");
  pages.forEach(({ file, html }, i) => writeFileSync(file, withMeta(html, policy(own[i]!, "meta", pathOf(file)))));
  const rules = Object.keys(PAGE_POLICIES)
    .filter((page) => pages.some(({ file }) => pathOf(file) === page))
    .map((page) => [page, policy(all, "header", page)] as const);
  const worker = existsSync(join(dir, "_astro", "publish")) ? WORKER_POLICY : undefined;
  writeFileSync(join(dir, "_headers"), headersFile(policy(all, "header"), rules, worker));
  return { pages: pages.length, hashes: all.script, styleHashes: all.style, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "dist";
  const report = applyCsp(dir);
  console.log(
    `csp: policy in ${report.pages} pages and ${dir}/_headers; ${report.hashes.length} inline script hash(es), ${report.styleHashes.length} <style> hash(es)` +
      (report.problems.length ? `; ${report.problems.length} style attribute(s)/handler(s) the policy will block:` : ""),
  );
  for (const p of report.problems) console.warn(`  ${p}`);
}

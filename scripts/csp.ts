// Post-build: puts the Content Security Policy into every built HTML page as a
// <meta> and writes dist/_headers (the CSP and the headers in OTHER_HEADERS)
// for the host. Inline scripts and <style> elements found in the HTML are allowed
// by their sha256 hash; style attributes and event handlers cannot be, so they are listed as problems
// (the browser tests then fail on the page that has them).
//   npm run csp -- [dir (default dist)]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { headersFile, inlineModuleScripts, inlineProblems, inlineScripts, inlineStyles, PAGE_POLICIES, policy, sha256, withMeta, workerPolicy } from "./lib/csp.ts";

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
  for (const { file, html } of pages) {
    for (const s of inlineScripts(html)) if (s.governed) hashes.add(sha256(s.text));
    for (const text of inlineStyles(html)) styleHashes.add(sha256(text));
    for (const p of inlineProblems(html)) problems.push(`${relative(dir, file)}: ${p}`);
  }
  // One policy for the whole site, and the meta repeats it so the page is protected wherever it is served;
  // the one exception is a page in PAGE_POLICIES (/publish/), which gets its own in its meta and its own rule.
  const all = { script: [...hashes].sort(), style: [...styleHashes].sort() };
  // A page with its own policy (PAGE_POLICIES: /publish/) gets it in its <meta> and in a rule of its own.
  const pathOf = (file: string) => `/${relative(dir, file).split(sep).join("/")}`.replace(/index\.html$/, "");
  for (const { file, html } of pages) writeFileSync(file, withMeta(html, policy(all, "meta", pathOf(file))));
  const own = Object.keys(PAGE_POLICIES)
    .filter((page) => pages.some(({ file }) => pathOf(file) === page))
    .map((page) => [page, policy(all, "header", page)] as const);
  const worker = existsSync(join(dir, "_astro", "publish")) ? workerPolicy() : undefined;
  writeFileSync(join(dir, "_headers"), headersFile(policy(all, "header"), own, worker));
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

// The pages of a built site, discovered from the build itself: every .html file
// under dist, plus every URL in a sitemap when one exists. The browser tests and
// the benchmark both use it, so neither trusts a hand-kept list of pages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface SitePage {
  /** How the page is named in test names: its URL path. */
  name: string;
  /** Path to request. */
  path: string;
  /** Status the host should answer with. */
  status: 200 | 404;
  /**
   * Charts (figure.chart-figure) in the built HTML; 0 when there is no file.
   * Read from the build under test, so it is not an expectation: a browser test
   * that only compares with it cannot notice a page that lost its charts.
   * tests/e2e/expected.ts holds the independent minimums.
   */
  charts: number;
}

/** The page that answers any missing path. */
export const MISSING_PATH = "/e2e-no-such-page/";

function pathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

/** Paths listed in dist/sitemap-index.xml or dist/sitemap.xml (following an index); [] without one. */
export function sitemapPaths(dist: string): string[] {
  const seen = new Set<string>();
  const queue = ["sitemap-index.xml", "sitemap.xml"].filter((f) => existsSync(join(dist, f)));
  const paths: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const xml = readFileSync(join(dist, file), "utf8");
    const isIndex = /<sitemapindex\b/.test(xml);
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const path = new URL(m[1]!).pathname;
      if (isIndex) queue.push(path.replace(/^\//, ""));
      else paths.push(path);
    }
  }
  return paths;
}

export function discoverPages(dist: string): SitePage[] {
  if (!existsSync(dist)) throw new Error(`No built site at ${dist}: run npm run build (or unset SKIP_BUILD)`);
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
  const pages = new Map<string, SitePage>();
  for (const file of files) {
    const charts = (readFileSync(file, "utf8").match(/<figure\b[^>]*\bclass="[^"]*\bchart-figure\b/g) ?? []).length;
    const path = pathOf(dist, file);
    if (path === "/404.html") pages.set(path, { name: "404 page", path: MISSING_PATH, status: 404, charts });
    else pages.set(path, { name: path, path, status: 200, charts });
  }
  // A page in the sitemap but not built fails its status test instead of vanishing.
  for (const path of sitemapPaths(dist)) if (!pages.has(path)) pages.set(path, { name: path, path, status: 200, charts: 0 });
  return [...pages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

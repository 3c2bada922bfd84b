// The sitemap's list of pages: every page file Astro builds, plus every page
// the navigation names (so a page produced by a dynamic route is not missed).
// Pure, so it can be tested without a build.

/** "./pages/findings/index.astro" → "/findings/"; null for pages a sitemap must not list. */
export function pathOfPageFile(file: string): string | null {
  // Glob keys are relative to src/pages ("./notes.astro"); paths may be longer.
  const rel = file.replace(/^(.*?\/pages\/|\.\/)/, "").replace(/\.astro$/, "");
  if (rel.includes("[") || rel === "404" || rel === "500" || rel.split("/").some((p) => p.startsWith("_"))) return null;
  const path = rel === "index" ? "" : rel.replace(/\/index$/, "");
  return path ? `/${path}/` : "/";
}

/** Unique paths, home first, then in alphabetical order. */
export function sitemapPaths(pageFiles: string[], linked: string[]): string[] {
  const paths = new Set<string>();
  for (const f of pageFiles) {
    const p = pathOfPageFile(f);
    if (p) paths.add(p);
  }
  for (const href of linked) if (href.startsWith("/") && href.endsWith("/")) paths.add(href);
  return [...paths].sort((a, b) => (a === "/" ? -1 : b === "/" ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

const escapeXml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");

/** A sitemaps.org urlset with absolute addresses (no dates: the build is reproducible). */
export function sitemapXml(site: string | URL, paths: string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

// schema.org Dataset metadata for /data/, so catalogues and search engines can
// find the files. It is a data block (application/ld+json): browsers do not run
// it. No licence is stated because the sources grant none.
import { DOCUMENTS } from "../documents.ts";
import { SITE_NAME } from "../site.ts";
import type { Catalogue, FileInfo } from "./data-catalogue.ts";

const MEDIA: Record<string, string> = { CSV: "text/csv", JSON: "application/json", ZIP: "application/zip" };

/** With no site address (SITE_URL unset), addresses stay relative to the page's site rather than invented. */
export function datasetJsonLd(c: Catalogue, files: FileInfo[], siteUrl: string | URL | null): Record<string, unknown> {
  const url = (href: string) => (siteUrl ? new URL(href, siteUrl).href : href);
  const all = [...files, c.packageFile, ...(c.archive ? [c.archive] : [])];
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: c.pkg.title,
    description: c.pkg.description,
    url: url("/data/"),
    isAccessibleForFree: true,
    usageInfo: c.pkg.reuse,
    creator: { "@type": "Organization", name: SITE_NAME, url: url("/") },
    spatialCoverage: "Salford, England",
    keywords: ["recurrent care proceedings", "children's social care", "Salford", "Strengthening Families", "parenting support"],
    isBasedOn: Object.values(DOCUMENTS).map((d) => ({
      "@type": "CreativeWork",
      name: d.title,
      publisher: { "@type": "Organization", name: d.publisher },
      datePublished: d.year,
    })),
    distribution: all.map((f) => ({
      "@type": "DataDownload",
      name: f.path,
      encodingFormat: MEDIA[f.format] ?? "application/octet-stream",
      contentUrl: url(f.href),
      contentSize: `${f.bytes} bytes`,
      sha256: f.sha256,
    })),
  };
}

/** JSON safe to place inside a <script> element: no "</script>" can close it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e").replaceAll("&", "\\u0026");
}

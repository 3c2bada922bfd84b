// How to cite this site and its sources, in one place: the /data/ page and the
// README inside the data archive both print these lines.
import { DOCUMENTS, type SourceDocument } from "./documents.ts";
import { SITE_NAME } from "./site.ts";

export const ARCHIVE_NAME = "strengthening-families-data.zip";

/** "Publisher (year). Title." ("n.d." when the source gives no year). */
export function citeDocument(d: Pick<SourceDocument, "publisher" | "year" | "title">): string {
  const year = /^\d{4}$/.test(d.year) ? d.year : "n.d.";
  // Titles that already end in "(2020)" would print the year twice.
  return `${d.publisher} (${year}). ${d.title.replace(/ \(\d{4}\)$/, "")}.`;
}

/**
 * The site as a dataset: name, address and the day the reader used it. With no
 * address configured (SITE_URL unset) the citation names none rather than a
 * made-up one.
 */
export function citeSite(siteUrl: string | URL | null, page = "/data/"): string {
  const where = siteUrl ? ` ${new URL(page, siteUrl).href}` : "";
  return `${SITE_NAME}. Checked figures from the evaluation of Salford's Strengthening Families service.${where} (accessed on the date you downloaded it).`;
}

/** Every source document's citation, evaluation first. */
export function sourceCitations(): string[] {
  return Object.values(DOCUMENTS).map(citeDocument);
}

/** The reuse position in plain words, for the page and the README. */
export const REUSE_TERMS = [
  "None of the source documents grants an open licence, so this site does not claim one for the figures either.",
  "The figures are published facts. You may quote them, with their bases, if you name the source document and this site.",
  "The structure of these files (column names, identifiers, checks and notes) was made for this site; reuse it with the same attribution.",
  "No text from the source documents is reproduced here, and no interview material or description of any parent or child.",
];

// /sitemap.xml: every page of the site, at the public address from SITE_URL
// (astro.config.mjs `site`). A sitemap needs absolute addresses, so without one
// the build writes no sitemap rather than invent a domain; robots.txt then names none.
import type { APIRoute } from "astro";
import { FINDINGS, SECTIONS } from "../lib/site.ts";
import { sitemapPaths, sitemapXml } from "../lib/sitemap.ts";
import { ledger } from "../lib/load.ts";
import { noteHref } from "../lib/pages/notes.ts";

// Only the file names are needed, so the modules are never loaded.
const pageFiles = Object.keys(import.meta.glob("./**/*.astro"));
const EXTRA = ["/accessibility/"];

// A dynamic route only so that it can produce no file at all without an address.
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: "sitemap" } }] : [];
}

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("sitemap.xml: needs SITE_URL");
  // The notes' entry pages come from a dynamic route (notes/[id].astro), one per ledger entry.
  const entries = ledger().map((e) => noteHref(e.id));
  const paths = sitemapPaths(pageFiles, [...SECTIONS, ...FINDINGS].map((l) => l.href).concat(EXTRA, entries));
  return new Response(sitemapXml(site, paths), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};

// /sitemap.xml: every page of the site, at the address set by `site` in
// astro.config.mjs. robots.txt points here.
import type { APIRoute } from "astro";
import { FINDINGS, SECTIONS } from "../lib/site.ts";
import { sitemapPaths, sitemapXml } from "../lib/sitemap.ts";

// Only the file names are needed, so the modules are never loaded.
const pageFiles = Object.keys(import.meta.glob("./**/*.astro"));
const EXTRA = ["/accessibility/"];

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("sitemap.xml: set `site` in astro.config.mjs");
  const paths = sitemapPaths(pageFiles, [...SECTIONS, ...FINDINGS].map((l) => l.href).concat(EXTRA));
  return new Response(sitemapXml(site, paths), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};

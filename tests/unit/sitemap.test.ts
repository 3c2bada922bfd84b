import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { GET as robotsTxt } from "../../src/pages/robots.txt.ts";
import { pathOfPageFile, sitemapPaths, sitemapXml } from "../../src/lib/sitemap.ts";
import { FINDINGS, SECTIONS } from "../../src/lib/site.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("pathOfPageFile", () => {
  it("maps page files to the addresses Astro builds (trailing slash, directory format)", () => {
    expect(pathOfPageFile("./index.astro")).toBe("/");
    expect(pathOfPageFile("./notes.astro")).toBe("/notes/");
    expect(pathOfPageFile("./data/index.astro")).toBe("/data/");
    expect(pathOfPageFile("/src/pages/findings/index.astro")).toBe("/findings/");
  });

  it("leaves out the 404 page, dynamic routes and private files", () => {
    expect([pathOfPageFile("./404.astro"), pathOfPageFile("./guides/[slug].astro"), pathOfPageFile("./_draft.astro")]).toEqual([null, null, null]);
  });
});

describe("sitemapPaths", () => {
  it("merges page files with linked pages, once each, home first", () => {
    expect(sitemapPaths(["./notes.astro", "./index.astro", "./404.astro"], ["/notes/", "/about/", "/data/x.csv", "https://e.org/"])).toEqual([
      "/",
      "/about/",
      "/notes/",
    ]);
  });

  it("lists every page file in src/pages and every page the navigation names", () => {
    const dir = join(ROOT, "src/pages");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".astro"))
      .map((f) => `./${relative(dir, join(dir, f))}`);
    const paths = sitemapPaths(
      files,
      [...SECTIONS, ...FINDINGS].map((l) => l.href),
    );
    for (const p of ["/", "/about/", "/accessibility/", "/data/", "/notes/", "/findings/", ...FINDINGS.map((f) => f.href)]) {
      expect(paths).toContain(p);
    }
    expect(paths).not.toContain("/404/");
  });
});

describe("sitemapXml", () => {
  it("writes absolute, escaped addresses in a sitemaps.org urlset", () => {
    const xml = sitemapXml("https://example.org", ["/", "/a&b/"]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://example.org/</loc>");
    expect(xml).toContain("<loc>https://example.org/a&amp;b/</loc>");
  });
});

describe("robots.txt", () => {
  const robots = async (site: URL | undefined) => (await robotsTxt({ site } as Parameters<typeof robotsTxt>[0])).text();
  it("points to the sitemap at the site's own address when there is one", async () => {
    expect(await robots(new URL("https://data.test/"))).toContain("Sitemap: https://data.test/sitemap.xml");
  });
  it("names no sitemap without an address", async () => {
    const text = await robots(undefined);
    expect(text).toContain("User-agent: *");
    expect(text).not.toContain("Sitemap");
  });
});

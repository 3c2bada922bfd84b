// The site's address comes from SITE_URL alone; unset, nothing invents one:
// the citation names no address and links stay relative.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteUrl } from "../../src/lib/site-url.ts";
import { citeSite } from "../../src/lib/citation.ts";
import { readme } from "../../src/lib/data-step/publish/archive.ts";

describe("siteUrl", () => {
  it("reads SITE_URL, and gives null when it is unset or blank", () => {
    expect(siteUrl({ SITE_URL: "https://data.salford.gov.uk" })?.href).toBe("https://data.salford.gov.uk/");
    expect(siteUrl({})).toBeNull();
    expect(siteUrl({ SITE_URL: "  " })).toBeNull();
  });

  it("refuses an address that is not http(s)", () => {
    expect(() => siteUrl({ SITE_URL: "ftp://x.org" })).toThrow(/http/);
  });
});

describe("with no address set", () => {
  it("cites the site without a URL", () => {
    const c = citeSite(null);
    expect(c).not.toMatch(/https?:|\.example/);
    expect(c).toMatch(/accessed on the date/);
  });

  it("writes the archive README without a URL", () => {
    const text = readme(new Map([["a.csv", new Uint8Array([1])]]), { title: "T", description: "D", resources: [] }, null);
    expect(text).toMatch(/How to cite/);
    expect(text).not.toMatch(/https?:\/\/(?!schema)|\.example/);
  });
});

describe("the placeholder domain", () => {
  // astro.config.mjs is left out: the lead owns it and sets `site` from SITE_URL there.
  const ROOT = new URL("../../", import.meta.url).pathname;
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((n) => {
      const p = join(dir, n);
      return statSync(join(ROOT, p)).isDirectory() ? walk(p) : [p];
    });

  it("appears nowhere in the site's source, scripts or data", () => {
    const files = ["src", "scripts", "data"].flatMap(walk);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => readFileSync(join(ROOT, f), "utf8").includes("strengthening-families.example"));
    expect(offenders).toEqual([]);
  });
});

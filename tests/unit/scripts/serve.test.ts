// The static server behaves like a host: index.html for directories, a redirect
// to the trailing slash, 404.html with status 404, types, headers, no escapes.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type Running } from "../../../scripts/serve.ts";
import { headersFor, parseHeaders } from "../../../scripts/lib/headers.ts";

let site: Running;
beforeAll(async () => {
  const outer = mkdtempSync(join(tmpdir(), "serve-"));
  const dir = join(outer, "site");
  mkdirSync(join(dir, "about"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<p>home</p>");
  writeFileSync(join(dir, "about", "index.html"), "<p>about</p>");
  writeFileSync(join(dir, "404.html"), "<p>missing</p>");
  writeFileSync(join(dir, "data.csv"), "a,b\n1,2\n");
  writeFileSync(join(dir, "_headers"), "# test\n/*\n  X-Test: all\n/about/\n  X-Test: about\n");
  writeFileSync(join(outer, "secret.txt"), "no");
  site = await serve(dir);
});
afterAll(() => site.close());

const get = (path: string, init?: RequestInit) => fetch(site.url + path, { redirect: "manual", ...init });

/** A request with the path sent exactly as written (fetch would tidy away ".."). */
function rawStatus(path: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(site.url + "/", { path }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serve", () => {
  it("serves directory index pages as HTML with the _headers headers", async () => {
    const res = await get("/about/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<p>about</p>");
    expect(res.headers.get("x-test")).toBe("all, about");
  });

  it("redirects a directory without its slash and answers missing paths with 404.html", async () => {
    expect((await get("/about")).headers.get("location")).toBe("/about/");
    const missing = await get("/nope/");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<p>missing</p>");
    expect(missing.headers.get("x-test")).toBe("all");
  });

  it("never serves a file outside the folder", async () => {
    expect(await rawStatus("/../secret.txt")).toBe(404);
    expect(await rawStatus("/..%2fsecret.txt")).toBe(404);
    expect(await rawStatus("/%2e%2e%2fsecret.txt")).toBe(404);
    expect(await rawStatus("/data.csv")).toBe(200);
  });

  it("gives data its type and gzips when asked", async () => {
    const res = await get("/data.csv", { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // fetch decodes gzip itself; the header says it was compressed on the wire.
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toBe("a,b\n1,2\n");
  });

  it("refuses other methods", async () => {
    expect((await get("/", { method: "POST" })).status).toBe(405);
  });
});

describe("_headers", () => {
  it("matches exact paths and splats, and rejects a header without a path", () => {
    const rules = parseHeaders("/a/*\n  A: 1\n/b/\n  B: 2\n");
    expect([...headersFor(rules, "/a/x.js")]).toEqual([["a", "1"]]);
    expect([...headersFor(rules, "/b/c/")]).toEqual([]);
    expect(() => parseHeaders("  A: 1\n")).toThrow(/line 1/);
  });
});

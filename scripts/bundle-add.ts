// npm run bundle:add -- <bundle.zip> [--service <slug>] [--out <services folder>] [--example]
// A bundle a council made in its browser (/publish/) and sent as one ZIP: checked
// with the data step's own bundle checks (src/lib/monitoring/bundle.ts: every
// file present, each matching its SHA-256 in datapackage.json, the audit, the
// slug, no count from 1 to k-1, synthetic bundles refused) and the import's
// release rules (src/lib/tracker/releases.ts), then unpacked as a new release,
// <out>/<slug>/<YYYY-MM>/, whole or not at all. On any problem it prints each
// one and the reason, writes nothing and exits 1; a mistake in the command
// itself exits 2. --example takes synthetic bundles only (the example build's rule).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { formatProblem, type DataProblem } from "../src/lib/errors.ts";
import { BUNDLE_FILES, checkBundle, type BundleFiles, type BundleMode } from "../src/lib/monitoring/bundle.ts";
import { writeFolderAtomic } from "../src/lib/io/atomic-write.ts";
import { listReleases, RELEASE, releaseRefusal } from "../src/lib/tracker/releases.ts";
import { SLUG } from "../src/lib/tracker/service.ts";
import { unzip } from "../src/lib/io/zip-deflate.ts";

const ROOT = new URL("..", import.meta.url).pathname;

export interface AddResult {
  ok: boolean;
  /** Why nothing was written, one line each. */
  problems: string[];
  written?: string;
}

/** Checks a bundle ZIP and, only when every check passes, writes it as a new release under `out`. */
export function addBundle(zipBytes: Uint8Array, opts: { out: string; mode: BundleMode; slug?: string }): AddResult {
  const refuse = (...problems: string[]): AddResult => ({ ok: false, problems });
  let entries;
  try {
    entries = unzip(zipBytes);
  } catch (e) {
    return refuse(`the file is not a bundle this site can read: ${(e as Error).message}`);
  }
  const names = entries.map((e) => e.name);
  const extra = names.filter((n) => !(BUNDLE_FILES as readonly string[]).includes(n));
  // Only the six files the import writes, at the top of the ZIP: anything else (an export's CSV above all) is refused unread.
  if (extra.length)
    return refuse(`the ZIP holds files a bundle never has (${extra.join(", ")}): send the ZIP the publish page or npm run tracker made, unchanged`);
  if (new Set(names).size !== names.length) return refuse("the ZIP holds a file twice");
  const files: BundleFiles = {};
  const bytes = new Map<string, Uint8Array>();
  for (const { name, data } of entries) {
    files[name as keyof BundleFiles] = new TextDecoder().decode(data);
    bytes.set(name, data);
  }
  let service: { slug?: unknown; period?: { to?: unknown } } = {};
  try {
    service = JSON.parse(files["service.json"] ?? "{}") as typeof service;
  } catch {
    // checkBundle names the file and the rule.
  }
  const slug = opts.slug ?? (typeof service.slug === "string" && SLUG.test(service.slug) ? service.slug : undefined);
  const release = typeof service.period?.to === "string" && RELEASE.test(service.period.to) ? service.period.to : undefined;
  if (!slug || !release) {
    const checked = checkBundle("bundle", slug ?? "(no slug)", files, opts.mode, release);
    return refuse(...(checked.problems.length ? checked.problems.map(formatProblem) : ["service.json gives no valid slug and period"]));
  }
  const checked = checkBundle("bundle", slug, files, opts.mode, release);
  if (checked.problems.length || !checked.bundle) return refuse(...checked.problems.map((p: DataProblem) => formatProblem(p)));
  const serviceDir = join(opts.out, slug);
  const existing = listReleases(serviceDir);
  // A bundle from /publish/ was protected on its own: the page does not hold the service's earlier releases, so it
  // cannot audit a next release with them (src/lib/tracker/joint.ts). Until it can, only a first release (or a made-up
  // one) is added this way; a next release comes from npm run tracker, which reads the earlier ones.
  const alone =
    existing.length > 0 && !checked.bundle.service.synthetic
      ? `this service has published ${existing.at(-1)} already; a next release must be audited with the earlier ones, which the web page cannot do yet: run npm run tracker with the service folder`
      : null;
  const refused = releaseRefusal(existing, release) ?? alone;
  if (refused) return refuse(refused);
  const target = join(serviceDir, release);
  // In the order the import writes them, byte for byte as they arrived.
  writeFolderAtomic(
    target,
    BUNDLE_FILES.map((n) => [n, bytes.get(n)!] as const),
    { replace: false },
  );
  return { ok: true, problems: [], written: target };
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { service: { type: "string" }, out: { type: "string" }, example: { type: "boolean" } } });
  } catch (e) {
    console.error(`bundle:add: ${String((e as Error).message).split(". ")[0]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  if (!path) {
    console.error("bundle:add: give the bundle's ZIP (usage: npm run bundle:add -- <bundle.zip> [--service <slug>] [--out <services folder>] [--example])");
    return 2;
  }
  if (!existsSync(path)) {
    console.error("bundle:add: the ZIP was not found: check its path");
    return 2;
  }
  if (values.service !== undefined && !SLUG.test(values.service)) {
    console.error("bundle:add: --service must be a short name in lower-case letters and digits, with words joined by hyphens (for example north-town)");
    return 2;
  }
  const mode: BundleMode = values.example ? "example" : "production";
  const out = resolve(values.out ?? join(ROOT, mode === "example" ? "examples/services" : "data/services"));
  const result = addBundle(new Uint8Array(readFileSync(path)), { out, mode, ...(values.service ? { slug: values.service } : {}) });
  if (!result.ok) {
    for (const p of result.problems) console.error(`bundle:add: ${p}`);
    console.error("bundle:add: the bundle was refused; nothing was written.");
    return 1;
  }
  console.log(`bundle:add: checked and written to ${result.written}; commit it with npm run data's checks passing.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();

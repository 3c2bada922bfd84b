// A service's bundle, as the site build reads it: the files the tracker import
// wrote (figures.json, figures.csv, disclosure.json, service.json, checks.json,
// datapackage.json), checked again before anything is published. The import
// already refuses an unsafe bundle; these checks catch a bundle edited by hand
// afterwards, a synthetic bundle in the production build, and a real one in the
// example build. Every problem names the file, the record and the rule.
import { z } from "zod";
import { fail, type DataProblem } from "../errors.ts";
import { BUNDLE_CSV_COLUMNS, figuresCsv, type FigureCsvInput } from "../data-step/publish/figure-csv.ts";
import { sha256 } from "../io/sha256.ts";
import {
  bundleFigureSchema,
  bundleServiceSchema,
  checksSchema,
  disclosureSchema,
  type BundleFigure,
  type BundleService,
  type Disclosure,
} from "../contract/bundle.ts";
import { recordLines } from "./json-lines.ts";
import { releasePeriodProblems } from "./releases.ts";

export interface Bundle {
  service: BundleService;
  figures: BundleFigure[];
  disclosure: Disclosure;
}

/** Every file of a bundle; datapackage.json lists each of the others with its SHA-256. */
export const BUNDLE_FILES = ["figures.json", "figures.csv", "disclosure.json", "service.json", "checks.json", "datapackage.json"] as const;
export type BundleFiles = Partial<Record<(typeof BUNDLE_FILES)[number], string>>;

/** Which build reads the bundles: production publishes only real ones, the example build only synthetic ones. */
export type BundleMode = "production" | "example";

/** Checks one bundle folder (`<dir>/<slug>/<release>/`, or `<dir>/<slug>/` without a release); returns the bundle only when there is no problem. */
export function checkBundle(dir: string, slug: string, files: BundleFiles, mode: BundleMode, release?: string): { bundle?: Bundle; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const at = (name: string) => (release === undefined ? `${dir}/${slug}/${name}` : `${dir}/${slug}/${release}/${name}`);
  for (const name of BUNDLE_FILES) {
    if (files[name] === undefined)
      problems.push(fail({ file: at(name), id: "bundle-file-missing", message: "a bundle needs this file; run the tracker import again" }));
  }
  if (problems.length) return { problems };

  const parsed = (name: (typeof BUNDLE_FILES)[number]) => {
    try {
      return JSON.parse(files[name]!) as unknown;
    } catch (e) {
      problems.push(fail({ file: at(name), id: "bundle-json", message: `not valid JSON (${(e as Error).message})` }));
      return undefined;
    }
  };
  const serviceJson = parsed("service.json");
  const figuresJson = parsed("figures.json");
  const disclosureJson = parsed("disclosure.json");
  const checksJson = parsed("checks.json");
  const packageJson = parsed("datapackage.json");
  if (problems.length) return { problems };

  const service = checked(bundleServiceSchema, serviceJson, at("service.json"), "bundle-service", problems);
  if (service && service.slug !== slug) problems.push(slugProblem(at("service.json"), "slug", service.slug, slug));
  if (service && release !== undefined) problems.push(...releasePeriodProblems(at("service.json"), release, service.period));
  const disclosure = checked(disclosureSchema, disclosureJson, at("disclosure.json"), "bundle-disclosure", problems);
  const checks = checked(checksSchema, checksJson, at("checks.json"), "bundle-checks", problems, checksMessage);
  if (checks && checks.service !== slug) problems.push(slugProblem(at("checks.json"), "service", checks.service, slug));
  const figures = parseFigures(at("figures.json"), files["figures.json"]!, figuresJson, problems);
  problems.push(...hashProblems(at("datapackage.json"), packageJson, files));
  if (!service || !disclosure || !figures || problems.length) return { problems };
  const bundle = { service, figures, disclosure };
  problems.push(...safetyProblems(at, bundle, files["figures.json"]!, mode));
  // Validated above; read again whole, since the CSV also carries fields the pages do not parse (precision, remark, a flow's ends).
  if (files["figures.csv"] !== figuresCsv(figuresJson as FigureCsvInput[], BUNDLE_CSV_COLUMNS))
    problems.push(
      fail({
        file: at("figures.csv"),
        id: "bundle-csv",
        message: "figures.csv does not hold the records of figures.json: run the import again",
      }),
    );
  return problems.length ? { problems } : { bundle, problems };
}

/** A file's JSON read through its schema; each issue becomes a problem naming the field. */
function checked<T>(
  schema: z.ZodType<T>,
  json: unknown,
  file: string,
  rule: string,
  problems: DataProblem[],
  message = (issue: z.ZodError["issues"][number]) => issue.message,
): T | undefined {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const i of result.error.issues) problems.push(fail({ file, column: i.path.join("."), id: rule, message: message(i) }));
  return undefined;
}

/** A file naming another service than its folder. */
const slugProblem = (file: string, column: string, found: string, slug: string): DataProblem =>
  fail({
    file,
    column,
    id: "bundle-slug",
    message: `the ${column} must be the folder's name, "${slug}"`,
    value: found,
  });

/** zod's words, except for an outcome: say which outcomes are allowed, and why. */
function checksMessage(issue: z.ZodError["issues"][number]): string {
  return issue.path.at(-1) === "outcome"
    ? 'a FAIL check\'s outcome must be "passed" (a bundle is written only when every one passes) and an advisory\'s "not-published" (whether it was raised is shown only to the analyst: it can point to one person); run the import again'
    : issue.message;
}

function parseFigures(file: string, text: string, json: unknown, problems: DataProblem[]): BundleFigure[] | undefined {
  if (!Array.isArray(json)) {
    problems.push(fail({ file, id: "bundle-figures", message: "figures.json must be a list of figure records" }));
    return undefined;
  }
  const lines = recordLines(text);
  const out: BundleFigure[] = [];
  json.forEach((raw, i) => {
    const r = bundleFigureSchema.safeParse(raw);
    if (r.success) out.push(r.data);
    else
      for (const issue of r.error.issues)
        problems.push(
          fail({
            file,
            line: lines[i],
            column: issue.path.join(".") || undefined,
            id: "bundle-figure-record",
            message: `record ${i + 1}: ${issue.message}`,
          }),
        );
  });
  return problems.length ? undefined : out;
}

/** The data package lists every other file of the bundle with its SHA-256: a bundle changed after the import no longer matches. */
function hashProblems(file: string, pkg: unknown, files: BundleFiles): DataProblem[] {
  const resources = z.object({ resources: z.array(z.object({ path: z.string(), hash: z.string() })) }).safeParse(pkg);
  if (!resources.success) return [fail({ file, id: "bundle-package", message: "datapackage.json must list its resources with a path and a hash" })];
  const listed = new Set(resources.data.resources.map((r) => r.path));
  const unlisted: DataProblem[] = BUNDLE_FILES.filter((name) => name !== "datapackage.json" && !listed.has(name)).map((name) =>
    fail({
      file,
      column: "resources.path",
      id: "bundle-package",
      message: "does not list a file of the bundle (every file needs its SHA-256): run the import again",
      value: name,
    }),
  );
  return unlisted.concat(
    resources.data.resources.flatMap((res) => {
      const text = files[res.path as keyof BundleFiles];
      if (text === undefined)
        return [fail({ file, column: "resources.path", id: "bundle-package", message: "lists a file the bundle does not hold", value: res.path })];
      return `sha256:${sha256(text)}` === res.hash
        ? []
        : [
            fail({
              file,
              column: "resources.hash",
              id: "bundle-changed",
              message: `${res.path} is not the file the import wrote (its SHA-256 differs): run the import again rather than editing a bundle`,
            }),
          ];
    }),
  );
}

const key = (r: BundleFigure) => [r.dataset, r.group, r.topic ?? "", r.period ?? "", r.category].join("|");

/** The rules that keep a small count out of print, and synthetic figures out of the production site. */
function safetyProblems(at: (name: string) => string, b: Bundle, figuresText: string, mode: BundleMode): DataProblem[] {
  const problems: DataProblem[] = [];
  const { k, rounding } = b.service.disclosure;
  if (mode === "production" && b.service.synthetic) {
    problems.push(
      fail({
        file: at("service.json"),
        column: "synthetic",
        id: "bundle-synthetic-in-production",
        message: "made-up figures are built only by npm run build:example",
      }),
    );
  }
  if (mode === "example" && !b.service.synthetic) {
    problems.push(
      fail({
        file: at("service.json"),
        column: "synthetic",
        id: "bundle-real-in-example",
        message: 'the example build takes only bundles marked "synthetic": true',
      }),
    );
  }
  if (!b.disclosure.passed || b.disclosure.cells.some((c) => !c.passed)) {
    problems.push(
      fail({
        file: at("disclosure.json"),
        column: "passed",
        id: "bundle-audit-failed",
        message: "the disclosure audit did not pass; such a bundle is never published",
      }),
    );
  }
  if (b.disclosure.settings.k !== k || b.disclosure.settings.rounding !== rounding) {
    problems.push(
      fail({
        file: at("disclosure.json"),
        column: "settings",
        id: "bundle-settings",
        message: "the audit's settings differ from service.json's",
      }),
    );
  }
  const lines = recordLines(figuresText);
  const audited = new Set(b.disclosure.cells.flatMap((c) => c.figures));
  const counts = new Map(b.figures.filter((r) => r.measure === "count").map((r) => [key(r), r]));
  b.figures.forEach((r, i) => {
    const where = { file: at("figures.json"), line: lines[i] };
    const v = r.value;
    if (r.measure === "count" && v !== null && v >= 1 && v < k) {
      problems.push(
        fail({
          ...where,
          column: "value",
          id: "bundle-small-count",
          message: `record ${i + 1} (${r.id ?? key(r)}) publishes a count from 1 to ${k - 1}`,
        }),
      );
    }
    if (r.measure === "count" && v !== null && rounding !== null && v % rounding !== 0) {
      problems.push(
        fail({
          ...where,
          column: "value",
          id: "bundle-rounding",
          message: `record ${i + 1} is not a multiple of ${rounding}, as the service's rounding requires`,
        }),
      );
    }
    if ((r.base === null) !== (r.baseSymbol === "c")) {
      problems.push(
        fail({
          ...where,
          column: "baseSymbol",
          id: "bundle-base-symbol",
          message: `record ${i + 1}: a hidden base has baseSymbol "c", and only a hidden one`,
        }),
      );
    }
    if (r.measure === "count" && r.symbol === "c" && !audited.has(r.id ?? "")) {
      problems.push(
        fail({
          ...where,
          column: "symbol",
          id: "bundle-unaudited",
          message: `record ${i + 1} is suppressed but the audit does not cover it`,
        }),
      );
    }
    if (r.measure === "percent" && v !== null) {
      const count = counts.get(key(r));
      if (!count || count.value === null || r.base === null) {
        problems.push(
          fail({
            ...where,
            column: "value",
            id: "bundle-share-without-count",
            message: `record ${i + 1}: a share is published only with its count and base`,
          }),
        );
      } else if (Math.abs((100 * count.value) / r.base - v) > 0.05 + 1e-9) {
        problems.push(fail({ ...where, column: "value", id: "bundle-share", message: `record ${i + 1}: ${v}% is not ${count.value} of ${r.base}` }));
      }
    }
  });
  return problems;
}

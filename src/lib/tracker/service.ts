// service.json: who the bundle is from, the period it covers, the disclosure
// settings, and whether the data are made up. Optional: without it the slug
// names the service, the period is the export's months rounded out to whole
// quarters (wholeQuarters), and the defaults apply.
import { z } from "zod";
import type { BundleService } from "../contract/bundle.ts";
import { monthText } from "./columns.ts";
import { childFields, SERVICE_FIELD_BY_NAME } from "./service-fields.ts";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");

export const serviceFileSchema = z
  .object({
    name: z.string().min(1).max(120),
    council: z.string().min(1).max(120).optional(),
    period: z
      .object({ from: month, to: month })
      .strict()
      .refine((p) => p.from <= p.to, "period.from is after period.to")
      .optional(),
    disclosure: z
      .object({ k: z.number().int().min(3).default(5), rounding: z.union([z.literal(5), z.null()]).default(null) })
      .strict()
      .optional(),
    synthetic: z.boolean().optional(),
    standard: z.literal("1").optional(),
  })
  .strict();

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The period when service.json gives none: the months of the export's referrals and closures, rounded out to
 * whole calendar quarters (from: the first month of the quarter holding the earliest month; to: the last month
 * of the quarter holding the latest). `first` and `last` are month numbers (year * 12 + month - 1).
 *
 * Why rounded, and not a required period: the latest referral or closure month is the month of the newest
 * person, and the bundle prints the period in service.json, in datapackage.json (version, temporal) and in
 * every figure's source. Rounded out, one person's months move the period only when that person is alone in
 * the first or last quarter, and then it says only that someone was referred or closed in that quarter, not
 * which month. Requiring the period would break every export without a service.json (the file is optional);
 * a service that states its period gets exactly the months it states.
 * The quarter may end after the export was made: it names the reporting quarter, not the day of the export.
 */
export function wholeQuarters(first: number, last: number): { from: string; to: string } {
  // Month 0 is January and a year is 12 months, so a quarter starts at every multiple of 3.
  const start = (n: number) => n - (n % 3);
  return { from: monthText(start(first)), to: monthText(start(last) + 2) };
}

/** Fills the defaults; `dataPeriod` is the export's span rounded out to whole quarters (wholeQuarters). */
export function resolveService(slug: string, raw: unknown, dataPeriod: { from: string; to: string }): BundleService {
  const s = raw === undefined ? { name: slug } : serviceFileSchema.parse(raw);
  return {
    slug,
    name: s.name,
    council: s.council ?? null,
    period: s.period ?? dataPeriod,
    disclosure: { k: s.disclosure?.k ?? 5, rounding: s.disclosure?.rounding ?? null },
    synthetic: s.synthetic ?? false,
    standard: "1",
  };
}

export interface ServiceProblem {
  /** Dotted path of the field, or null for the file as a whole. */
  field: string | null;
  /** Line in service.json, for a file that is not valid JSON. */
  line?: number;
  detail: string;
  fix: string;
}

/** Parses service.json's text (a byte-order mark from Notepad is fine). The JSON error's own message is
 *  not passed on: V8 quotes the text around the mistake. */
export function parseServiceText(text: string): { raw: unknown } | ServiceProblem {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    const m = String(e instanceof Error ? e.message : "");
    const at = /line (\d+) column/.exec(m)?.[1] ?? lineOf(text, /position (\d+)/.exec(m)?.[1]);
    const near = at ? ` near line ${at}` : "";
    return {
      field: null,
      line: at ? Number(at) : undefined,
      detail: `the file is not valid JSON: look${near} for a missing comma, quote mark or brace, or a comma after the last field`,
      fix: "write it as the blank template on the standard page does, with every text and month in double quotes",
    };
  }
}

function lineOf(text: string, position: string | undefined): string | undefined {
  return position === undefined ? undefined : String(text.slice(0, Number(position)).split("\n").length);
}

const KEY_MAX = 40;
const shownKey = (k: string) => (k.length > KEY_MAX ? `${k.slice(0, KEY_MAX)}...` : k);

/** Every problem with service.json, in the import's words: the field, what it must be and how to fix it.
 *  zod finds them all in one pass; only its issue codes and paths are used, never its messages. */
export function serviceProblems(raw: unknown): ServiceProblem[] {
  const r = serviceFileSchema.safeParse(raw);
  if (r.success) return [];
  const out: ServiceProblem[] = [];
  for (const issue of r.error.issues) {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      // Keys are the analyst's words, not case data, so they are named (cut short if long).
      const allowed = childFields(path).join(", ");
      for (const key of issue.keys) {
        const name = path ? `${path}.${shownKey(key)}` : shownKey(key);
        out.push({
          field: name,
          detail: `"${shownKey(key)}" is not a field of ${path ? `"${path}"` : "service.json"}`,
          fix: `remove it, or use one of the fields the standard allows here: ${allowed}`,
        });
      }
      continue;
    }
    if (path === "") {
      out.push({ field: null, detail: "the file must hold one JSON object, in braces { }", fix: "start from the blank template on the standard page" });
      continue;
    }
    const f = SERVICE_FIELD_BY_NAME.get(path);
    if (!f) {
      out.push({ field: path, detail: "this value is not as the standard describes", fix: "see the standard page for what it must be" });
      continue;
    }
    if (issue.code === "custom") {
      out.push({ field: path, detail: "period.from is after period.to", fix: "check both months: from is the first month the export covers and to the last" });
      continue;
    }
    const missing = valueAt(raw, issue.path) === undefined;
    const example = f.example ? `like this example: ${f.example}` : "";
    // A top-level optional field can go; one inside period or disclosure is needed when its object is given.
    const optional = !f.required && !path.includes(".") ? "remove the field to use the default" : "";
    out.push({
      field: path,
      detail: missing ? `the field is missing; it must be ${f.rule}` : `it must be ${f.rule}`,
      fix: missing ? `add it, ${example}` : [example && `write it ${example}`, optional].filter(Boolean).join(", or "),
    });
  }
  return out;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

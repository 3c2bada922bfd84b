// service.json: who the bundle is from, the period it covers, the disclosure
// settings, and whether the data are made up. Optional: without it the slug
// names the service and the defaults apply.
import { z } from "zod";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");

export const serviceFileSchema = z
  .object({
    name: z.string().min(1).max(120),
    council: z.string().min(1).max(120).optional(),
    period: z.object({ from: month, to: month }).refine((p) => p.from <= p.to, "period.from must not be after period.to").optional(),
    disclosure: z
      .object({ k: z.number().int().min(3).default(5), rounding: z.union([z.literal(5), z.null()]).default(null) })
      .strict()
      .optional(),
    synthetic: z.boolean().optional(),
    standard: z.literal("1").optional(),
  })
  .strict();

export interface ServiceInfo {
  slug: string;
  name: string;
  council: string | null;
  period: { from: string; to: string };
  disclosure: { k: number; rounding: 5 | null };
  synthetic: boolean;
  standard: "1";
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fills the defaults; `dataPeriod` is the span of months in the export. */
export function resolveService(slug: string, raw: unknown, dataPeriod: { from: string; to: string }): ServiceInfo {
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

/** Explains a zod failure by path and rule only (service.json is not case-level, but keep the habit). */
export function serviceErrors(raw: unknown): string[] {
  const r = serviceFileSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
}

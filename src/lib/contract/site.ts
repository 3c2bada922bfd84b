// The site's published records (public/data/): one zod schema per record, and
// its TypeScript type derived from it (z.infer). The data step writes by these
// types (src/lib/data-step/pipeline.ts) and the pages read by these schemas, through the
// content collections (src/content.config.ts), so the two ends cannot drift apart.
// Each schema is strict: a field the writer adds and the contract lacks is refused, not dropped.
import { z } from "zod";

/** GSS symbols: [c] suppressed to protect confidentiality, [x] not available, [z] not applicable. */
export const SYMBOLS = ["c", "x", "z"] as const;
export type GssSymbol = (typeof SYMBOLS)[number];

export const MEASURES = ["count", "rank", "fte", "ratio", "percent", "mean", "gbp", "rate_per_10000", "rate_per_1000", "years", "months", "weeks"] as const;
export type Measure = (typeof MEASURES)[number];

/** Where a figure or flow is printed: the source document, its table (or chart data, or section) and its section. */
export const printedSourceSchema = z.strictObject({ document: z.string(), table: z.string(), section: z.string() });

export const figureSchema = z.strictObject({
  id: z.string(),
  dataset: z.string(),
  source: printedSourceSchema,
  group: z.string(),
  topic: z.string().nullable(),
  period: z.string().nullable(),
  category: z.string(),
  measure: z.enum(MEASURES),
  value: z.number(),
  base: z.number().int().nullable(),
  precision: z.number(),
  variant: z.string().nullable(),
  derived: z.boolean(),
  derivation: z.string().nullable(),
  remark: z.string().nullable(),
  notes: z.array(z.string()),
});
export type Figure = z.infer<typeof figureSchema>;

export const flowSchema = z.strictObject({
  topic: z.string(),
  from: z.string(),
  to: z.string(),
  value: z.number().int(),
  source: printedSourceSchema,
  remark: z.string().nullable(),
  /** How the transcription paired this box when the diagram did not fix it (data/placements.csv). */
  derivation: z.string().nullable().optional(),
});
export type Flow = z.infer<typeof flowSchema>;

export const serviceSchema = z.strictObject({
  localAuthority: z.string(),
  region: z.string(),
  serviceType: z.string(),
  serviceName: z.string().nullable(),
  organisation: z.string().nullable(),
  criteriaInOurWords: z.string().nullable(),
  lengthOfOffer: z.string().nullable(),
  evaluated: z.string().nullable(),
  links: z.string().nullable(),
  contacts: z.array(z.string()),
  truncated: z.array(z.string()),
  remark: z.string().nullable(),
});
export type Service = z.infer<typeof serviceSchema>;

export const guideSchema = z.strictObject({
  council: z.string().nullable(),
  title: z.string(),
  themes: z.array(z.string()).min(1),
  summary: z.string(),
  listedIn: z.enum(["a", "b", "both"]),
  recurrentCare: z.boolean(),
  remark: z.string().nullable(),
});
export type Guide = z.infer<typeof guideSchema>;

export const checkResultSchema = z.strictObject({
  id: z.string(),
  rule: z.string(),
  ok: z.boolean(),
  figures: z.array(z.string()),
  expected: z.number(),
  actual: z.number(),
  tolerance: z.number(),
  arithmetic: z.string(),
  /** Relations only: whether the arithmetic is the report's own or a comparison this site makes. */
  whose: z.enum(["report", "site"]).optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

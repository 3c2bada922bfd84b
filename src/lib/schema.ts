// The one schema shared by the build (scripts/) and the pages (src/pages/).
// Input columns are described field by field so a drifted file fails the build
// with the column named; output records are zod schemas the pages parse.
import { z } from "zod";

export const MEASURES = ["count", "rank", "fte", "ratio", "percent", "mean", "gbp", "rate_per_10000", "rate_per_1000", "years", "months", "weeks"] as const;
export type Measure = (typeof MEASURES)[number];

export type CellType = "text" | "number" | "whole" | "fraction" | "measure" | "emails" | "columns";

export interface ColumnSpec {
  name: string;
  required: boolean;
  type: CellType;
  /** What the column holds, for data/README.md and datapackage.json. */
  description: string;
}

const source: ColumnSpec[] = [
  { name: "table", required: true, type: "text", description: '"Table N", "Chart data: <chart title>", or the section name for a figure in the text' },
  { name: "section", required: true, type: "text", description: "Section heading of the source document" },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];

/** Long-form figures: one row per published figure. */
export const FIGURE_COLUMNS: ColumnSpec[] = [
  { name: "group", required: true, type: "text", description: "Who the figure is about" },
  { name: "topic", required: false, type: "text", description: "Sub-heading within the dataset" },
  { name: "period", required: false, type: "text", description: "When: at referral, after three years, a year..." },
  { name: "category", required: true, type: "text", description: "Row label as printed" },
  { name: "measure", required: true, type: "measure", description: `One of ${MEASURES.join(", ")}` },
  { name: "value", required: true, type: "number", description: "The figure as printed (51 means 51%)" },
  { name: "base", required: false, type: "whole", description: "The n the figure is out of" },
  { name: "precision", required: false, type: "number", description: "Rounding unit where coarser than the printed digits (e.g. 100000 for £3.8 million)" },
  { name: "variant", required: false, type: "text", description: "Marks a restatement printed elsewhere with a different value" },
  ...source,
];

/** Flow diagrams: one row per arrow from a status at one time to a status later. */
export const FLOW_COLUMNS: ColumnSpec[] = [
  { name: "topic", required: true, type: "text", description: "What moved (child status, housing status...)" },
  { name: "from", required: true, type: "text", description: "Status at the start" },
  { name: "to", required: true, type: "text", description: "Status at the end" },
  { name: "value", required: true, type: "whole", description: "Number of people" },
  ...source,
];

/** Chart series printed only as fractions; the build recovers whole counts. */
export const FRACTION_COLUMNS: ColumnSpec[] = [
  { name: "series", required: true, type: "text", description: "Chart title as printed" },
  { name: "dataset", required: true, type: "text", description: "Dataset the recovered count belongs to" },
  { name: "group", required: true, type: "text", description: "Who" },
  { name: "topic", required: false, type: "text", description: "Sub-heading" },
  { name: "period", required: false, type: "text", description: "When" },
  { name: "category", required: true, type: "text", description: "Category" },
  { name: "fraction", required: true, type: "fraction", description: "The exact fraction printed in the chart data" },
  ...source,
];

/** Cross-figure arithmetic the report relies on; a failure needs a ledger entry. */
export const RELATION_COLUMNS: ColumnSpec[] = [
  { name: "id", required: true, type: "text", description: "Check identifier" },
  { name: "rule", required: true, type: "text", description: "sum, difference, product, ratio, percent or equal" },
  { name: "target", required: true, type: "text", description: "Figure id of the printed result" },
  { name: "inputs", required: true, type: "text", description: "Figure ids or numbers, separated by spaces" },
  { name: "description", required: true, type: "text", description: "What the report says this figure is" },
  { name: "whose", required: true, type: "text", description: "report: the report's own arithmetic; site: a comparison this site makes" },
];

/** Figures and flows whose placement is inferred rather than printed. */
export const PLACEMENT_COLUMNS: ColumnSpec[] = [
  { name: "target", required: true, type: "text", description: "A figure id, or a flow as dataset|topic|from|to" },
  { name: "how", required: true, type: "text", description: "How the value was placed, in words" },
];

/** Figures this site derives from published ones (our groupings), published as derived. */
export const DERIVED_COLUMNS: ColumnSpec[] = [
  { name: "dataset", required: true, type: "text", description: "Dataset the derived figure belongs to" },
  { name: "group", required: true, type: "text", description: "Who" },
  { name: "topic", required: false, type: "text", description: "Sub-heading" },
  { name: "period", required: false, type: "text", description: "When" },
  { name: "category", required: true, type: "text", description: "What the derived figure counts" },
  { name: "rule", required: true, type: "text", description: "sum, difference, grouping, share, ratio or product of the inputs" },
  { name: "inputs", required: true, type: "text", description: "Figure ids (a leading - subtracts in a sum), separated by spaces" },
  { name: "base", required: false, type: "whole", description: "The n the derived count is out of" },
  { name: "description", required: true, type: "text", description: "What the grouping is and why, in words" },
];

/** The North West list of recurrent-care services, cells as published. */
export const SERVICE_COLUMNS: ColumnSpec[] = [
  { name: "local_authority", required: true, type: "text", description: "Local authority area" },
  { name: "region", required: true, type: "text", description: "Region" },
  { name: "service_type", required: true, type: "text", description: "Pause practice, locally developed service, or in development" },
  { name: "service_name", required: false, type: "text", description: "Name of the service" },
  { name: "organisation", required: false, type: "text", description: "Organisation delivering it" },
  { name: "referral_criteria", required: false, type: "text", description: "Who can be referred, as published" },
  {
    name: "referral_criteria_in_our_words",
    required: false,
    type: "text",
    description: "The same criteria in our words, for the page (the site does not reproduce the list's sentences); empty exactly when the published cell is",
  },
  { name: "length_of_offer", required: false, type: "text", description: "Length of the service offer" },
  { name: "evaluated", required: false, type: "text", description: "Whether the service has been evaluated, as published" },
  { name: "links", required: false, type: "text", description: "Link text as published (the addresses were not carried over)" },
  { name: "contacts", required: false, type: "emails", description: "Contact email addresses, space separated" },
  { name: "truncated", required: false, type: "columns", description: "Columns whose published cell is cut off" },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];

/** Practice guides from North West councils: one row per guide, in our words. */
export const GUIDE_COLUMNS: ColumnSpec[] = [
  { name: "council", required: false, type: "text", description: "Council that published the guide; empty when the summary names none" },
  { name: "title", required: true, type: "text", description: "The guide's name or topic, short" },
  { name: "themes", required: true, type: "text", description: "Themes from the fixed list in src/lib/vocabulary.ts, space separated" },
  { name: "summary", required: true, type: "text", description: "One line on what the guide covers, in our words" },
  { name: "source", required: true, type: "text", description: "Which copy of the summaries lists it: a, b or both" },
  {
    name: "recurrent_care",
    required: true,
    type: "text",
    description: "yes when the work is with parents at or near care proceedings, the group recurrent-care services serve",
  },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];

export const figureSchema = z.object({
  id: z.string(),
  dataset: z.string(),
  source: z.object({ document: z.string(), table: z.string(), section: z.string() }),
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

export const flowSchema = z.object({
  topic: z.string(),
  from: z.string(),
  to: z.string(),
  value: z.number().int(),
  source: z.object({ document: z.string(), table: z.string(), section: z.string() }),
  remark: z.string().nullable(),
  /** How the transcription paired this box when the diagram did not fix it (data/placements.csv). */
  derivation: z.string().nullable().optional(),
});
export type Flow = z.infer<typeof flowSchema>;

export const serviceSchema = z.object({
  localAuthority: z.string(),
  region: z.string(),
  serviceType: z.string(),
  serviceName: z.string().nullable(),
  organisation: z.string().nullable(),
  referralCriteria: z.string().nullable(),
  criteriaInOurWords: z.string().nullable(),
  lengthOfOffer: z.string().nullable(),
  evaluated: z.string().nullable(),
  links: z.string().nullable(),
  contacts: z.array(z.string()),
  truncated: z.array(z.string()),
  remark: z.string().nullable(),
});
export type Service = z.infer<typeof serviceSchema>;

export const guideSchema = z.object({
  council: z.string().nullable(),
  title: z.string(),
  themes: z.array(z.string()).min(1),
  summary: z.string(),
  listedIn: z.enum(["a", "b", "both"]),
  recurrentCare: z.boolean(),
  remark: z.string().nullable(),
});
export type Guide = z.infer<typeof guideSchema>;

export const checkResultSchema = z.object({
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

/** Where a statement sits in a source: document, section heading and, if any, table. */
export const LEDGER_DOCUMENTS = ["evaluation", "services"] as const;

/**
 * One side of a disagreement that arithmetic cannot show (two wordings of the
 * same thing): a short figure label, the statement in our words, where it is,
 * and the figure id that records it when there is one (the build checks it exists).
 */
export const ledgerStatementSchema = z
  .object({
    label: z.string().min(1).max(40),
    says: z.string().min(1),
    document: z.enum(LEDGER_DOCUMENTS),
    section: z.string().min(1),
    table: z.string().min(1).optional(),
    figure: z.string().min(1).optional(),
  })
  .strict();
export type LedgerStatement = z.infer<typeof ledgerStatementSchema>;

/**
 * What the reading we recommend does to one figure the entry disputes, so a
 * flag beside that figure can say it: `becomes` is the figure id the number
 * would be read as instead (the report's 118 children would be the 84 with an
 * at-home status), or null when the number stands as printed and only its
 * wording or context is in question. The build checks both ids exist, that the
 * figure is one the entry concerns, and that the two share a measure.
 */
export const ledgerEffectSchema = z
  .object({
    figure: z.string().min(1),
    becomes: z.string().min(1).nullable(),
  })
  .strict();

/**
 * `arithmetic` entries name checks that fail; `wording` entries set two or more
 * statements side by side (and may name failing checks too). `holds` names
 * checks that pass and show the arithmetic behind a reading (the build fails if
 * one stops holding). `explained` marks a failing check the report itself
 * accounts for: listed so no failure goes unexplained, not counted as a contradiction.
 */
export const ledgerEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string(),
    kind: z.enum(["arithmetic", "wording"]),
    verdict: z.enum(["disagreement", "explained"]),
    checks: z.array(z.string()),
    holds: z.array(z.string()).default([]),
    statements: z.array(ledgerStatementSchema).default([]),
    effects: z.array(ledgerEffectSchema).default([]),
    what: z.string(),
    reading: z.string(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === "arithmetic" && e.checks.length === 0)
      ctx.addIssue({ code: "custom", path: ["checks"], message: "an arithmetic entry names at least one failing check" });
    if (e.kind === "wording" && e.statements.length < 2)
      ctx.addIssue({ code: "custom", path: ["statements"], message: "a wording entry sets at least two statements side by side" });
  });
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** A ledger entry as published: with the arithmetic the build computed. */
export const publishedLedgerEntrySchema = z.object({
  ...ledgerEntrySchema.shape,
  figures: z.array(z.string()),
  results: z.array(checkResultSchema),
});
export type PublishedLedgerEntry = z.infer<typeof publishedLedgerEntrySchema>;

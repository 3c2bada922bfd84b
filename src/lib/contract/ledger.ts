// The ledger of disagreements (data/ledger.json in, public/data/ledger.json out):
// the entry as written by hand, and as published with the arithmetic the build computed.
import { z } from "zod";
import { checkResultSchema } from "./site.ts";

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
export const publishedLedgerEntrySchema = z.strictObject({
  ...ledgerEntrySchema.shape,
  figures: z.array(z.string()),
  results: z.array(checkResultSchema),
});
export type PublishedLedgerEntry = z.infer<typeof publishedLedgerEntrySchema>;

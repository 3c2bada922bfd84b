// The bundle's contract: one zod schema per file a service publishes, and the
// TypeScript type of each derived from it (z.infer). The tracker writes by these
// types (src/lib/tracker/) and the site build reads by these schemas
// (src/lib/monitoring/bundle.ts), so the two ends cannot drift apart.
import { z } from "zod";
import { printedSourceSchema } from "./site.ts";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");
const rounding = z.union([z.literal(5), z.null()]);

/** service.json as the import writes it (src/lib/tracker/service.ts fills the defaults). */
export const bundleServiceSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  council: z.string().nullable(),
  period: z.strictObject({ from: month, to: month }),
  disclosure: z.strictObject({ k: z.number().int().min(3), rounding }),
  synthetic: z.boolean(),
  standard: z.literal("1"),
});
export type BundleService = z.infer<typeof bundleServiceSchema>;

/** One record of figures.json: the site's figure contract (./site.ts) plus the standard's `label`,
 *  `symbol: "c"` where a count is suppressed and `baseSymbol: "c"` where its base is (so a hidden base never reads as
 *  "no base"). Strict: a field the import does not write is refused. */
export const bundleFigureSchema = z
  .strictObject({
    id: z.string().min(1),
    dataset: z.string().min(1),
    source: printedSourceSchema,
    group: z.string().min(1),
    topic: z.string().nullable(),
    period: z.string().nullable(),
    category: z.string().min(1),
    label: z.string().min(1),
    measure: z.enum(["count", "percent"]),
    value: z.number().nullable(),
    /** GSS symbols: c suppressed (disclosure control), z not applicable (a share of nobody). */
    symbol: z.enum(["c", "z"]).optional(),
    base: z.number().int().min(0).nullable(),
    /** Set exactly when base is null: every bundle figure has a base, so a null one is suppressed. */
    baseSymbol: z.literal("c").optional(),
    /** The rounding unit of the value (1 for a count, 0.1 for a percentage). */
    precision: z.number().positive(),
    variant: z.null(),
    derived: z.boolean(),
    derivation: z.string().nullable(),
    remark: z.string().nullable(),
    notes: z.array(z.string()),
    /** A flow's two ends (status at three months, grouping at closure). */
    from: z.string().optional(),
    to: z.string().optional(),
  })
  // Whether a hidden base says so, and a count or share against its base, are the site build's safety checks
  // (monitoring/bundle.ts), which name the rule broken.
  .refine((r) => r.value !== null || r.symbol !== undefined, { message: "a figure without a value needs a symbol (c or z)" });
export type BundleFigure = z.infer<typeof bundleFigureSchema>;

// Strict: a bundle that says which hidden counts are small (a per-cell "kind") is refused.
const auditCellSchema = z.strictObject({
  id: z.string(),
  figures: z.array(z.string()),
  passed: z.boolean(),
  unbounded: z.boolean(),
  width: z.number().nullable(),
});

/** disclosure.json: the audit of every hidden cell (interval widths, never values). */
export const disclosureSchema = z.strictObject({
  cells: z.array(auditCellSchema),
  // Strict: counts by kind (primary, secondary) would say, when there is no secondary, that every [c] is small.
  counts: z.strictObject({ hidden: z.number().int().min(0) }),
  method: z.string(),
  passed: z.boolean(),
  settings: z.strictObject({ k: z.number().int(), rounding }),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** checks.json: the checks the import ran and that every FAIL-level one passed. Strict, and an advisory's
 *  outcome is only ever "not-published": a bundle that says whether an advisory was raised is refused, since
 *  beside the figures it can point to one person (TR-AGE-YOUNG raised says a parent was under 16). */
const checkEntrySchema = z.discriminatedUnion("level", [
  z.strictObject({ id: z.string().min(1), level: z.literal("FAIL"), outcome: z.literal("passed"), rule: z.string().min(1) }),
  z.strictObject({ id: z.string().min(1), level: z.literal("ADVISORY"), outcome: z.literal("not-published"), rule: z.string().min(1) }),
]);
export const checksSchema = z.strictObject({
  checks: z.array(checkEntrySchema).min(1),
  service: z.string(),
  standard: z.literal("1"),
});
export type Checks = z.infer<typeof checksSchema>;

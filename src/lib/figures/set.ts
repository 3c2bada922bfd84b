// A figure set: any list of figures in the figures.json contract (Salford's
// published figures, or a council's tracker bundle), with one way to pick
// figures out of it: by dataset, group, topic, period, category and measure.
// Builders in this folder take a set, never literal figure ids.
import { z } from "zod";
import { figureSchema, SYMBOLS, type Figure } from "../contract/site.ts";
import { bundleFigureSchema } from "../contract/bundle.ts";
import type { Vocabulary } from "./terms.ts";

/**
 * One record of a figure set: the site's figure contract (`figureSchema`),
 * loosened where a set may hold other records. Salford's figures use the
 * printed label as `category`; a service bundle's (`bundleFigureSchema`) use
 * the tracker standard's code with `label` beside it, and a suppressed figure
 * has `value: null` and `symbol: "c"`. Hand-made sets (tests, examples) may
 * leave out what no builder reads: ids, printing details, notes.
 */
export const figureRecordSchema = figureSchema
  .omit({ measure: true, value: true, source: true })
  .partial({ id: true, topic: true, period: true, precision: true, variant: true, derivation: true, remark: true, notes: true })
  .extend({
    measure: z.string(),
    value: z.number().nullable(),
    /** A caption ("Table 2") is enough for a hand-made set. */
    source: z.union([z.string(), figureSchema.shape.source]),
    label: bundleFigureSchema.shape.label.optional(),
    symbol: z.enum(SYMBOLS).nullable().optional(),
    /** Why base is null when a figure has one but it is not published (a bundle's hidden base); absent means no base. */
    baseSymbol: z.enum(SYMBOLS).nullable().optional(),
  })
  // A set may be built from records with more fields (a bundle's flows carry from and to): keep what a set reads.
  .strip()
  .refine((r) => r.value !== null || (r.symbol !== null && r.symbol !== undefined), { message: "a figure without a value needs a symbol (c, x or z)" });
export type FigureRecord = z.infer<typeof figureRecordSchema>;

/** What to pick: every field given must match; an array matches any of its values. */
export interface Selector {
  dataset: string;
  group?: string | readonly string[];
  topic?: string | null;
  period?: string | null;
  category?: string | readonly string[];
  measure?: string | readonly string[];
  derived?: boolean;
}

export interface SetMeta {
  /** Who published the figures: "Salford Strengthening Families evaluation (2020)", or a service's name. */
  publisher: string;
  /** Made-up figures (tracker examples) say so wherever they are shown. */
  synthetic: boolean;
  /** The words for the set's groups and categories: labels, phrases, kinds, groupings. It comes with the set, from whoever made it. */
  vocabulary: Vocabulary;
}

export interface FigureSet {
  readonly records: readonly FigureRecord[];
  readonly meta: SetMeta;
  select(selector: Selector): FigureRecord[];
  /** The one figure a selection names (first printing); throws when there is none, several, or it has no value. */
  value(selector: Selector): number;
}

const matches = (want: string | readonly string[] | undefined, have: string) =>
  want === undefined || (typeof want === "string" ? want === have : want.includes(have));

function matchesSelector(r: FigureRecord, s: Selector): boolean {
  return (
    r.dataset === s.dataset &&
    matches(s.group, r.group) &&
    matches(s.category, r.category) &&
    matches(s.measure, r.measure) &&
    (s.topic === undefined || (r.topic ?? null) === s.topic) &&
    (s.period === undefined || (r.period ?? null) === s.period) &&
    (s.derived === undefined || r.derived === s.derived)
  );
}

/** The records a selector picks, in order: what a set's `select` does, for records that are never drawn (so need no vocabulary). */
export const selectRecords = (records: readonly FigureRecord[], s: Selector): FigureRecord[] => records.filter((r) => matchesSelector(r, s));

export function figureSet(records: readonly FigureRecord[], meta: SetMeta): FigureSet {
  const select = (s: Selector) => selectRecords(records, s);
  const value = (s: Selector) => {
    const found = select(s).filter((r) => r.variant === null || r.variant === undefined);
    const only = found[0];
    if (found.length !== 1 || !only) throw new Error(`figure set: ${found.length} figures match ${JSON.stringify(s)}, not one`);
    if (only.value === null) throw new Error(`figure set: the figure matching ${JSON.stringify(s)} has no value ([${only.symbol}])`);
    return only.value;
  };
  return { records, meta, select, value };
}

/** Parses unknown JSON (a bundle's figures.json) into a set; a record outside the contract throws with its index. */
export function parseFigureSet(json: unknown, meta: SetMeta): FigureSet {
  return figureSet(z.array(figureRecordSchema).parse(json), meta);
}

/** Salford's published figures as a set: the printed label is the category. */
export function publishedSet(figures: readonly Figure[], publisher: string, vocabulary: Vocabulary): FigureSet {
  return figureSet(
    figures.map((f) => ({ ...f, label: f.category, symbol: null })),
    { publisher, synthetic: false, vocabulary },
  );
}

/** Display label of a record: the bundle's label, else the category as printed. */
export const labelOf = (r: Pick<FigureRecord, "category" | "label">) => r.label ?? r.category;

/** The source of a record, as "Table 2" for a caption. */
export const tableOf = (r: Pick<FigureRecord, "source">) => (typeof r.source === "string" ? r.source : r.source.table);

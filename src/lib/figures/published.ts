// One published figure, picked by what it is (dataset, topic, group, period,
// category, measure) through a figure set, never by its id. Some pages
// (costs, summary, the service, about; src/lib/pages/) need more than a value: the printed
// precision, the transcription remark, the period and the id the ledger flags
// name. Salford's published set carries all of them; a set whose records lack
// them (a tracker bundle) fails here, with the selection named.
import { figureSchema, type Figure } from "../contract/site.ts";
import type { FigureSet, Selector } from "./set.ts";

export interface FigurePick extends Selector {
  /** A second printing of the same figure ("headline-summary"); omitted, the first printing (no variant). */
  variant?: string | null;
}

/** The one figure a selection names; a build error when there is none, or several. */
export function publishedFigure(set: FigureSet, pick: FigurePick): Figure {
  const { variant = null, ...selector } = pick;
  const found = set.select(selector).filter((r) => (r.variant ?? null) === variant);
  if (found.length !== 1) {
    throw new Error(`publishedFigure: ${found.length} figures match ${JSON.stringify(pick)}, not one`);
  }
  // A set's row also carries its label and symbol: keep the published fields only.
  const parsed = figureSchema.strip().safeParse(found[0]);
  if (!parsed.success) {
    throw new Error(`publishedFigure: the figure matching ${JSON.stringify(pick)} is not a published figure (${parsed.error.issues[0]?.message})`);
  }
  return parsed.data;
}

/** `publishedFigure` bound to one set, for pages that read many figures. */
export const picker =
  (set: FigureSet) =>
  (pick: FigurePick): Figure =>
    publishedFigure(set, pick);

/** Parents in the evaluation sample ("all parents", "women", "men"), as the report's methodology counts them: the base that figures and pages state. */
export const sampleParents = (group: string): FigurePick => ({
  dataset: "headline",
  topic: "evaluation sample",
  group,
  category: "Parents in the evaluation sample",
  measure: "count",
});

// Picks from data/headline.csv: a figure by its topic, group and category as
// printed there. Curried, so a page can name a topic and group once and pick
// each of their facts by category (about.ts).
import type { Figure } from "../contract/site.ts";
import { picker, sampleParents, type FigurePick } from "../figures/published.ts";
import type { FigureSet } from "../figures/set.ts";

export const headline =
  (topic: string, group: string) =>
  (category: string, measure = "count"): FigurePick => ({ dataset: "headline", topic, group, category, measure });

/** The evaluation sample's parents, women and men, as printed (the pages that describe the sample say its size). The total
 *  is the printed one, not women plus men added here: the data step checks that they add up (data/relations.csv, sample-parents). */
export function evaluationSample(set: FigureSet): { parents: Figure; women: Figure; men: Figure } {
  const get = picker(set);
  return { parents: get(sampleParents("all parents")), women: get(sampleParents("women")), men: get(sampleParents("men")) };
}

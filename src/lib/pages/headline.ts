// Picks from data/headline.csv: a figure by its topic, group and category as
// printed there. Curried, so a page can name a topic and group once and pick
// each of their facts by category (about.ts).
import type { FigurePick } from "../figures/published.ts";

export const headline =
  (topic: string, group: string) =>
  (category: string, measure = "count"): FigurePick => ({ dataset: "headline", topic, group, category, measure });

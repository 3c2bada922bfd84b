// A small hand-made bundle in the figures.json contract (codes, labels, a
// suppressed cell), so the builders are tested on something other than Salford.
import { figureSet, type FigureRecord } from "../../src/lib/figures/set.ts";

const SRC = { document: "Example service tracker (synthetic)", table: "Tracker bundle", section: "Referrals" };

function share(dataset: string, group: string, category: string, label: string, count: number | null, base: number): FigureRecord[] {
  const symbol = count === null ? ("c" as const) : null;
  return [
    { dataset, group, category, label, measure: "count", value: count, symbol, base, source: SRC, derived: false },
    {
      dataset,
      group,
      category,
      label,
      measure: "percent",
      value: count === null ? null : Math.round((100 * count) / base),
      symbol,
      base,
      source: SRC,
      derived: true,
    },
  ];
}

export function exampleBundle(): FigureRecord[] {
  return [
    // Ages: the "40 or over" band is suppressed for men; women have no "40 or over" record at all.
    ...share("age-profiles", "female", "19-or-under", "19 or under", 4, 20),
    ...share("age-profiles", "female", "20-24", "20 to 24", 9, 20),
    ...share("age-profiles", "female", "25-29", "25 to 29", 7, 20),
    ...share("age-profiles", "male", "19-or-under", "19 or under", 3, 12),
    ...share("age-profiles", "male", "20-24", "20 to 24", 2, 12),
    ...share("age-profiles", "male", "25-29", "25 to 29", 4, 12),
    ...share("age-profiles", "male", "40-or-over", "40 or over", null, 12),
    // Referral sources for all parents, 32 of them.
    ...share("referral-sources", "female", "midwifery", "Midwifery", 12, 20),
    ...share("referral-sources", "female", "childrens_social_care", "Children's social care", 8, 20),
    ...share("referral-sources", "male", "midwifery", "Midwifery", 5, 12),
    ...share("referral-sources", "male", "childrens_social_care", "Children's social care", null, 12),
    ...share("referral-sources", "all", "midwifery", "Midwifery", 17, 32),
    ...share("referral-sources", "all", "childrens_social_care", "Children's social care", 15, 32),
  ];
}

export const bundleSet = () => figureSet(exampleBundle(), { publisher: "Example service (synthetic)", synthetic: true });

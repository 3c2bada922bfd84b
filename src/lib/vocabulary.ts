// Known values. A group or category not listed here stops the build: it is a
// typo, or a change in the source that a person should look at first.
export const GROUPS = [
  "women",
  "men",
  "all parents",
  "mothers in the total cohort",
  "fathers in the total cohort",
  "all parents in the total cohort",
  "families",
  "children in the evaluation sample",
  "all children born",
  "first children",
  "additional children",
  "children outside the evaluation sample",
  "children of parents supported by the service",
  "Salford",
  "North West",
  "England",
  "mothers in care proceedings in England",
  "service staff",
  "Pathway A parents",
  "clients with a known IMD rank",
  "Middlesbrough",
  "Pause (national)",
] as const;

/** Plain-words descriptions of the groups, for tables and figure captions. */
export const GROUP_LABELS: Partial<Record<(typeof GROUPS)[number], string>> = {
  women: "Women in the evaluation sample",
  men: "Men in the evaluation sample",
  "all parents": "All parents in the evaluation sample",
};

export const CATEGORIES: Record<string, readonly string[]> = {};
